// The gate on every API route: a route names the permission it needs and, for routes about one
// object, how to find where that object lives. It runs before the request is validated, so a
// refused request learns nothing from validation errors.
import type { Context, MiddlewareHandler } from 'hono';
import type { Permission, Target } from './access';
import { Unauthenticated } from './errors';
import type { AppEnv } from './http';

export type TargetOf = (c: Context<AppEnv>) => Promise<Target | null>;

/** `notFoundCode`: the message when the object is out of the user's sight (default: no such presence). */
export function guard(
  permission: Permission,
  target?: TargetOf,
  notFoundCode?: string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const access = c.get('access');
    if (!access) throw new Unauthenticated('auth.required', 'Sign in first.');
    access.require(permission);
    if (target) {
      const t = await target(c);
      // Unknown objects fall through: the route answers 404 as it always did.
      if (t) access.requireOn(permission, t, notFoundCode);
    }
    await next();
  };
}

/** Any signed-in user (their own account, policies to read). */
export function signedIn(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('access')) throw new Unauthenticated('auth.required', 'Sign in first.');
    await next();
  };
}

/** A positive integer path parameter, or null when it is not one (validation answers later). */
export function idParam(c: Context<AppEnv>, name: string): number | null {
  const raw = c.req.param(name);
  return raw && /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}

/** The presence named by a path parameter, with its unit. */
export function presenceTarget(param = 'id'): TargetOf {
  return async (c) => {
    const id = idParam(c, param);
    if (id === null) return null;
    const row = await c
      .get('services')
      .db.db.selectFrom('presences')
      .select(['id', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { id: row.id, presenceId: row.id, unitId: row.unit_id } : null;
  };
}

/** A unit named by a path parameter (its own scope is the unit). */
export function unitTarget(param = 'id'): TargetOf {
  return async (c) => {
    const id = idParam(c, param);
    if (id === null) return null;
    const row = await c
      .get('services')
      .db.db.selectFrom('units')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { id: row.id, unitId: row.id } : null;
  };
}

/** A person named by a path parameter, scoped by their unit. */
export function personTarget(param = 'id'): TargetOf {
  return async (c) => {
    const id = idParam(c, param);
    if (id === null) return null;
    const row = await c
      .get('services')
      .db.db.selectFrom('people')
      .select(['id', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { id: row.id, unitId: row.unit_id } : null;
  };
}
