import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db';

/**
 * Sign-in throttling instead of account locks (penetration test, issue #10, finding 6).
 *
 * - `server_secrets`: random secrets the server makes for itself, shared by every instance (the key
 *   that signs device cookies and hides logins in the throttle table). Whoever reads the database
 *   reads them, as they read the password hashes: they protect against people outside it.
 * - `sign_in_throttle`: failed sign-ins counted per login (from browsers that do not carry a device
 *   cookie for it) and per device cookie; whether the login exists or not, so that the counts tell
 *   nothing. Kept in the database rather than in the server's memory so that every instance behind
 *   a load balancer sees the same counts, a restart forgets nothing, and `vigie user unlock` (another
 *   process) clears them.
 *
 * `users.failed_attempts` and `users.locked_until` are no longer read or written (no account is
 * locked by failed attempts any more); they stay, at their neutral values, rather than rebuilding
 * the users table on SQLite.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    /** base64url of 32 random bytes. */
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sign_in_throttle')
    /** `login:<HMAC of the login>` (browsers it does not know) or `device:<HMAC of the cookie's nonce>`. */
    .addColumn('key', 'text', (c) => c.primaryKey())
    /** HMAC of the login, never the login itself (people type their password there by mistake). */
    .addColumn('login_key', 'text', (c) => c.notNull())
    /** Attempts counted since the last success of this key (an attempt counts from its start). */
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    /** No attempt of this key is checked before then (null: not throttled). */
    .addColumn('blocked_until', 'text')
    .execute();
  await db.schema.createIndex('sign_in_throttle_login').on('sign_in_throttle').column('login_key').execute();
  await db.schema
    .createIndex('sign_in_throttle_last')
    .on('sign_in_throttle')
    .column('last_failure_at')
    .execute();

  // Locks set before this version are lifted: nothing enforces them any more.
  await sql`update users set failed_attempts = 0, locked_until = null`.execute(db);
}
