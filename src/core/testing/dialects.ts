// Runs one test suite on every database Vigie supports, as Kysely's own suite does: each test gets
// a fresh, migrated database (SQLite in memory; PostgreSQL as a new database in the test cluster).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, inject } from 'vitest';
import { createDb, type Db, type Dialect, migrate } from '../db';

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export interface DialectContext {
  dialect: Dialect;
  /** The current test's database (valid inside a test or hook). */
  readonly h: Db;
}

function withDatabase(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new migrated database of the given dialect; close it when done (dropping it for PostgreSQL). */
export async function freshDb(dialect: Dialect): Promise<Db> {
  if (dialect === 'sqlite') {
    const h = createDb('sqlite::memory:');
    await migrate(h);
    return h;
  }
  const base = inject('pgUrl');
  if (!base) throw new Error('no PostgreSQL for this test run');
  const name = `vigie_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  // A copy of the run's migrated template (src/core/testing/postgres.ts); migrated here without one.
  const template = inject('pgTemplate');
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const h = createDb(withDatabase(base, name));
  if (!template) await migrate(h);
  return {
    ...h,
    async close() {
      await h.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function pgAvailable(): boolean {
  return Boolean(inject('pgUrl'));
}

/** `forEachDialect((t) => { it('…', async () => { t.h.db … }) })` */
export function forEachDialect(suite: (t: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    const run = dialect === 'postgres' && !pgAvailable() ? describe.skip : describe;
    run(dialect, () => {
      let current: Db | null = null;
      beforeEach(async () => {
        current = await freshDb(dialect);
      });
      afterEach(async () => {
        await current?.close();
        current = null;
      });
      suite({
        dialect,
        get h() {
          if (!current) throw new Error('database used outside a test');
          return current;
        },
      });
    });
  }
}
