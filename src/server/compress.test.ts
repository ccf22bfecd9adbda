// What the server sends goes out compressed: the built assets as Brotli or gzip copies written at
// build (web/precompress.ts), chosen by the browser's Accept-Encoding, the raw file for a client
// that asks for neither; the API's JSON gzipped, except answers that carry a secret (BREACH).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../web/precompress';
import { operatorAccess } from '../core/access';
import type { Db } from '../core/db';
import { freshDb } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { signIn } from '../trust/testing';
import { createApp } from './app';
import { serveWebApp } from './main';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `mot ${i} é`))};\n`;

let h: Db;
let dist: string;
beforeAll(async () => {
  h = await freshDb('sqlite');
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), SCRIPT);
  fs.writeFileSync(path.join(dist, 'assets', 'tiny-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dist, 'assets', 'logo-abc.png'), Buffer.alloc(4096, 7));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('precompressed assets', () => {
  it('writes .br and .gz copies of text assets only, and only where they are worth it', () => {
    expect(precompressDir(path.join(dist, 'assets'))).toBe(1);
    const names = fs.readdirSync(path.join(dist, 'assets')).sort();
    expect(names).toEqual([
      'index-abc.js',
      'index-abc.js.br',
      'index-abc.js.gz',
      'logo-abc.png',
      'tiny-abc.js',
    ]);
    const br = fs.readFileSync(path.join(dist, 'assets', 'index-abc.js.br'));
    expect(br.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
  });

  it('sends Brotli, gzip or the raw file as the browser accepts, cached for good', async () => {
    const { app } = createApp({ db: h });
    serveWebApp(app, dist);
    const get = (encoding?: string) =>
      app.request('/assets/index-abc.js', { headers: encoding ? { 'accept-encoding': encoding } : {} });

    const br = await get('gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(SCRIPT);

    const gz = await get('gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);

    const raw = await get();
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(await raw.text()).toBe(SCRIPT);
  });
});

describe('compressed API answers', () => {
  it('gzips JSON for a client that accepts it, never an answer that carries a secret', async () => {
    const registry = new RegistryService(h);
    for (let i = 0; i < 30; i++)
      await registry.createPresence(operatorAccess('t'), {
        url: `https://x.com/ombreval_${i}`,
        name: `Ombreval ${i}`,
      });
    const client = await signIn(h);
    const gzip = { 'accept-encoding': 'gzip, deflate, br' };

    const list = await client.request('/api/presences', { headers: gzip });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-encoding')).toBe('gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await list.arrayBuffer())).toString()) as {
      total: number;
    };
    expect(body.total).toBe(30);

    const plain = await client.request('/api/presences');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as { total: number }).total).toBe(30);

    // The session's answer holds its CSRF token: sent as it is.
    const session = await client.request('/api/auth/session', { headers: gzip });
    expect(session.status).toBe(200);
    expect(session.headers.get('content-encoding')).toBeNull();
    expect(((await session.json()) as { me: { csrf: string } }).me.csrf).toBe(client.csrf);
    const me = await client.request('/api/me', { headers: gzip });
    expect(me.headers.get('content-encoding')).toBeNull();
    expect(await me.json()).toHaveProperty('csrf', client.csrf);
  });
});
