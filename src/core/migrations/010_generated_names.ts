import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db';

/**
 * An audit run without a name gets one that Vigie words ("Audit of the organisation as of 7 December
 * 2026", "Audit de l'organisation au 7 décembre 2026"). It used to be stored in the language of the
 * person who ran it; now it is marked generated and worded for each reader from its scope and date
 * (issue #12, "one language"). Audits stored earlier whose name is one of those two wordings are
 * marked generated too, so that they read right in both languages.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('audits')
    .addColumn('name_generated', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    UPDATE audits SET name_generated = 1
    WHERE (name LIKE 'Audit of % as of %' OR name LIKE 'Audit de % au %')
  `.execute(db);
}
