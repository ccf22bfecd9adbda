import type { CreateTableBuilder } from 'kysely';
import type { Dialect } from '../db';

/** An auto-incremented integer primary key `id`, spelled the way each database wants it. */
export function idColumn<T extends string>(table: CreateTableBuilder<T, never>, dialect: Dialect) {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
