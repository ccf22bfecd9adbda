// Trust's HTTP API: signing in and out, the first admin, one's own account, users and their roles.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../core/db';
import { TooMany, VigieError } from '../core/errors';
import { guard, objectKind, pathParams, publicRoute, signedIn } from '../core/guard';
import { type AppEnv, apiApp, errorSchemaDoc } from '../core/http';
import { RateLimiter } from './limits';
import { clientIp } from './middleware';
import {
  authStatusSchema,
  meSchema,
  passwordChangeSchema,
  sessionStateSchema,
  setupSchema,
  signInSchema,
  userInputSchema,
  userPatchSchema,
  userSchema,
} from './model';
import type { TrustService } from './service';
import { clearSessionCookie, deviceToken, setDeviceCookie, setSessionCookie } from './sessions';

declare module '../core/http' {
  interface Services {
    trust: TrustService;
  }
}

export interface TrustRoutesOptions {
  /** Policies published and not yet acknowledged by a user (src/trust/policies). */
  pendingPolicies: (db: Db, userId: number) => Promise<number>;
  /** Single sign-on, when configured: what the sign-in page shows. */
  oidc: { enabled: boolean; label: string | null };
}

const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const errors = {
  401: errorSchemaDoc,
  403: errorSchemaDoc,
  404: errorSchemaDoc,
  409: errorSchemaDoc,
  422: errorSchemaDoc,
  429: errorSchemaDoc,
};
/** A user: organisation-wide (no unit), so only organisation-wide roles reach one. */
const USER = objectKind('user.not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id } : null;
});
const user = { id: USER };
const id = pathParams(user);
const temporary = z.object({ temporaryPassword: z.string() });

/**
 * Per client address: 20 tries a minute, in this instance's memory. Per login, failures are counted
 * in the database, apart for the browsers that signed in as it before (src/trust/throttle.ts): a
 * limit per login that counted every attempt would let anyone keep its owner out.
 */
function limiters() {
  return { byAddress: new RateLimiter({ max: 20, windowMs: 60_000 }) };
}

function limited(c: Context, { byAddress }: ReturnType<typeof limiters>): void {
  const wait = byAddress.hit(`ip:${clientIp(c)}`);
  if (wait) {
    c.header('retry-after', String(wait));
    throw new TooMany('auth.rate_limited', `Too many attempts: try again in ${wait} seconds.`, {
      seconds: wait,
    });
  }
}

/** A 429 from the sign-in throttle says how long to wait in Retry-After too. */
function retryAfter(c: Context, e: unknown): never {
  if (e instanceof VigieError && e.kind === 'too_many' && typeof e.params.seconds === 'number') {
    c.header('retry-after', String(e.params.seconds));
  }
  throw e;
}

function meta(c: Context) {
  return { ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null };
}

export function trustRoutes(options: TrustRoutesOptions) {
  const app = apiApp();
  const limits = limiters();
  const me = async (
    c: Context<AppEnv>,
    userId: number,
    session: { csrf: string; via: 'password' | 'oidc' },
  ) => {
    const trust = c.get('services').trust;
    const access = await trust.accessFor(userId);
    if (!access) throw new Error('signed-in user vanished');
    return trust.me(access, session, await options.pendingPolicies(c.get('services').db, userId));
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/status',
      middleware: [publicRoute()],
      summary: 'Whether the first admin is still to be created, and whether single sign-on is offered',
      responses: { 200: json(authStatusSchema) },
    }),
    async (c) => c.json({ needsSetup: await c.get('services').trust.needsSetup(), oidc: options.oidc }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/signin',
      middleware: [publicRoute()],
      summary: 'Sign in with a login and a password (sets the session cookie)',
      request: body(signInSchema),
      responses: { 200: json(meSchema), ...errors },
    }),
    async (c) => {
      const input = c.req.valid('json');
      limited(c, limits);
      const r = await c
        .get('services')
        .trust.signIn(input.login, input.password, { ...meta(c), device: deviceToken(c) ?? null })
        .catch((e: unknown) => retryAfter(c, e));
      setSessionCookie(c, r.session.token, r.session.expiresAt);
      setDeviceCookie(c, r.device);
      return c.json(await me(c, r.user.id, { csrf: r.session.csrf, via: 'password' }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/setup',
      middleware: [publicRoute()],
      summary: 'Create the first admin with the one-time code the server printed',
      request: body(setupSchema),
      responses: { 200: json(meSchema), ...errors },
    }),
    async (c) => {
      limited(c, limits);
      const r = await c.get('services').trust.setup(c.req.valid('json'), meta(c));
      setSessionCookie(c, r.session.token, r.session.expiresAt);
      setDeviceCookie(c, r.device);
      return c.json(await me(c, r.user.id, { csrf: r.session.csrf, via: 'password' }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/signout',
      middleware: [signedIn()],
      summary: 'Sign out: this session, or with `everywhere=true` every session of the user',
      request: { query: z.object({ everywhere: z.enum(['true', 'false']).optional() }) },
      responses: { 204: { description: 'Signed out' }, ...errors },
    }),
    async (c) => {
      const everywhere = c.req.valid('query').everywhere === 'true';
      await c.get('services').trust.signOut(c.get('access'), c.get('session').id, everywhere);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      middleware: [signedIn()],
      summary: 'Change one’s own password (other sessions end)',
      request: body(passwordChangeSchema),
      responses: { 204: { description: 'Changed' }, ...errors },
    }),
    async (c) => {
      const { current, next } = c.req.valid('json');
      await c.get('services').trust.changePassword(c.get('access'), current, next, c.get('session').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/session',
      middleware: [publicRoute()],
      summary: 'Who is signed in, or null: the web app asks this first (GET /me answers 401 when nobody is)',
      responses: { 200: json(sessionStateSchema) },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const s = c.get('session');
      return c.json({ me: s ? await me(c, s.userId, s) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      middleware: [signedIn()],
      summary: 'Who is signed in, their roles and permissions, and the CSRF token',
      responses: { 200: json(meSchema), ...errors },
    }),
    async (c) => {
      const s = c.get('session');
      return c.json(await me(c, s.userId, s), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      middleware: [guard('users.manage')],
      summary: 'Users and their roles',
      responses: { 200: json(z.array(userSchema)), ...errors },
    }),
    async (c) => c.json(await c.get('services').trust.list(), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      middleware: [guard('users.manage')],
      summary: 'Create a user; without a password, a temporary one is returned once',
      request: body(userInputSchema),
      responses: {
        201: json(z.object({ user: userSchema, temporaryPassword: z.string().optional() })),
        ...errors,
      },
    }),
    async (c) => c.json(await c.get('services').trust.create(c.get('access'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      middleware: [guard('users.manage', user)],
      summary: 'Change a user’s name, person, status or roles',
      request: { params: id, ...body(userPatchSchema) },
      responses: { 200: json(userSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c.get('services').trust.patch(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/reset-password',
      middleware: [guard('users.manage', user)],
      summary: 'Give a user a temporary password (shown once; their sessions end)',
      request: { params: id },
      responses: { 200: json(temporary), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').trust.resetPassword(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/unlock',
      middleware: [guard('users.manage', user)],
      summary:
        'Clear the sign-in throttling of a user’s login after failed attempts (no account is ever locked)',
      request: { params: id },
      responses: { 200: json(userSchema), ...errors },
    }),
    async (c) => c.json(await c.get('services').trust.unlock(c.get('access'), c.req.valid('param').id), 200),
  );

  return app;
}
