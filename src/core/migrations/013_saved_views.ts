import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

/**
 * Saved views of a table (issue #12, "tables like the ones people like"): a person names the filters
 * and columns they use ("My abandoned Facebook pages") and opens them again from a menu or with
 * `vigie presences list --view`. A view is its user's own: one row per user, page and name. `page`
 * names the table (only `presences` so far); `filters` is the list's query as JSON (the keys and
 * values GET /api/presences accepts); `columns` the optional columns shown, as a JSON array, or null
 * for the table's default. Deleting a user deletes their views.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await idColumn(db.schema.createTable('saved_views'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('page', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('columns', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('saved_views_user_page_name', ['user_id', 'page', 'name'])
    .execute();
}
