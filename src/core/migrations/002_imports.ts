import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

/** What the platforms' own exports bring: posts, daily metrics, interactions, and a record of each import. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';

  await idColumn(db.schema.createTable('data_imports'), dialect)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', big, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('presence_id', 'integer', (c) => c.references('presences.id').onDelete('set null'))
    .addColumn('presence_created', 'integer', (c) => c.notNull())
    .addColumn('posts', 'integer', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('interactions', 'integer', (c) => c.notNull())
    .addColumn('metrics', 'integer', (c) => c.notNull())
    .addColumn('unknown_fields', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('posts'), dialect)
    .addColumn('presence_id', 'integer', (c) => c.notNull().references('presences.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('media', 'text', (c) => c.notNull())
    .addColumn('likes', big)
    .addColumn('shares', big)
    .addColumn('replies', big)
    .addColumn('quotes', big)
    .addColumn('views', big)
    .addColumn('saves', big)
    .addColumn('clicks', big)
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addUniqueConstraint('posts_presence_external', ['presence_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('posts_presence_time')
    .on('posts')
    .columns(['presence_id', 'published_at'])
    .execute();

  await db.schema
    .createTable('daily_metrics')
    .addColumn('presence_id', 'integer', (c) => c.notNull().references('presences.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('audience', big)
    .addColumn('audience_gained', big)
    .addColumn('impressions', big)
    .addColumn('engagements', big)
    .addColumn('visits', big)
    .addColumn('video_views', big)
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_metrics_pk', ['presence_id', 'day'])
    .execute();

  await idColumn(db.schema.createTable('interactions'), dialect)
    .addColumn('presence_id', 'integer', (c) => c.notNull().references('presences.id').onDelete('cascade'))
    .addColumn('post_external_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('other_platform', 'text', (c) => c.notNull())
    /** Who the other account is: its platform id when known, else its lower-cased handle. */
    .addColumn('other_key', 'text', (c) => c.notNull())
    .addColumn('other_handle', 'text')
    .addColumn('other_name', 'text')
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addUniqueConstraint('interactions_identity', [
      'presence_id',
      'post_external_id',
      'kind',
      'other_platform',
      'other_key',
    ])
    .execute();
  await db.schema
    .createIndex('interactions_other')
    .on('interactions')
    .columns(['other_platform', 'other_key'])
    .execute();
}
