// Finding 4 of the penetration test: a 1 GiB body to sign-in was read whole before its 400. Bodies
// are now bounded before authentication and before any parsing: checked on a real HTTP server (the
// connection, not just the app), with and without Content-Length.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../core/db';
import { freshDb } from '../core/testing/dialects';
import { signIn } from '../trust/testing';
import { createApp } from './app';
import { JSON_BODY_LIMIT } from './body-limit';

interface Sent {
  status: number | null;
  body: string;
  /** Body bytes the client managed to hand to its socket before the server closed the connection. */
  sent: number;
  ms: number;
}

/**
 * POSTs `bytes` of body (JSON whitespace) without ever holding it: 64 KB written again and again,
 * as fast as the socket takes it, until everything is sent or the server closes the connection.
 */
function post(
  port: number,
  path: string,
  bytes: number,
  declare: boolean,
  more: { method?: string; headers?: Record<string, string> } = {},
): Promise<Sent> {
  return new Promise((resolve) => {
    const started = Date.now();
    const req = http.request({
      port,
      host: '127.0.0.1',
      path,
      method: more.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'fr',
        ...more.headers,
        // Without a length, Node sends the body chunked.
        ...(declare ? { 'content-length': String(bytes) } : {}),
      },
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let status: number | null = null;
    let body = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve({ status, body, sent, ms: Date.now() - started });
    };
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
    });
    // The server closing the connection shows up as EPIPE or ECONNRESET on the writing side.
    req.on('error', () => setTimeout(finish, 50));
    req.on('close', () => setTimeout(finish, 50));
    const pump = () => {
      while (sent < bytes && !req.destroyed && !req.socket?.destroyed) {
        const n = Math.min(chunk.length, bytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      if (sent >= bytes) req.end();
    };
    pump();
  });
}

describe('request bodies over HTTP', () => {
  let h: Db;
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    h = await freshDb('sqlite');
    server = serve({ fetch: createApp({ db: h, oidc: null }).app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await h.close();
  });

  const FIFTY_MB = 50 * 1024 * 1024;

  for (const declare of [true, false]) {
    it(`refuses 50 MB to sign-in with 413 at once, and stops reading (${declare ? 'Content-Length' : 'chunked'})`, async () => {
      const rss = process.memoryUsage().rss;
      const r = await post(port, '/api/auth/signin', FIFTY_MB, declare);
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body)).toEqual({
        error: {
          kind: 'too_large',
          code: 'request.body_too_large',
          message:
            'La requête est trop volumineuse : cette adresse accepte au plus 1 Mo. Rien n’a été lu au-delà.',
          params: { limit: 1 },
        },
      });
      // The server closed the connection: the client could hand over only what the sockets' buffers
      // hold (a few MB on this machine), never the 50 MB.
      expect(r.sent).toBeLessThan(FIFTY_MB / 3);
      expect(r.ms).toBeLessThan(3000);
      // A loose bound (the client shares this process): reading the body whole would add 50 MB.
      expect(process.memoryUsage().rss - rss).toBeLessThan(25 * 1024 * 1024);
    });
  }

  it('refuses an upload declaring more than its route’s own limit, before reading any of it', async () => {
    const admin = await signIn(h);
    const session = { cookie: admin.cookie, 'x-vigie-csrf': admin.csrf };
    const exportUpload = await post(port, '/api/data-imports?name=big.zip', 5 * 1024 ** 3, true, {
      method: 'PUT',
      headers: { ...session, 'content-type': 'application/zip' },
    });
    expect(exportUpload.status).toBe(413);
    // (French groups thousands with a narrow no-break space.)
    expect(JSON.parse(exportUpload.body).error.message).toBe(
      'Le fichier est trop volumineux (limite : 4\u202f096 Mo).',
    );
    expect(exportUpload.sent).toBeLessThan(FIFTY_MB / 3);
    const inventory = await post(port, '/api/inventory/preview', 300 * 1024 ** 2, true, {
      headers: { ...session, 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(inventory.status).toBe(413);
    expect(JSON.parse(inventory.body).error).toMatchObject({ kind: 'too_large', params: { limit: 200 } });
    expect(inventory.sent).toBeLessThan(FIFTY_MB / 3);
  });

  it('reads a body under the limit, chunked or not, to the end', async () => {
    for (const declare of [true, false]) {
      const r = await post(port, '/api/auth/signin', 1000, declare);
      // 1000 spaces are not JSON: the sign-in route parsed it and said so.
      expect(r.status).toBe(400);
      expect(r.sent).toBe(1000);
    }
  });
});

describe('the body limit, before authentication and parsing', () => {
  let h: Db;
  beforeAll(async () => {
    h = await freshDb('sqlite');
  });
  afterAll(async () => {
    await h.close();
  });

  /** A body streamed without a length (as a chunked upload arrives). */
  const streamed = (bytes: number, byte = 0x20) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let left = bytes; left > 0; left -= 65536)
          controller.enqueue(new Uint8Array(Math.min(65536, left)).fill(byte));
        controller.close();
      },
    });

  it('answers 413 before the session is looked at, on every JSON route', async () => {
    const { app } = createApp({ db: h, oidc: null });
    const big = JSON.stringify({ name: 'x'.repeat(JSON_BODY_LIMIT) });
    // Not signed in: the size is refused before the missing session.
    const anonymous = await app.request('/api/units', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(anonymous.status).toBe(413);
    expect(anonymous.headers.get('connection')).toBe('close');
    const body = (await anonymous.json()) as { error: { kind: string; message: string } };
    expect(body.error.kind).toBe('too_large');
    expect(body.error.message).toBe(
      'The request is too large: this address accepts at most 1 MB. Nothing beyond that was read.',
    );
    // Signed in, chunked: the same.
    const admin = await signIn(h, undefined, { app });
    const chunked = await admin.request('/api/units', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: streamed(JSON_BODY_LIMIT + 1),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // Under the limit, chunked, the route gets the whole body.
    const ok = await admin.request('/api/units', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"name":'));
          controller.enqueue(new TextEncoder().encode('"Direction du numérique"}'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(ok.status).toBe(201);
  });

  it('leaves the upload routes to their own limits', async () => {
    const admin = await signIn(h, undefined, { app: createApp({ db: h, oidc: null }).app });
    // A 2 MB inventory: above the JSON limit, far under the inventory's own (200 MB).
    const rows = Array.from({ length: 60_000 }, (_, i) => `X;https://x.com/compte${i};Siège`);
    const csv = `Réseau;URL;Entité\n${rows.join('\n')}`;
    expect(csv.length).toBeGreaterThan(1.5 * JSON_BODY_LIMIT);
    const form = new FormData();
    form.set('file', new File([csv], 'inventaire.csv'));
    const preview = await admin.request('/api/inventory/preview', { method: 'POST', body: form });
    expect(preview.status).toBe(200);
    // A platform export above the JSON limit goes to disk and becomes a job.
    const upload = await admin.request('/api/data-imports?name=export.csv&dryRun=true', {
      method: 'PUT',
      body: streamed(2 * 1024 * 1024, 0x61),
      duplex: 'half',
    } as RequestInit);
    expect(upload.status).toBe(202);
    const { jobId } = (await upload.json()) as { jobId: string };
    let job: { state: string; error?: { kind: string } };
    do {
      await new Promise((r) => setTimeout(r, 20));
      job = (await (await admin.request(`/api/data-imports/jobs/${jobId}`)).json()) as typeof job;
    } while (job.state === 'running');
    // Read to the end, and refused for what it holds (not for its size).
    expect(job.state).toBe('failed');
    expect(job.error?.kind).toBe('invalid');
  });
});
