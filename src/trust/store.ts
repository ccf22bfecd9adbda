// Users, their grants and the unit tree scopes are computed over: Kysely queries only.
import type { GrantRow } from '../core/access';
import type { Q } from '../core/log';
import type { Grant, Role, User, UserStatus } from './model';

export interface UserRow {
  id: number;
  login: string;
  name: string;
  email: string | null;
  person_id: number | null;
  password_hash: string | null;
  must_change_password: number;
  status: string;
  /** Unused since migration 006 (src/trust/throttle.ts counts failed sign-ins). */
  failed_attempts: number;
  locked_until: string | null;
  oidc_subject: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

export async function countUsers(db: Q): Promise<number> {
  const r = await db.selectFrom('users').select(db.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function userById(db: Q, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function userByLogin(db: Q, login: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('login', '=', login.trim().toLowerCase())
    .executeTakeFirst();
}

export async function grantRows(db: Q, userId: number): Promise<GrantRow[]> {
  const rows = await db
    .selectFrom('grants')
    .select(['role', 'unit_id', 'presence_id'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unit_id, presenceId: r.presence_id }));
}

export async function unitTree(db: Q): Promise<{ id: number; parentId: number | null }[]> {
  const rows = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
}

export async function listUserRows(db: Q): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('login').execute();
}

/** Grants with the names of their unit or presence, for every user asked. */
export async function grantsByUser(db: Q, userIds: number[]): Promise<Map<number, Grant[]>> {
  const out = new Map<number, Grant[]>();
  if (!userIds.length) return out;
  const rows = await db
    .selectFrom('grants as g')
    .leftJoin('units as u', 'u.id', 'g.unit_id')
    .leftJoin('presences as p', 'p.id', 'g.presence_id')
    .select([
      'g.id',
      'g.user_id',
      'g.role',
      'g.unit_id',
      'u.name as unit',
      'g.presence_id',
      'p.name as presence_name',
      'p.platform',
      'p.handle',
    ])
    .where('g.user_id', 'in', userIds)
    .orderBy('g.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.user_id) ?? [];
    list.push({
      id: r.id,
      role: r.role as Role,
      unitId: r.unit_id,
      unit: r.unit ?? null,
      presenceId: r.presence_id,
      presence:
        r.presence_id === null ? null : (r.presence_name ?? `${r.platform ?? ''} ${r.handle ?? ''}`.trim()),
    });
    out.set(r.user_id, list);
  }
  return out;
}

export function toUser(
  r: UserRow,
  grants: Grant[],
  throttle: { failures: number; throttledUntil: string | null } = { failures: 0, throttledUntil: null },
  now = new Date(),
): User {
  const until = throttle.throttledUntil;
  return {
    id: r.id,
    login: r.login,
    name: r.name,
    email: r.email,
    personId: r.person_id,
    status: r.status as UserStatus,
    throttledUntil: until && Date.parse(until) > now.getTime() ? until : null,
    failedSignIns: throttle.failures,
    mustChangePassword: Boolean(r.must_change_password),
    hasPassword: Boolean(r.password_hash),
    sso: Boolean(r.oidc_subject),
    lastSignInAt: r.last_sign_in_at,
    grants,
    createdAt: r.created_at,
  };
}

export async function replaceGrants(
  db: Q,
  userId: number,
  grants: GrantRow[],
  at: string,
  by: string,
): Promise<void> {
  await db.deleteFrom('grants').where('user_id', '=', userId).execute();
  if (!grants.length) return;
  await db
    .insertInto('grants')
    .values(
      grants.map((g) => ({
        user_id: userId,
        role: g.role,
        unit_id: g.unitId,
        presence_id: g.presenceId,
        created_at: at,
        created_by: by,
      })),
    )
    .execute();
}

/** A new user row (the defaults of a fresh account); returns its id. The one place users are inserted. */
export async function insertUserRow(
  db: Q,
  u: {
    login: string;
    name: string;
    email?: string | null;
    personId?: number | null;
    passwordHash: string | null;
    mustChangePassword?: boolean;
    status?: UserStatus;
  },
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      login: u.login.trim().toLowerCase(),
      name: u.name,
      email: u.email ?? null,
      person_id: u.personId ?? null,
      password_hash: u.passwordHash,
      must_change_password: u.mustChangePassword ? 1 : 0,
      status: u.status ?? 'active',
      failed_attempts: 0,
      locked_until: null,
      oidc_subject: null,
      last_sign_in_at: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

// ---------- server secrets and sign-in throttling (src/trust/throttle.ts)

/** A secret the server made for itself: the first instance to ask creates it, every other reads it. */
export async function serverSecret(db: Q, name: string, make: () => string, at: string): Promise<string> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: make(), created_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

export interface ThrottleRow {
  key: string;
  login_key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

const throttleColumns = ['key', 'login_key', 'failures', 'last_failure_at', 'blocked_until'] as const;

export async function throttleRow(db: Q, key: string): Promise<ThrottleRow | undefined> {
  const r = await db
    .selectFrom('sign_in_throttle')
    .select(throttleColumns)
    .where('key', '=', key)
    .executeTakeFirst();
  return r && { ...r, failures: Number(r.failures) };
}

/** Inserts a first count; false when another attempt inserted it first. */
export async function insertThrottle(db: Q, row: ThrottleRow): Promise<boolean> {
  const r = await db
    .insertInto('sign_in_throttle')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return r !== undefined;
}

/** Moves a count on from what was read; false when another attempt moved it in between. */
export async function updateThrottle(
  db: Q,
  was: ThrottleRow,
  next: Pick<ThrottleRow, 'failures' | 'last_failure_at' | 'blocked_until'>,
): Promise<boolean> {
  const r = await db
    .updateTable('sign_in_throttle')
    .set(next)
    .where('key', '=', was.key)
    .where('failures', '=', was.failures)
    .where('last_failure_at', '=', was.last_failure_at)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteThrottle(db: Q, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}

/** Every count of one login (its unknown browsers and its device cookies). */
export async function throttleRowsOfLogins(db: Q, loginKeys: string[]): Promise<ThrottleRow[]> {
  if (!loginKeys.length) return [];
  const rows = await db
    .selectFrom('sign_in_throttle')
    .select(throttleColumns)
    .where('login_key', 'in', loginKeys)
    .execute();
  return rows.map((r) => ({ ...r, failures: Number(r.failures) }));
}

export async function deleteThrottleOfLogin(db: Q, loginKey: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('login_key', '=', loginKey).execute();
}

/** Forgets counts without a failure since `before` (nothing blocks that long). */
export async function pruneThrottle(db: Q, before: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('last_failure_at', '<', before).execute();
}
