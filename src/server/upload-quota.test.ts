// Finding 10 of the penetration test: uploads had no per-person quota (4 GB each, as many as wanted).
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../core/access';
import type { Db } from '../core/db';
import type { AppEnv } from '../core/http';
import { freshDb } from '../core/testing/dialects';
import { signIn } from '../trust/testing';
import { createApp } from './app';
import { onError } from './http';
import {
  DEFAULT_UPLOAD_QUOTA_MB,
  duration,
  UPLOAD_QUOTA_ENV,
  UploadQuota,
  uploadQuota,
  uploadQuotaFromEnv,
} from './upload-quota';

const KB = 1024;
const MB = 1024 * KB;

/** A body the test feeds by hand: `push` bytes, then `end`. */
function controlled() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    stream,
    push: (bytes: number) => controller.enqueue(new Uint8Array(bytes)),
    end: () => controller.close(),
  };
}

const bytesOf = (n: number) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let left = n; left > 0; left -= 64 * KB) c.enqueue(new Uint8Array(Math.min(64 * KB, left)));
      c.close();
    },
  });

/** An upload route behind the quota, for a user given by the `x-user` header (as authentication would). */
function uploadApp(quota: UploadQuota) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('locale', c.req.header('accept-language') === 'fr' ? 'fr' : 'en');
    const userId = Number(c.req.header('x-user') ?? 1);
    c.set('access', { userId, actor: `user${userId}` } as Access);
    await next();
  });
  app.use('*', uploadQuota(quota, ['PUT /api/upload']));
  app.put('/api/upload', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }, 200));
  app.onError(onError);
  return app;
}

const put = (app: Hono<AppEnv>, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  app.request('/api/upload', { method: 'PUT', body, headers, duplex: 'half' } as RequestInit);

describe('per-person upload quota', () => {
  it('reads its size from VIGIE_UPLOAD_QUOTA_MB, and refuses a value that is not a size', () => {
    expect(uploadQuotaFromEnv({}).bytesPerDay).toBe(DEFAULT_UPLOAD_QUOTA_MB * MB);
    expect(uploadQuotaFromEnv({ [UPLOAD_QUOTA_ENV]: '500' })).toEqual({
      maxInFlight: 2,
      bytesPerDay: 500 * MB,
    });
    for (const bad of ['0', '-3', 'lots'])
      expect(() => uploadQuotaFromEnv({ [UPLOAD_QUOTA_ENV]: bad })).toThrow(UPLOAD_QUOTA_ENV);
  });

  it('allows two uploads in progress per person; a third waits (429, Retry-After)', async () => {
    const app = uploadApp(new UploadQuota({ maxInFlight: 2, bytesPerDay: 100 * MB }));
    const a = controlled();
    const b = controlled();
    const first = put(app, a.stream);
    const second = put(app, b.stream);
    a.push(10 * KB);
    await new Promise((r) => setTimeout(r, 10));
    const third = await put(app, bytesOf(KB), { 'accept-language': 'fr' });
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await third.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'upload.busy',
      message:
        'Vous avez déjà 2 envois de fichiers en cours : attendez la fin de l’un d’eux, puis réessayez.',
    });
    // Someone else is not held up.
    expect((await put(app, bytesOf(KB), { 'x-user': '2' })).status).toBe(200);
    a.end();
    expect(await (await first).json()).toEqual({ bytes: 10 * KB });
    expect((await put(app, bytesOf(KB))).status).toBe(200);
    b.end();
    expect((await second).status).toBe(200);
  });

  it('counts bytes as they arrive over a rolling day, and says when to try again', async () => {
    let now = Date.UTC(2026, 2, 2, 9, 0, 0);
    const quota = new UploadQuota({ maxInFlight: 2, bytesPerDay: MB, now: () => now });
    const app = uploadApp(quota);
    expect((await put(app, bytesOf(600 * KB))).status).toBe(200);
    // Without a length, the upload starts and is cut at the quota's last byte.
    const cut = await put(app, bytesOf(600 * KB));
    expect(cut.status).toBe(429);
    const seconds = Number(cut.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(23 * 3600);
    expect(seconds).toBeLessThanOrEqual(24 * 3600 + 120);
    const error = ((await cut.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('upload.quota');
    expect(error.message).toMatch(
      /^Upload quota reached: you have sent 1 MB in the last 24 hours, and the limit is 1 MB per person\. Try again in (23|24) h( \d+ min)?\.$/,
    );
    // Read no further than the quota: at most one chunk beyond it was counted.
    expect(quota.used('user:1')).toBeLessThanOrEqual(MB + 64 * KB);
    // With a length that does not fit, refused before reading, in French too.
    now += 3600_000;
    const declared = await put(app, bytesOf(100 * KB), {
      'content-length': String(100 * KB),
      'accept-language': 'fr',
    });
    expect(declared.status).toBe(429);
    expect(((await declared.json()) as { error: { message: string } }).error.message).toMatch(
      /^Quota d’envoi atteint : vous avez envoyé 1 Mo au cours des dernières 24 heures, et la limite est de 1 Mo par personne\. Réessayez dans 2[34] h( \d+ min)?\.$/,
    );
    // A day after the first uploads, they no longer count.
    now += 23 * 3600_000 + 120_000;
    expect((await put(app, bytesOf(600 * KB))).status).toBe(200);
  });

  it('says how long to wait as people read it', () => {
    expect([5, 59, 60, 61, 3599, 3600, 86_400, 86_461].map(duration)).toEqual([
      '5 s',
      '59 s',
      '1 min',
      '2 min',
      '1 h',
      '1 h',
      '24 h',
      '24 h 2 min',
    ]);
  });

  it('refuses at once a file larger than the whole quota (413)', async () => {
    const app = uploadApp(new UploadQuota({ maxInFlight: 2, bytesPerDay: MB }));
    const r = await put(app, bytesOf(KB), { 'content-length': String(2 * MB) });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { code: string; message: string } }).error).toEqual({
      kind: 'too_large',
      code: 'upload.above_quota',
      message: 'This file (2 MB) is larger than the upload quota of 1 MB per person and per 24 hours.',
      params: { size: 2, quota: 1 },
    });
  });
});

describe('the quota on Vigie’s upload routes', () => {
  let h: Db;
  const before = process.env[UPLOAD_QUOTA_ENV];
  beforeAll(async () => {
    h = await freshDb('sqlite');
    process.env[UPLOAD_QUOTA_ENV] = '1';
  });
  afterAll(async () => {
    if (before === undefined) delete process.env[UPLOAD_QUOTA_ENV];
    else process.env[UPLOAD_QUOTA_ENV] = before;
    await h.close();
  });

  it('counts inventory files and platform exports alike, per person', async () => {
    const { app } = createApp({ db: h, oidc: null });
    const admin = await signIn(h, undefined, { app });
    const other = await signIn(h, undefined, { app });
    const csv = `Réseau;URL;Entité\n${Array.from({ length: 12000 }, (_, i) => `X;https://x.com/c${i};Siège`).join('\n')}`;
    expect(csv.length).toBeGreaterThan(300 * KB);
    const form = () => {
      const f = new FormData();
      f.set('file', new File([csv], 'inventaire.csv'));
      return f;
    };
    expect((await admin.request('/api/inventory/preview', { method: 'POST', body: form() })).status).toBe(
      200,
    );
    expect((await admin.request('/api/inventory/preview', { method: 'POST', body: form() })).status).toBe(
      200,
    );
    const upload = await admin.request('/api/data-imports?name=export.csv&dryRun=true', {
      method: 'PUT',
      body: bytesOf(600 * KB),
      duplex: 'half',
    } as RequestInit);
    expect(upload.status).toBe(429);
    expect(upload.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await upload.json()) as { error: { code: string } }).error.code).toBe('upload.quota');
    // The other person's day is their own.
    expect((await other.request('/api/inventory/preview', { method: 'POST', body: form() })).status).toBe(
      200,
    );
  });
});
