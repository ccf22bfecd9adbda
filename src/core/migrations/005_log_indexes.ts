import type { Kysely } from 'kysely';
import type { Dialect } from '../db';

/**
 * The change log's filters on large logs: a date range (`at`), and an action, newest first
 * (`action, id`: rare actions such as `reveal` are found without walking the whole log).
 * Entity and entity id already have `changes_entity`; the primary key serves the other pages.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('changes_at').on('changes').column('at').execute();
  await db.schema.createIndex('changes_action_id').on('changes').columns(['action', 'id']).execute();
}
