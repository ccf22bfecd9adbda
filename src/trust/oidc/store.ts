// The few queries single sign-on needs: finding a user by their linked identity or their e-mail
// address, and linking. Kysely only, the same on SQLite and PostgreSQL.
import { sql } from 'kysely';
import type { Q } from '../../core/log';

export interface SsoUserRow {
  id: number;
  login: string;
  email: string | null;
  status: string;
  oidc_subject: string | null;
}

const COLUMNS = ['id', 'login', 'email', 'status', 'oidc_subject'] as const;

export async function userBySubject(db: Q, subject: string): Promise<SsoUserRow | undefined> {
  return db.selectFrom('users').select(COLUMNS).where('oidc_subject', '=', subject).executeTakeFirst();
}

/** Users whose e-mail address or login is this (lower-cased) address; more than one is ambiguous. */
export async function usersByEmail(db: Q, email: string): Promise<SsoUserRow[]> {
  return db
    .selectFrom('users')
    .select(COLUMNS)
    .where((eb) =>
      eb.or([eb(sql<string>`lower(email)`, '=', email), eb(sql<string>`lower(login)`, '=', email)]),
    )
    .orderBy('id')
    .limit(5)
    .execute();
}

/** Links an identity to a user not linked yet; false when someone linked it in the meantime. */
export async function linkSubject(db: Q, userId: number, subject: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ oidc_subject: subject, updated_at: now })
    .where('id', '=', userId)
    .where('oidc_subject', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markSignedIn(db: Q, userId: number, now: string): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute();
}
