// Who a single-sign-on identity is in Vigie, and opening their session. No account is ever created
// here: administrators create users and give roles; single sign-on only finds them.
//
// The matching rule:
// 1. a user already linked to this identity (`users.oidc_subject` = `iss sub`) is that user;
// 2. otherwise the provider must vouch for the e-mail address (`email_verified` true), and exactly
//    one user must have it as `email` or as `login` (case-insensitive); that user must not be linked
//    to another identity; the identity is then linked to them, so that a later change of address at
//    the provider does not lose the account, and another account cannot take it over;
// 3. the user must be active (a disabled user is refused like an unknown one). The password lock
//    (failed attempts) does not apply: it protects the password, which single sign-on does not use.
// Every sign-in and every refusal of a known identity is written to the change log.
import type { Kysely } from 'kysely';
import { appendChanges, type ChangeValues, type Q } from '../../core/log';
import type { Database } from '../../core/schema';
import { type OpenedSession, openSession, withAddress } from '../sessions';
import type { OidcIdentity } from './client';
import type { OidcErrorCode } from './messages';
import * as store from './store';

export interface ClientMeta {
  ip?: string | null;
  userAgent?: string | null;
}

export type SsoOutcome =
  | { ok: true; userId: number; login: string; linked: boolean; session: OpenedSession }
  | { ok: false; code: OidcErrorCode; userId: number | null };

function change(
  actor: string,
  entityId: number,
  action: string,
  diff: ChangeValues['diff'],
  ip: string | null,
) {
  return {
    at: new Date().toISOString(),
    actor,
    entity: 'user' as const,
    entity_id: entityId,
    action,
    // The client's address is a field of the change, never its reason (see withAddress).
    diff: withAddress(diff, ip),
    batch: null,
    reason: null,
  };
}

type Refusal = { ok: false; refuse: OidcErrorCode; user?: store.SsoUserRow };
type Match = { ok: true; user: store.SsoUserRow; link: boolean } | Refusal;

async function match(db: Q, identity: OidcIdentity): Promise<Match> {
  const linked = await store.userBySubject(db, identity.subject);
  if (linked) {
    return linked.status === 'active'
      ? { ok: true, user: linked, link: false }
      : { ok: false, refuse: 'sso_unknown_user', user: linked };
  }
  if (!identity.email) return { ok: false, refuse: 'sso_unknown_user' };
  if (!identity.emailVerified) return { ok: false, refuse: 'sso_email_unverified' };
  const found = await store.usersByEmail(db, identity.email);
  if (found.length === 0) return { ok: false, refuse: 'sso_unknown_user' };
  if (found.length > 1) return { ok: false, refuse: 'sso_conflict' };
  const user = found[0] as store.SsoUserRow;
  if (user.status !== 'active') return { ok: false, refuse: 'sso_unknown_user', user };
  if (user.oidc_subject && user.oidc_subject !== identity.subject) {
    return { ok: false, refuse: 'sso_conflict', user };
  }
  return { ok: true, user, link: true };
}

/**
 * Finds the user an identity belongs to (linking it on first use) and opens a session, all in one
 * transaction with its log entries; or says why not (and logs the refusal).
 */
export async function signInWithOidc(
  db: Kysely<Database>,
  identity: OidcIdentity,
  meta: ClientMeta,
  now = new Date(),
): Promise<SsoOutcome> {
  const ip = meta.ip ?? null;
  const at = now.toISOString();
  const outcome = await db
    .transaction()
    .execute(async (trx): Promise<Extract<SsoOutcome, { ok: true }> | Refusal> => {
      const m = await match(trx, identity);
      if (!m.ok) return m;
      const { user } = m;
      const changes: ChangeValues[] = [];
      if (m.link) {
        if (!(await store.linkSubject(trx, user.id, identity.subject, at))) {
          return { ok: false, refuse: 'sso_conflict', user };
        }
        changes.push(change(user.login, user.id, 'update', { oidcSubject: [null, identity.subject] }, ip));
      }
      await store.markSignedIn(trx, user.id, at);
      const session = await openSession(trx, user.id, 'oidc', meta, now);
      changes.push(change(user.login, user.id, 'sign_in', { via: [null, 'oidc'] }, ip));
      await appendChanges(trx, changes);
      return { ok: true, userId: user.id, login: user.login, linked: m.link, session };
    });
  if (outcome.ok) return outcome;
  // A refusal: nothing was written above; the log keeps who tried (the address the provider gave).
  const user = outcome.user;
  await appendChanges(db, [
    change(
      user?.login ?? 'anonymous',
      user?.id ?? 0,
      'sign_in_failed',
      {
        via: [null, 'oidc'],
        ...(user ? {} : { email: [null, identity.email] }),
        refused: [null, outcome.refuse],
      },
      ip,
    ),
  ]);
  return { ok: false, code: outcome.refuse, userId: user?.id ?? null };
}
