// Who is asking: the session cookie becomes the request's `access` (or 401), and every change must
// come from Vigie's own pages: the Origin must be this server's and the CSRF token the session's.
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { Forbidden, Unauthenticated } from '../core/errors';
import type { AppEnv } from '../core/http';
import type { TrustService } from './service';
import { clearSessionCookie, findSession, sessionToken } from './sessions';

/** Routes anyone may call: health, the sign-in page's questions, signing in, single sign-on. */
const PUBLIC = new Set([
  '/api/health',
  '/api/auth/status',
  '/api/auth/session',
  '/api/auth/signin',
  '/api/auth/setup',
  '/api/openapi.json',
]);
const isPublic = (path: string) => PUBLIC.has(path) || path.startsWith('/api/auth/oidc/');

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_HEADER = 'x-vigie-csrf';

/** The client's address: the socket's, or the proxy's header when VIGIE_TRUST_PROXY says so. */
export function clientIp(c: Context): string {
  if (process.env.VIGIE_TRUST_PROXY === '1') {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function tokensMatch(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authenticate(trust: TrustService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    const unsafe = !SAFE.has(c.req.method);
    if (unsafe && !sameOrigin(c)) {
      throw new Forbidden('auth.cross_origin', 'Changes are only accepted from Vigie’s own pages.');
    }
    const token = sessionToken(c);
    const session = token ? await findSession(trust.db, token) : null;
    const access = session ? await trust.accessFor(session.userId) : null;
    if (session && access) {
      if (unsafe && !isPublic(path) && !tokensMatch(c.req.header(CSRF_HEADER), session.csrf)) {
        throw new Forbidden(
          'auth.csrf',
          'The request did not come from a Vigie page (CSRF token missing or wrong).',
        );
      }
      c.set('access', access);
      c.set('actor', access.actor);
      c.set('session', { id: session.id, userId: session.userId, csrf: session.csrf, via: session.via });
    } else {
      if (token) clearSessionCookie(c);
      if (!isPublic(path)) {
        throw new Unauthenticated(
          token ? 'auth.expired' : 'auth.required',
          token ? 'Your session has ended: sign in again.' : 'Sign in first.',
        );
      }
    }
    await next();
  };
}
