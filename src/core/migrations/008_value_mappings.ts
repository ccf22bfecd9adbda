import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

/**
 * What an organisation's inventories mean by their own words (issue #11, "values, not only
 * columns"): "Bilingual" in the language column of the file "Inventaire réseaux sociaux" means
 * fr/en. Said once in an import's preview (or with `--values`), remembered per source for the next
 * import of the same file. Every change is also in the change log (entity `value_mapping`).
 *
 * - `source`: the file's name without dates, versions and copy marks, folded, or a name the person
 *   gave (src/registry/inventory/valuemap.ts, `sourceKey`).
 * - `value_key`: the value folded (case, accents, punctuation and spaces do not matter);
 *   `value` keeps the spelling first mapped, to show.
 * - `meaning`: Vigie's own word for it (`fr/en`, `dormant`, `on`, `2021-01-01`, `linkedin`) or
 *   `ignore` (the cell counts as empty).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await idColumn(db.schema.createTable('inventory_value_mappings'), dialect)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value_key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('meaning', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('inventory_value_mappings_one', ['source', 'field', 'value_key'])
    .execute();
}
