import type { Kysely } from 'kysely';
import type { Dialect } from '../db';

/**
 * Optimistic concurrency for the registry's records (issue #11, "two people at once").
 *
 * `version` counts the changes made to a presence, a unit or a person: every write that changes the
 * row adds one, in the same statement, and records exactly one `update` in the change log. An edit
 * carries the version its author saw; the update is `… where id = ? and version = ?`, so two edits
 * made from the same version cannot both succeed, and the one that arrives second is told what
 * changed since (the log's last `current − seen` updates of that record).
 *
 * A counter rather than `updated_at`: two changes in the same millisecond stay distinct, and a
 * clock that goes back (another server, a restored backup) cannot make an old edit look current.
 * Existing rows start at 1: only differences between versions are ever read.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  for (const table of ['presences', 'units', 'people']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
