import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db';
import { chainHash, GENESIS } from '../log';
import { idColumn } from './helpers';

/**
 * Trust: users and their role grants, sessions, the credential vault (per-unit keys wrapped by a
 * master key kept outside the database), reassignment tasks for leavers, versioned policies and
 * their acknowledgements; and the hash chain that makes the change log tamper-evident.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await idColumn(db.schema.createTable('users'), dialect)
    /** Lower-case sign-in name (usually an e-mail address). */
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    /** The person of the registry this user is (custodian checks, leavers). */
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    /** argon2id PHC string; null for single-sign-on-only users. */
    .addColumn('password_hash', 'text')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    /** The OpenID Connect subject (`iss sub`) once the user has signed in through single sign-on. */
    .addColumn('oidc_subject', 'text', (c) => c.unique())
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('grants'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    /** Unit managers: the unit (and its sub-units). */
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('cascade'))
    /** Community managers and agencies: one named presence per grant. */
    .addColumn('presence_id', 'integer', (c) => c.references('presences.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('grants_user').on('grants').column('user_id').execute();

  await idColumn(db.schema.createTable('sessions'), dialect)
    /** SHA-256 of the cookie's token: the database never holds a usable token. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();

  await db.schema
    .createTable('vault_meta')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    /** A known value encrypted with the master key: a wrong key is detected before any use. */
    .addColumn('key_check', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('vault_keys'), dialect)
    /** Null: the key for presences without a unit. */
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('restrict'))
    /** The unit's data key, encrypted (AES-256-GCM) with the master key. */
    .addColumn('wrapped', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('vault_keys_unit', ['unit_id'])
    .execute();

  await idColumn(db.schema.createTable('secrets'), dialect)
    .addColumn('presence_id', 'integer', (c) => c.notNull().references('presences.id').onDelete('cascade'))
    /** login | password | recovery_codes | totp_seed | note */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key_id', 'integer', (c) => c.notNull().references('vault_keys.id'))
    /** base64 of iv ‖ tag ‖ ciphertext; the AAD binds it to its presence and kind. */
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('secrets_presence_kind', ['presence_id', 'kind'])
    .execute();

  await idColumn(db.schema.createTable('reassignments'), dialect)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('presence_id', 'integer', (c) => c.notNull().references('presences.id').onDelete('cascade'))
    /** owner | deputy | custodian | secret_holder */
    .addColumn('role', 'text', (c) => c.notNull())
    /** open | done | cancelled */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('to_person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .execute();

  await idColumn(db.schema.createTable('policies'), dialect)
    /** policy | charter */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    /** Markdown. */
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('policies_version', ['kind', 'version'])
    .execute();

  await db.schema
    .createTable('acknowledgements')
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acknowledgements_pk', ['policy_id', 'user_id'])
    .execute();

  // The change log becomes a hash chain: each row's hash covers its content and the previous hash.
  await db.schema.alterTable('changes').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('changes').addColumn('hash', 'text').execute();
  await db.schema
    .createTable('log_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_id', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Chain what is already there, oldest first.
  let prev = GENESIS;
  let last = 0;
  let count = 0;
  for (;;) {
    const rows = await sql<{
      id: number;
      at: string;
      actor: string;
      entity: string;
      entity_id: number;
      action: string;
      diff: string;
      batch: string | null;
      reason: string | null;
    }>`select id, at, actor, entity, entity_id, action, diff, batch, reason from changes where id > ${last} order by id limit 2000`.execute(
      db,
    );
    if (!rows.rows.length) break;
    for (const r of rows.rows) {
      const hash = chainHash(prev, r);
      await sql`update changes set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`.execute(db);
      prev = hash;
      last = Number(r.id);
      count++;
    }
  }
  await sql`insert into log_head (id, last_id, hash, count, updated_at) values (1, ${last}, ${prev}, ${count}, ${new Date().toISOString()})`.execute(
    db,
  );
}
