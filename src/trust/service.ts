// Signing in and out, the first admin, passwords, users and their roles. Every change is logged
// (src/core/log.ts) with who did it; no password, hash or token ever enters the log or a message.
import { timingSafeEqual } from 'node:crypto';
import { type Access, buildAccess, type GrantRow, PERMISSIONS, ROLE_SCOPE } from '../core/access';
import { now } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, Invalid, type Issue, NotFound, Unauthenticated } from '../core/errors';
import { parseInput } from '../core/http';
import { appendChanges, type ChangeValues, type Q } from '../core/log';
import { getOrganisationName } from '../registry/store';
import {
  type GrantInput,
  type Me,
  type User,
  type UserInput,
  type UserPatch,
  userInputSchema,
  userPatchSchema,
} from './model';
import { type PasswordContext, passwordIssue } from './password-policy';
import { decoyHash, hashPassword, temporaryPassword, verifyPassword } from './passwords';
import { closeUserSessions, type OpenedSession, openSession, type SessionVia, withAddress } from './sessions';
import * as store from './store';
import { SignInThrottle } from './throttle';

/**
 * A wrong password is answered no sooner than this after the attempt began, for a login that exists
 * or not: the answer's time does not tell whether a failure was logged (a real user's) or not (a
 * login that does not exist). The password check itself (argon2id) takes 20 to 80 ms.
 */
export const FAILED_ANSWER_MIN_MS = 150;

const waitUntil = (startedAt: number, ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, startedAt + ms - performance.now())));

export interface ClientMeta {
  ip?: string | null;
  userAgent?: string | null;
  /** The browser's device cookie, when it sent one (src/trust/throttle.ts). */
  device?: string | null;
}

export interface SignedIn {
  user: User;
  session: OpenedSession;
  /** A new device cookie for this browser and this login. */
  device: string;
}

function change(
  actor: string,
  entityId: number,
  action: string,
  diff: ChangeValues['diff'],
  reason: string | null = null,
): ChangeValues {
  return {
    at: new Date().toISOString(),
    actor,
    entity: 'user',
    entity_id: entityId,
    action,
    diff,
    batch: null,
    reason,
  };
}

export class TrustService {
  /** The one-time code the setup page asks for, while no user exists (printed by the server). */
  readonly setupCode: string;
  /** Failed sign-ins, counted per login and per device cookie (src/trust/throttle.ts). */
  readonly throttle: SignInThrottle;

  constructor(
    private readonly h: Db,
    options: { setupCode?: string } = {},
  ) {
    this.setupCode = options.setupCode ?? temporaryPassword();
    this.throttle = new SignInThrottle(h.db);
  }

  get db() {
    return this.h.db;
  }

  async needsSetup(): Promise<boolean> {
    return (await store.countUsers(this.db)) === 0;
  }

  /** Access of a signed-in, active user; null when the user is gone or disabled. */
  async accessFor(userId: number, actorSuffix = ''): Promise<Access | null> {
    const u = await store.userById(this.db, userId);
    if (u?.status !== 'active') return null;
    return buildAccess({
      userId: u.id,
      actor: `${u.login}${actorSuffix}`,
      personId: u.person_id,
      grants: await store.grantRows(this.db, u.id),
      units: await store.unitTree(this.db),
    });
  }

  async user(id: number): Promise<User> {
    const r = await store.userById(this.db, id);
    if (!r) throw new NotFound('user.not_found', `No user with id ${id}.`, { id });
    const at = now();
    const throttle = (await this.throttle.state([r.login], at)).get(r.login);
    return store.toUser(r, (await store.grantsByUser(this.db, [id])).get(id) ?? [], throttle, at);
  }

  async me(access: Access, session: { csrf: string; via: SessionVia }, pendingPolicies: number): Promise<Me> {
    const user = await this.user(access.userId as number);
    const permissions = PERMISSIONS.filter((p) => access.can(p));
    const scopes: Me['scopes'] = {};
    for (const p of permissions) {
      const s = access.scope(p);
      const ids = (set: ReadonlySet<number>) => (s.all ? [] : [...set].sort((a, b) => a - b));
      scopes[p] = { all: s.all, unitIds: ids(s.unitIds), presenceIds: ids(s.presenceIds) };
    }
    return {
      user,
      permissions,
      scopes,
      roles: access.roles,
      csrf: session.csrf,
      pendingPolicies,
      via: session.via,
    };
  }

  /**
   * Checks a password. Every attempt counts on its login (or on the browser's device cookie for it)
   * before the password is checked, whether the login exists or not; past the free failures, the
   * attempts wait (429, src/trust/throttle.ts). No account is ever locked, and the answers — status,
   * body, headers, throttling, and roughly the time, since an unknown login is checked against a
   * decoy hash and every failure is answered after FAILED_ANSWER_MIN_MS — are the same for a login
   * that does not exist. Failures of a real user are logged; attempts on logins that do not exist
   * are not (nothing changed, and nobody to record them on).
   */
  async signIn(loginInput: string, password: string, meta: ClientMeta, at = now()): Promise<SignedIn> {
    const startedAt = performance.now();
    const login = loginInput.trim().toLowerCase();
    const attempt = await this.throttle.begin(login, meta.device, at);
    const u = await store.userByLogin(this.db, login);
    // Users without a password (single sign-on only) cost the same time as the others.
    const ok =
      (await verifyPassword(u?.password_hash ?? (await decoyHash()), password)) && Boolean(u?.password_hash);
    if (!u || !ok || u.status !== 'active') {
      if (u) {
        await appendChanges(this.db, [
          change(
            u.login,
            u.id,
            'sign_in_failed',
            withAddress({ failures: [attempt.failures - 1, attempt.failures] }, meta.ip),
          ),
          ...(attempt.blockedUntil
            ? [
                change(
                  'system',
                  u.id,
                  'sign_in_throttled',
                  withAddress(
                    {
                      until: [null, attempt.blockedUntil],
                      browser: [null, attempt.trusted ? 'known' : 'unknown'],
                    },
                    meta.ip,
                  ),
                ),
              ]
            : []),
        ]);
      }
      await waitUntil(startedAt, FAILED_ANSWER_MIN_MS);
      throw new Unauthenticated('auth.failed', 'Wrong login or password.', {});
    }
    const signedIn = await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ last_sign_in_at: at.toISOString() })
        .where('id', '=', u.id)
        .execute();
      await this.throttle.succeeded(attempt, trx);
      const session = await openSession(trx, u.id, 'password', meta, at);
      await appendChanges(trx, [
        change(u.login, u.id, 'sign_in', withAddress({ via: [null, 'password'] }, meta.ip)),
      ]);
      return { user: store.toUser(u, []), session };
    });
    return { ...signedIn, device: await this.throttle.issueDevice(u.login, at) };
  }

  /** Ends this session, or every session of the user (a lost laptop, a shared computer left open). */
  async signOut(access: Access, sessionId: number, everywhere = false): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const ended = everywhere
        ? await closeUserSessions(trx, access.userId ?? 0)
        : Number(
            (await trx.deleteFrom('sessions').where('id', '=', sessionId).executeTakeFirst()).numDeletedRows,
          );
      await appendChanges(trx, [
        change(access.actor, access.userId ?? 0, 'sign_out', everywhere ? { sessions: [ended, 0] } : {}),
      ]);
    });
  }

  /** Creates the first admin with the code printed at start; refused once any user exists. */
  async setup(
    input: { code: string; login: string; name: string; password: string },
    meta: ClientMeta,
  ): Promise<SignedIn> {
    const a = Buffer.from(input.code.trim());
    const b = Buffer.from(this.setupCode);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new Invalid('auth.setup_code', 'The setup code is not the one the server printed.', {}, [
        {
          field: 'code',
          code: 'auth.setup_code',
          message: 'The setup code is not the one the server printed.',
        },
      ]);
    }
    await this.checkPassword(input.password, input);
    const hash = await hashPassword(input.password);
    const signedIn = await this.db.transaction().execute(async (trx) => {
      if ((await store.countUsers(trx)) > 0) {
        throw new Conflict('auth.setup_done', 'Vigie already has users: sign in instead.');
      }
      const id = await this.insertUser(trx, 'setup', { login: input.login, name: input.name }, hash, false, [
        { role: 'admin', unitId: null, presenceId: null },
      ]);
      const session = await openSession(trx, id, 'password', meta);
      return { user: await this.userIn(trx, id), session };
    });
    return { ...signedIn, device: await this.throttle.issueDevice(signedIn.user.login, now()) };
  }

  async changePassword(access: Access, current: string, next: string, keepSession?: number): Promise<void> {
    const u = await store.userById(this.db, access.userId ?? 0);
    if (!u) throw new NotFound('user.not_found', 'No such user.', { id: access.userId ?? 0 });
    if (!(await verifyPassword(u.password_hash, current))) {
      throw new Invalid('auth.current_wrong', 'The current password is wrong.', {}, [
        { field: 'current', code: 'auth.current_wrong', message: 'The current password is wrong.' },
      ]);
    }
    if (current === next) {
      throw new Invalid('auth.password_same', 'Choose a password different from the current one.', {}, [
        {
          field: 'next',
          code: 'auth.password_same',
          message: 'Choose a password different from the current one.',
        },
      ]);
    }
    await this.checkPassword(next, u, 'next');
    const hash = await hashPassword(next);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, must_change_password: 0, updated_at: new Date().toISOString() })
        .where('id', '=', u.id)
        .execute();
      // Other sessions (a stolen cookie, a forgotten browser) end with the old password.
      await closeUserSessions(trx, u.id, keepSession);
      await appendChanges(trx, [change(access.actor, u.id, 'password_change', {})]);
    });
  }

  // ---------- administration (users.manage)

  async list(): Promise<User[]> {
    const rows = await store.listUserRows(this.db);
    const grants = await store.grantsByUser(
      this.db,
      rows.map((r) => r.id),
    );
    const at = now();
    const throttle = await this.throttle.state(
      rows.map((r) => r.login),
      at,
    );
    return rows.map((r) => store.toUser(r, grants.get(r.id) ?? [], throttle.get(r.login), at));
  }

  async create(access: Access, given: UserInput): Promise<{ user: User; temporaryPassword?: string }> {
    // The API has checked it already; the CLI has not.
    const input = parseInput(userInputSchema, given);
    if (await store.userByLogin(this.db, input.login)) {
      throw new Conflict('user.login_taken', `The login "${input.login}" is already used.`, {
        login: input.login,
      });
    }
    if (input.password) await this.checkPassword(input.password, input);
    const temporary = input.password ? undefined : temporaryPassword();
    const hash = await hashPassword(input.password ?? (temporary as string));
    const grants = await this.checkGrants(this.db, input.grants ?? []);
    const id = await this.db.transaction().execute(async (trx) => {
      await this.checkPerson(trx, input.personId ?? null);
      return this.insertUser(trx, access.actor, input, hash, Boolean(temporary), grants);
    });
    return { user: await this.user(id), ...(temporary ? { temporaryPassword: temporary } : {}) };
  }

  async patch(access: Access, id: number, given: UserPatch): Promise<User> {
    const patch = parseInput(userPatchSchema, given);
    const before = await this.user(id);
    const grants = patch.grants ? await this.checkGrants(this.db, patch.grants) : null;
    await this.db.transaction().execute(async (trx) => {
      if (patch.personId !== undefined) await this.checkPerson(trx, patch.personId);
      const now = new Date().toISOString();
      const set: Record<string, unknown> = {};
      const diff: ChangeValues['diff'] = {};
      for (const [k, col] of [
        ['name', 'name'],
        ['email', 'email'],
        ['personId', 'person_id'],
        ['status', 'status'],
      ] as const) {
        const v = patch[k];
        if (v !== undefined && v !== before[k]) {
          set[col] = v;
          diff[k] = [before[k], v];
        }
      }
      if (Object.keys(set).length) {
        await trx
          .updateTable('users')
          .set({ ...set, updated_at: now })
          .where('id', '=', id)
          .execute();
      }
      if (grants) {
        const was = before.grants.map(grantLabel).sort();
        const will = grants.map(grantLabel).sort();
        if (was.join('|') !== will.join('|')) {
          await store.replaceGrants(trx, id, grants, now, access.actor);
          diff.grants = [was, will];
        }
      }
      if (patch.status === 'disabled') await closeUserSessions(trx, id);
      await this.keepAnAdmin(trx);
      if (Object.keys(diff).length) await appendChanges(trx, [change(access.actor, id, 'update', diff)]);
    });
    return this.user(id);
  }

  async resetPassword(access: Access, id: number): Promise<{ temporaryPassword: string }> {
    const u = await this.user(id);
    const temporary = temporaryPassword();
    const hash = await hashPassword(temporary);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, must_change_password: 1, updated_at: new Date().toISOString() })
        .where('id', '=', u.id)
        .execute();
      await closeUserSessions(trx, u.id);
      // The person gets in with the temporary password from any browser, throttled or not.
      await this.throttle.clear(u.login, now(), trx);
      await appendChanges(trx, [change(access.actor, u.id, 'password_reset', {})]);
    });
    return { temporaryPassword: temporary };
  }

  /**
   * Clears the sign-in throttling of a user's login (no account is locked any more: this is what
   * "unlock" does now): attempts from every browser are checked again at once.
   */
  async unlock(access: Access, id: number): Promise<User> {
    const u = await this.user(id);
    await this.db.transaction().execute(async (trx) => {
      await this.throttle.clear(u.login, now(), trx);
      await appendChanges(trx, [
        change(access.actor, u.id, 'unlock', {
          failedSignIns: [u.failedSignIns, 0],
          throttledUntil: [u.throttledUntil, null],
        }),
      ]);
    });
    return this.user(id);
  }

  // ---------- helpers

  /**
   * Refuses a password chosen for someone that the policy refuses (src/trust/password-policy.ts),
   * naming the field it came in.
   */
  private async checkPassword(
    password: string,
    who: Omit<PasswordContext, 'organisation'>,
    field = 'password',
  ): Promise<void> {
    const organisation = await getOrganisationName(this.db);
    const issue = await passwordIssue(password, { ...who, organisation }, field);
    if (issue) throw new Invalid(issue.code, issue.message, issue.params ?? {}, [issue]);
  }

  private async userIn(db: Q, id: number): Promise<User> {
    const r = await store.userById(db, id);
    if (!r) throw new NotFound('user.not_found', `No user with id ${id}.`, { id });
    return store.toUser(r, (await store.grantsByUser(db, [id])).get(id) ?? []);
  }

  /** Inserts a user and their grants, and logs it; returns the id. */
  async insertUser(
    trx: Q,
    actor: string,
    input: { login: string; name: string; email?: string | null; personId?: number | null },
    passwordHash: string | null,
    mustChange: boolean,
    grants: GrantRow[],
  ): Promise<number> {
    const now = new Date().toISOString();
    const id = await store.insertUserRow(
      trx,
      { ...input, passwordHash, mustChangePassword: mustChange },
      now,
    );
    await store.replaceGrants(trx, id, grants, now, actor);
    await appendChanges(trx, [
      change(actor, id, 'create', {
        login: [null, input.login],
        name: [null, input.name],
        grants: [null, grants.map((g) => grantLabel(g))],
      }),
    ]);
    return id;
  }

  /** Each grant carries what its role is scoped by, and names something that exists. */
  async checkGrants(db: Q, grants: GrantInput[]): Promise<GrantRow[]> {
    const issues: Issue[] = [];
    const out: GrantRow[] = [];
    for (const [i, g] of grants.entries()) {
      const scope = ROLE_SCOPE[g.role];
      const unitId = g.unitId ?? null;
      const presenceId = g.presenceId ?? null;
      const field = `grants.${i}`;
      if (scope === 'unit' && unitId === null) {
        issues.push({
          field: `${field}.unitId`,
          code: 'user.grant_needs_unit',
          params: { role: g.role },
          message: `A ${g.role} grant names a unit.`,
        });
        continue;
      }
      if (scope === 'presence' && presenceId === null) {
        issues.push({
          field: `${field}.presenceId`,
          code: 'user.grant_needs_presence',
          params: { role: g.role },
          message: `A ${g.role} grant names a presence.`,
        });
        continue;
      }
      if (unitId !== null) {
        const u = await db.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
        if (!u) {
          issues.push({
            field: `${field}.unitId`,
            code: 'user.grant_unknown_unit',
            params: { id: unitId },
            message: `No unit with id ${unitId}.`,
          });
          continue;
        }
      }
      if (presenceId !== null) {
        const p = await db
          .selectFrom('presences')
          .select('id')
          .where('id', '=', presenceId)
          .executeTakeFirst();
        if (!p) {
          issues.push({
            field: `${field}.presenceId`,
            code: 'user.grant_unknown_presence',
            params: { id: presenceId },
            message: `No presence with id ${presenceId}.`,
          });
          continue;
        }
      }
      out.push({
        role: g.role,
        unitId: scope === 'unit' ? unitId : null,
        presenceId: scope === 'presence' ? presenceId : null,
      });
    }
    if (issues.length) {
      throw new Invalid('user.grants_invalid', issues.map((i) => i.message).join(' '), {}, issues);
    }
    return out;
  }

  private async checkPerson(db: Q, personId: number | null): Promise<void> {
    if (personId === null) return;
    const p = await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
    if (!p) {
      throw new Invalid('user.unknown_person', `No person with id ${personId}.`, { id: personId }, [
        {
          field: 'personId',
          code: 'user.unknown_person',
          params: { id: personId },
          message: `No person with id ${personId}.`,
        },
      ]);
    }
  }

  /** Nobody may remove the last active admin: the organisation would lock itself out. */
  private async keepAnAdmin(db: Q): Promise<void> {
    const r = await db
      .selectFrom('grants as g')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .select(db.fn.countAll<number>().as('n'))
      .where('g.role', '=', 'admin')
      .where('u.status', '=', 'active')
      .executeTakeFirst();
    if (Number(r?.n ?? 0) === 0) {
      throw new Conflict('user.last_admin', 'This would leave Vigie without any active admin.');
    }
  }
}

function grantLabel(g: { role: string; unitId: number | null; presenceId: number | null }): string {
  if (g.unitId !== null) return `${g.role}@unit:${g.unitId}`;
  if (g.presenceId !== null) return `${g.role}@presence:${g.presenceId}`;
  return g.role;
}
