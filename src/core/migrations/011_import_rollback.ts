import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

/**
 * Undoing a bulk edit and rolling back an import (issue #12, "undo of a bulk edit or a whole
 * import"). The change log says what a batch changed, but by name ("owner: Jean Martin → …"), and
 * two people may share a name: it cannot say exactly what to put back. So a batch now keeps, beside
 * the log, what undoing it needs:
 *
 * - `batch_snapshots`: one row per record a bulk edit or an inventory import created or changed
 *   (`batch`, as in the log: `bulk:…`, `import:12`): its `version` right after the batch (a record
 *   at another version was changed since, and undoing refuses) and, for a change, the fields it
 *   changed as they were before (`previous`, JSON, in the registry's patch terms: `ownerId`, not a
 *   name). `undone_at`/`undone_by`: when the batch was undone (an undo is done once).
 * - `inventory_imports.rolled_back_at`/`rolled_back_by` and the same on `data_imports`: the
 *   import was rolled back, when and by whom.
 * - `data_imports.metrics_replaced`: how many days of metrics the import found already stored and
 *   filled in (their earlier figures are not kept, so such an import cannot be rolled back); null
 *   for imports made before this migration (not counted).
 *
 * Batches made before this migration have no snapshot: they cannot be undone (the service says so).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await idColumn(db.schema.createTable('batch_snapshots'), dialect)
    .addColumn('batch', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('previous', 'text')
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('batch_snapshots_batch').on('batch_snapshots').column('batch').execute();
  // One column per statement: SQLite adds one at a time.
  for (const table of ['inventory_imports', 'data_imports']) {
    await db.schema.alterTable(table).addColumn('rolled_back_at', 'text').execute();
    await db.schema.alterTable(table).addColumn('rolled_back_by', 'text').execute();
  }
  await db.schema.alterTable('data_imports').addColumn('metrics_replaced', 'integer').execute();
}
