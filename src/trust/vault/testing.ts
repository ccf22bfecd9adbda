// For the vault's and the leavers' tests: units, people, presences and users written straight into
// the database, an Access for a role, and a small app with only these routes (the session layer is
// the trust capability's, tested there).
import { OpenAPIHono } from '@hono/zod-openapi';
import { type Access, buildAccess, type GrantRow } from '../../core/access';
import type { Db } from '../../core/db';
import type { AppEnv, Services } from '../../core/http';
import { onError } from '../../server/http';
import { insertUserRow } from '../store';
import { newKey } from './crypto';
import { Vault } from './vault';

const AT = '2026-01-01T00:00:00.000Z';

export async function unit(h: Db, name: string, parentId: number | null = null): Promise<number> {
  const r = await h.db
    .insertInto('units')
    .values({
      parent_id: parentId,
      name,
      name_key: name.toLowerCase(),
      kind: 'team',
      country: null,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function person(h: Db, name: string, status = 'active'): Promise<number> {
  const r = await h.db
    .insertInto('people')
    .values({
      name,
      name_key: name.toLowerCase(),
      email: null,
      unit_id: null,
      job_title: null,
      status,
      left_on: status === 'left' ? '2026-01-01' : null,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

let seq = 0;

export async function presence(
  h: Db,
  v: {
    unitId?: number | null;
    ownerId?: number | null;
    deputyId?: number | null;
    custodianId?: number | null;
    name?: string;
  } = {},
): Promise<number> {
  const handle = `acct${++seq}`;
  const r = await h.db
    .insertInto('presences')
    .values({
      platform: 'x',
      handle,
      handle_key: handle,
      url: `https://x.com/${handle}`,
      name: v.name ?? `Account ${seq}`,
      unit_id: v.unitId ?? null,
      owner_id: v.ownerId ?? null,
      deputy_id: v.deputyId ?? null,
      custodian_id: v.custodianId ?? null,
      objective: null,
      status: 'active',
      languages: '[]',
      audience: null,
      audience_on: null,
      created_on: null,
      last_activity_on: null,
      mfa: 'on',
      recovery_contact: 'corporate',
      tags: '[]',
      notes: null,
      bio: null,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** A user row (for the leavers' "last wrote the secrets" rule). */
export async function user(h: Db, login: string, personId: number | null): Promise<number> {
  return insertUserRow(h.db, { login, name: login, personId, passwordHash: null }, AT);
}

/** The Access of a user with these grants, as the session layer builds it. */
export async function accessAs(
  h: Db,
  login: string,
  grants: GrantRow[],
  personId: number | null = null,
): Promise<Access> {
  const units = await h.db.selectFrom('units').select(['id', 'parent_id']).execute();
  return buildAccess({
    userId: null,
    actor: login,
    personId,
    grants,
    units: units.map((u) => ({
      id: Number(u.id),
      parentId: u.parent_id === null ? null : Number(u.parent_id),
    })),
  });
}

export const admin: GrantRow[] = [{ role: 'admin', unitId: null, presenceId: null }];

export function testVault(key = newKey()): { vault: Vault; key: Buffer } {
  return { vault: new Vault(key, 'test'), key };
}

/** These routes alone, with the given user signed in. */
export function routesApp(h: Db, vault: Vault | undefined, routes: OpenAPIHono<AppEnv>[]) {
  let current: Access | null = null;
  const app = new OpenAPIHono<AppEnv>();
  app.use('/api/*', async (c, next) => {
    c.set('services', { db: h, vault } as unknown as Services);
    if (current) {
      c.set('access', current);
      c.set('actor', current.actor);
    }
    c.set('locale', 'en');
    c.set('localise', (i) => i);
    await next();
  });
  app.onError(onError);
  for (const r of routes) app.route('/api', r);
  return {
    as(access: Access | null) {
      current = access;
      return this;
    },
    request(path: string, method = 'GET', body?: unknown) {
      return app.request(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
  };
}
