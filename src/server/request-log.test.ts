import { expect, it } from 'vitest';
import { createLogger } from '../core/logger';
import { forEachDialect } from '../core/testing/dialects';
import { signIn } from '../trust/testing';
import { createApp } from './app';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-log';

it('takes a sane incoming request id, and makes one otherwise', () => {
  const make = () => 'made';
  expect(requestIdFrom('3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b', make)).toBe(
    '3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b',
  );
  expect(requestIdFrom(' 01HQ7Z3K8Y.trace:42 ', make)).toBe('01HQ7Z3K8Y.trace:42');
  for (const bad of [
    undefined,
    null,
    '',
    '   ',
    'a b',
    'x'.repeat(129),
    'id\nforged-line',
    '<script>',
    'é',
  ]) {
    expect(requestIdFrom(bad, make)).toBe('made');
  }
  expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
});

forEachDialect((t) => {
  it('logs each request once, with its id, method, path, status and duration, and nothing secret', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (l: string) => lines.push(l) } });
    const { app } = createApp({ db: t.h, oidc: null, logger });
    const admin = await signIn(t.h, undefined, { app });

    const res = await admin.request('/api/presences', {
      headers: { [REQUEST_ID_HEADER]: 'from-the-proxy-1' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get(REQUEST_ID_HEADER)).toBe('from-the-proxy-1');
    const mine = await app.request('/api/auth/signin?code=query-secret-42', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer auth-secret-7' },
      body: JSON.stringify({ login: 'nobody@test.example', password: 'body-secret-password' }),
    });
    expect(mine.status).toBe(401);
    const generated = mine.headers.get(REQUEST_ID_HEADER);
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    // An answer made by the error handler (a refusal thrown by a middleware) carries its id too.
    const missing = await app.request('/api/no-such-thing');
    expect(missing.status).toBe(401);
    expect(missing.headers.get(REQUEST_ID_HEADER)).toBeTruthy();

    const entries = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((o) => o.msg === 'request');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      level: 'info',
      reqId: 'from-the-proxy-1',
      method: 'GET',
      path: '/api/presences',
      status: 200,
    });
    expect(typeof entries[0]!.durationMs).toBe('number');
    expect(entries[1]).toMatchObject({
      reqId: generated,
      method: 'POST',
      path: '/api/auth/signin',
      status: 401,
    });
    const all = lines.join('');
    for (const secret of [
      admin.cookie,
      admin.cookie.split('=')[1]!,
      admin.csrf,
      'query-secret-42',
      'auth-secret-7',
      'body-secret-password',
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs an unexpected error with its request id, and answers without its details', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (l: string) => lines.push(l) } });
    const { app } = createApp({ db: t.h, oidc: null, logger });
    const admin = await signIn(t.h, undefined, { app });
    // The database goes away under the server: the next query fails unexpectedly.
    await t.h.close();
    const res = await admin.request('/api/presences', { headers: { [REQUEST_ID_HEADER]: 'broken-1' } });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/closed|connection|stack/i);
    const entries = lines.map(
      (l) => JSON.parse(l) as { msg: string; level: string; reqId?: string; err?: unknown },
    );
    const error = entries.find((e) => e.msg === 'unexpected error');
    expect(error).toMatchObject({ level: 'error', reqId: 'broken-1' });
    expect(error?.err).toBeTruthy();
    expect(entries.find((e) => e.msg === 'request')).toMatchObject({ level: 'error', reqId: 'broken-1' });
  });
});
