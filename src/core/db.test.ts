import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './config';
import { migrate } from './db';
import { forEachDialect } from './testing/dialects';

describe('parseDatabaseUrl', () => {
  it('reads PostgreSQL URLs', () => {
    expect(parseDatabaseUrl('postgres://u:p@h:5432/db')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u:p@h:5432/db',
    });
    expect(parseDatabaseUrl('postgresql://h/db').dialect).toBe('postgres');
  });
  it('reads SQLite forms', () => {
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toMatchObject({ dialect: 'sqlite' });
    expect(parseDatabaseUrl('sqlite:/tmp/a.db')).toEqual({ dialect: 'sqlite', file: '/tmp/a.db' });
    expect(parseDatabaseUrl('/tmp/b.db')).toEqual({ dialect: 'sqlite', file: '/tmp/b.db' });
    expect(parseDatabaseUrl(':memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
  });
});

forEachDialect((t) => {
  it('migrates once, then has nothing left to do', async () => {
    expect(await migrate(t.h)).toEqual([]);
    const tables = await t.h.db.introspection.getTables();
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'organisation',
        'units',
        'people',
        'presences',
        'changes',
        'inventory_imports',
      ]),
    );
  });

  it('stores large audiences as numbers and keeps text as given', async () => {
    const at = new Date().toISOString();
    await t.h.db
      .insertInto('presences')
      .values({
        platform: 'x',
        handle: 'a',
        handle_key: 'a',
        url: 'https://x.com/a',
        name: '<script>alert(1)</script> é',
        unit_id: null,
        owner_id: null,
        deputy_id: null,
        custodian_id: null,
        objective: null,
        status: 'active',
        languages: '[]',
        audience: 3_000_000_000,
        audience_on: null,
        created_on: null,
        last_activity_on: null,
        mfa: 'unknown',
        recovery_contact: 'unknown',
        tags: '[]',
        notes: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const row = await t.h.db.selectFrom('presences').selectAll().executeTakeFirstOrThrow();
    expect(row.audience).toBe(3_000_000_000);
    expect(row.name).toBe('<script>alert(1)</script> é');
  });
});
