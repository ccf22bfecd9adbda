// The gate on every API route. A route declares, in one place, the permission it needs and every
// object its path names (`guard('presence.edit', { id: PRESENCE })`); the gate reads each id with the
// one strict reader (src/core/ids.ts), finds where the object lives and checks the user's scope over
// it before anything else runs. It fails closed: an id it cannot read, an object it cannot find and an
// object out of sight all answer 404, never "let the route decide".
//
// Every route must carry exactly one declared gate (`guard`, `signedIn` or `publicRoute`) naming
// each of its path parameters: `undeclaredRoutes` lists the routes that do not, and the server
// refuses to start with any (src/server/app.ts), so a new route cannot forget its scope.
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Access, Permission, Target } from './access';
import { NotFound, Unauthenticated } from './errors';
import type { AppEnv } from './http';
import { idTextSchema, parseId } from './ids';

/** How a path parameter is read and, for an object, where it lives. */
export interface ParamRule<T = unknown> {
  /** The parameter's schema for the route's `request.params` (the same strict reading). */
  readonly schema: z.ZodType<T, string>;
  /** The value, or null when the text is not one (the gate answers 404). */
  read(raw: string): T | null;
  /** The error code when the object is unknown, unreadable or out of sight. */
  readonly notFound: string;
  /** Where the object lives for scopes; null when there is no such object. Absent: not an object. */
  locate?(c: Context<AppEnv>, value: never): Promise<Target | null>;
}

/** An object named by a numeric id, found by `locate`. */
export function objectKind(
  notFound: string,
  locate: (c: Context<AppEnv>, id: number) => Promise<Target | null>,
): ParamRule<number> {
  return { schema: idTextSchema, read: parseId, notFound, locate: locate as ParamRule['locate'] };
}

/** An object named by another kind of key (an import job's UUID), read by its schema. */
export function keyedKind<T>(
  schema: z.ZodType<T, string>,
  notFound: string,
  locate: (c: Context<AppEnv>, key: T) => Promise<Target | null>,
): ParamRule<T> {
  return { ...valueParam(schema, notFound), locate: locate as ParamRule['locate'] };
}

/** A parameter that is a value, not an object (a secret's kind): read by its schema alone. */
export function valueParam<T>(schema: z.ZodType<T, string>, notFound: string): ParamRule<T> {
  return {
    schema,
    notFound,
    read(raw) {
      const r = schema.safeParse(raw);
      return r.success ? r.data : null;
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: rules of any value type
export type ParamRules = Readonly<Record<string, ParamRule<any>>>;

/** The route's `request.params` schema, from the same rules the gate reads with. */
export function pathParams<R extends ParamRules>(rules: R) {
  return z.object(
    Object.fromEntries(Object.entries(rules).map(([k, r]) => [k, r.schema])) as {
      [K in keyof R]: R[K]['schema'];
    },
  );
}

export interface GateDeclaration {
  kind: 'permission' | 'signed_in' | 'public';
  permission?: Permission;
  /** The path parameters the gate reads. */
  params: readonly string[];
}

const GATES = new WeakMap<object, GateDeclaration>();

function declare(mw: MiddlewareHandler<AppEnv>, d: GateDeclaration): MiddlewareHandler<AppEnv> {
  GATES.set(mw, d);
  return mw;
}

export function gateOf(handler: unknown): GateDeclaration | undefined {
  return typeof handler === 'function' ? GATES.get(handler) : undefined;
}

export interface GuardOptions {
  /**
   * The presence's custodian passes whatever their role (custody read, secrets they keep); the
   * service then decides. Only for rules whose object is a presence.
   */
  orCustodian?: boolean;
}

/** Whether this user is the registry person who holds the target's credentials. */
export function isCustodianOf(access: Access, t: Target): boolean {
  return access.personId !== null && t.custodianId != null && t.custodianId === access.personId;
}

function notFound(code: string, raw: string): NotFound {
  return new NotFound(code, 'Not found.', { id: raw.slice(0, 40) });
}

/** Reads every declared parameter and finds every object, or throws 404. */
async function locateAll(c: Context<AppEnv>, rules: ParamRules): Promise<[ParamRule, Target][]> {
  const found: [ParamRule, Target][] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const raw = c.req.param(name) ?? '';
    const value = rule.read(raw);
    if (value === null || value === undefined) throw notFound(rule.notFound, raw);
    if (!rule.locate) continue;
    const target = await rule.locate(c, value as never);
    if (!target) throw notFound(rule.notFound, raw);
    found.push([rule, target]);
  }
  return found;
}

/**
 * The permission the route needs, and the objects its path names (each must be within the user's
 * scope for that permission: 404 when the user cannot even see it, 403 when they see it but may not
 * do this).
 */
export function guard(
  permission: Permission,
  params: ParamRules = {},
  options: GuardOptions = {},
): MiddlewareHandler<AppEnv> {
  return declare(
    async (c, next) => {
      const access = c.get('access');
      if (!access) throw new Unauthenticated('auth.required', 'Sign in first.');
      if (!options.orCustodian) access.require(permission);
      for (const [rule, target] of await locateAll(c, params)) {
        if (options.orCustodian && isCustodianOf(access, target)) continue;
        access.require(permission);
        access.requireOn(permission, target, rule.notFound);
      }
      await next();
    },
    { kind: 'permission', permission, params: Object.keys(params) },
  );
}

/** Any signed-in user (their own account, policies to read); objects named must exist. */
export function signedIn(params: ParamRules = {}): MiddlewareHandler<AppEnv> {
  return declare(
    async (c, next) => {
      if (!c.get('access')) throw new Unauthenticated('auth.required', 'Sign in first.');
      await locateAll(c, params);
      await next();
    },
    { kind: 'signed_in', params: Object.keys(params) },
  );
}

/** A route anyone may call (health, sign-in, single sign-on): said out loud, not by omission. */
export function publicRoute(): MiddlewareHandler<AppEnv> {
  return declare(async (_c, next) => next(), { kind: 'public', params: [] });
}

/**
 * Routes (as Hono lists them: one entry per handler) without exactly one declared gate, or whose gate
 * does not name each of their path parameters. Empty when every route declares its scope.
 */
export function undeclaredRoutes(
  routes: readonly { method: string; path: string; handler: unknown }[],
  prefix = '/api/',
): string[] {
  const byRoute = new Map<string, unknown[]>();
  for (const r of routes) {
    if (r.method === 'ALL' || !r.path.startsWith(prefix) || r.path.includes('*')) continue;
    const key = `${r.method} ${r.path}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), r.handler]);
  }
  const problems: string[] = [];
  for (const [key, handlers] of byRoute) {
    const gates = handlers.map(gateOf).filter((g): g is GateDeclaration => Boolean(g));
    if (gates.length !== 1) {
      problems.push(`${key}: ${gates.length} declared gates (one of guard, signedIn, publicRoute is needed)`);
      continue;
    }
    const gate = gates[0] as GateDeclaration;
    const params = [...key.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1] as string);
    const missing = params.filter((p) => !gate.params.includes(p));
    if (missing.length) problems.push(`${key}: the gate does not declare ${missing.join(', ')}`);
    const extra = gate.params.filter((p) => !params.includes(p));
    if (extra.length) problems.push(`${key}: the gate declares ${extra.join(', ')}, not in the path`);
  }
  return problems.sort();
}

// ---------- the registry's objects (the tables every capability's scopes hang from)

/** A presence, scoped by itself and its unit. */
export const PRESENCE = objectKind('presence.not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('presences')
    .select(['id', 'unit_id', 'custodian_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, presenceId: row.id, unitId: row.unit_id, custodianId: row.custodian_id } : null;
});

/** A unit (its own scope is the unit). */
export const UNIT = objectKind('unit.not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('units')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, unitId: row.id } : null;
});

/** A person, scoped by their unit (a person without a unit is the organisation's). */
export const PERSON = objectKind('person.not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('people')
    .select(['id', 'unit_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, unitId: row.unit_id } : null;
});
