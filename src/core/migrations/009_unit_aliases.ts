import type { Kysely } from 'kysely';
import type { Dialect } from '../db';

/**
 * Other names of a unit (issue #12, "imports you can trust"): the acronyms and old or short names
 * inventories write for it ("DRH", "RH", "Siège"), so that an import reads them as the unit instead
 * of creating a new one. A JSON array of strings, as presences' `languages` and `tags` are; kept
 * distinct from every unit's name and other names by the registry's service.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('units')
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
