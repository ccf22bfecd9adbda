// One log line per request: its id, method, path (never the query string, which can carry a setup
// code or a single sign-on code), status and duration. The id is the caller's X-Request-Id when it
// is a sane one (a proxy's or a load balancer's), a new UUID otherwise, and is sent back in the
// response's X-Request-Id so that a person reporting a problem can quote it.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../core/http';
import type { Logger } from '../core/logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits and `._:-`, 1 to 128 of them: UUIDs, ULIDs and the usual proxies' ids. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(incoming: string | null | undefined, make: () => string = randomUUID): string {
  const id = incoming?.trim();
  return id && SANE_ID.test(id) ? id : make();
}

/** Probes call every few seconds: their lines are debug, not info. */
const QUIET_PATHS = new Set(['/healthz', '/readyz']);
const MAX_PATH = 512;

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const id = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    const log = logger.child({ reqId: id });
    c.set('requestId', id);
    c.set('logger', log);
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, id);
    const status = c.res.status;
    const line = {
      method: c.req.method,
      path: c.req.path.length > MAX_PATH ? `${c.req.path.slice(0, MAX_PATH)}…` : c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (QUIET_PATHS.has(c.req.path)) log.debug(line, 'request');
    else if (status === 503)
      log.warn(line, 'request'); // unavailable for now (vault key, Chromium, shutdown)
    else if (status >= 500) log.error(line, 'request');
    else log.info(line, 'request');
  };
}
