// What `backup` and `restore` refuse, on both databases, each error naming the file: a missing file,
// a text file, a backup of the other kind, a truncated backup, an SQLite database that is not Vigie's,
// a backup from a newer Vigie; a destination that exists, is a folder, is in a missing folder or
// cannot be written. Nothing is replaced and no half file is left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db, migrate } from '../core/db';
import { VigieError } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { localiseError } from '../messages';
import { backupDatabase } from './backup';
import { checkSchema } from './inspect';
import { restoreDatabase } from './restore';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ops-bad-'));
const file = (name: string) => path.join(dir, name);
beforeAll(() => {
  fs.writeFileSync(file('notes.txt'), 'Ceci est un fichier texte, pas une sauvegarde.\n');
  fs.writeFileSync(file('fake.dump'), Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(200, 7)]));
  const other = new SQLite(file('other.db'));
  other.exec('create table notes (id integer primary key, body text); insert into notes (body) values (1)');
  other.pragma('journal_mode = DELETE');
  other.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const env = { VIGIE_MASTER_KEY_AUTO: 'off' };

async function refusal(p: Promise<unknown>): Promise<VigieError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof VigieError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

forEachDialect((t) => {
  it('refuses bad backup files and bad destinations, naming the file', async () => {
    const d = t.dialect;
    // SQLite restores into a file (an in-memory database has none); PostgreSQL into the test's database.
    let target: Db = t.h;
    if (d === 'sqlite') {
      target = createDb(`sqlite:${file('target.db')}`);
      await migrate(target);
    }
    try {
      const good = file(`good-${d}.vigie`);
      await backupDatabase(t.h, { out: good, actor: 'test', env });
      const restore = (f: string) => restoreDatabase(target, { file: f, force: true, actor: 'test', env });

      const missing = await refusal(restore(file('absent.vigie')));
      expect([missing.code, missing.kind]).toEqual(['ops.file_missing', 'invalid']);
      expect(missing.message).toContain(file('absent.vigie'));
      expect(localiseError(missing, 'fr')).toBe(`${file('absent.vigie')} : fichier introuvable.`);

      const text = await refusal(restore(file('notes.txt')));
      expect(text.code).toBe('ops.not_a_backup');
      expect(text.message).toContain(file('notes.txt'));

      const otherKind = await refusal(restore(d === 'sqlite' ? file('fake.dump') : file('other.db')));
      expect(otherKind.code).toBe('ops.wrong_kind');
      expect(otherKind.message).toContain(
        d === 'sqlite' ? 'a database on PostgreSQL' : 'a database on SQLite',
      );

      const whole = fs.readFileSync(good);
      fs.writeFileSync(file(`cut-${d}.vigie`), whole.subarray(0, Math.floor(whole.length * 0.6)));
      const cut = await refusal(restore(file(`cut-${d}.vigie`)));
      expect(cut.code).toBe(d === 'sqlite' ? 'ops.truncated' : 'ops.damaged');
      expect(cut.message).toContain(file(`cut-${d}.vigie`));

      if (d === 'sqlite') {
        const notVigie = await refusal(restore(file('other.db')));
        expect(notVigie.code).toBe('ops.not_vigie');
        // A backup from a Vigie with one more migration than this one.
        fs.copyFileSync(good, file('future.vigie'));
        const future = new SQLite(file('future.vigie'));
        future.prepare("insert into kysely_migration (name, timestamp) values ('999_future', 'x')").run();
        future.close();
        const newer = await refusal(restore(file('future.vigie')));
        expect(newer.code).toBe('ops.schema_newer');
        expect(newer.message).toContain('999_future');
        // Another process holding the database file (a running server): refused, nothing replaced.
        const server = new SQLite(file('target.db'));
        server.pragma('journal_mode = WAL');
        server.prepare('select count(*) from units').get();
        const busy = await refusal(restore(good));
        expect([busy.code, busy.kind]).toEqual(['ops.sqlite_in_use', 'unavailable']);
        server.close();
        expect(fs.readdirSync(dir).filter((f) => f.startsWith('.target.db'))).toEqual([]);
      }

      // Destinations.
      const exists = await refusal(backupDatabase(t.h, { out: good, actor: 'test', env }));
      expect([exists.code, exists.kind]).toEqual(['ops.out_exists', 'conflict']);
      const replaced = await backupDatabase(t.h, { out: good, force: true, actor: 'test', env });
      expect(replaced.file).toBe(good);
      expect((await refusal(backupDatabase(t.h, { out: dir, actor: 'test', env }))).code).toBe(
        'ops.out_is_folder',
      );
      const nowhere = file('no-such-folder/x.vigie');
      const noDir = await refusal(backupDatabase(t.h, { out: nowhere, actor: 'test', env }));
      expect(noDir.code).toBe('ops.out_dir_missing');
      expect(noDir.message).toContain(nowhere);
      // A folder that cannot be written: /sys refuses even root; others get a folder made read-only.
      const locked = process.getuid?.() === 0 ? '/sys' : file('locked');
      if (locked !== '/sys') fs.mkdirSync(locked, { mode: 0o500 });
      if (fs.existsSync(locked)) {
        const denied = await refusal(
          backupDatabase(t.h, { out: path.join(locked, 'x.vigie'), actor: 'test', env }),
        );
        expect(denied.code).toBe('ops.out_denied');
        expect(denied.message).toContain(path.join(locked, 'x.vigie'));
      }
      // No temporary file was left anywhere.
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      if (target !== t.h) await target.close();
    }
  });
});

it('tells a newer schema from an unknown one', () => {
  expect(() => checkSchema('b.vigie', ['001_registry'])).not.toThrow();
  expect(() => checkSchema('b.vigie', ['002_imports'])).toThrow(/does not have in the same order/);
});
