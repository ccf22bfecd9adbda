import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await idColumn(db.schema.createTable('organisation'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('units'), dialect)
    .addColumn('parent_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('people'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('job_title', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_name_key').on('people').column('name_key').execute();

  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  await idColumn(db.schema.createTable('presences'), dialect)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('handle', 'text')
    .addColumn('handle_key', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('owner_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('deputy_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('custodian_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('objective', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('audience', big)
    .addColumn('audience_on', 'text')
    .addColumn('created_on', 'text')
    .addColumn('last_activity_on', 'text')
    .addColumn('mfa', 'text', (c) => c.notNull())
    .addColumn('recovery_contact', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('presences_platform_handle', ['platform', 'handle_key'])
    .execute();
  await db.schema.createIndex('presences_unit').on('presences').column('unit_id').execute();
  await db.schema.createIndex('presences_owner').on('presences').column('owner_id').execute();

  await idColumn(db.schema.createTable('changes'), dialect)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('diff', 'text', (c) => c.notNull())
    .addColumn('batch', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('changes_entity').on('changes').columns(['entity', 'entity_id']).execute();

  await idColumn(db.schema.createTable('inventory_imports'), dialect)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('size', big, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('merged', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('units_created', 'integer', (c) => c.notNull())
    .addColumn('people_created', 'integer', (c) => c.notNull())
    .execute();
}
