import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

/**
 * The audit (method steps a–h): settings, audits with their frozen items, the action plan, message
 * templates and KPIs; and the presence's bio, which the brand charter checks.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('presences').addColumn('bio', 'text').execute();

  await db.schema
    .createTable('audit_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    /** JSON: RuleSettings (src/audit/model.ts). */
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('audits'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('previous_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('audit_items'), dialect)
    .addColumn('audit_id', 'integer', (c) => c.notNull().references('audits.id').onDelete('cascade'))
    /** Not a foreign key: the item keeps its snapshot when the presence is later deleted. */
    .addColumn('presence_id', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull())
    .addColumn('recommendation_into', 'integer')
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decision_into', 'integer')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addUniqueConstraint('audit_items_presence', ['audit_id', 'presence_id'])
    .execute();

  await idColumn(db.schema.createTable('audit_tasks'), dialect)
    .addColumn('audit_id', 'integer', (c) => c.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('presence_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('owner_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_tasks_audit')
    .on('audit_tasks')
    .columns(['audit_id', 'presence_id'])
    .execute();

  await idColumn(db.schema.createTable('audit_templates'), dialect)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('audit_templates_key', ['kind', 'language', 'platform'])
    .execute();

  await idColumn(db.schema.createTable('kpis'), dialect)
    .addColumn('presence_id', 'integer', (c) => c.notNull().references('presences.id').onDelete('cascade'))
    .addColumn('audit_id', 'integer', (c) => c.references('audits.id').onDelete('set null'))
    .addColumn('objective', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('target', 'real', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('baseline', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('kpis_presence_metric', ['presence_id', 'metric', 'period'])
    .execute();
}
