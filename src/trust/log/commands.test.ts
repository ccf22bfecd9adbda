// `vigie log …` in process: `verify` exits 0 on an intact chain and with the Conflict code (4) naming
// the first broken entry when a row was altered directly in the database; head, list and export.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Command } from 'commander';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cli } from '../../cli/context';
import { type Access, buildAccess, operatorAccess } from '../../core/access';
import type { Db } from '../../core/db';
import { VigieError } from '../../core/errors';
import { fill, type Locale } from '../../core/i18n';
import { forEachDialect } from '../../core/testing/dialects';
import { logCommands } from './commands';
import { logMessages } from './messages';
import { readHead } from './store';
import { ids, seedLog } from './testing';

function cliFor(h: Db, access: Access, locale: Locale = 'en'): Cli {
  const cli = {
    locale,
    say: (key: string) => key,
    db: async () => h,
    close: async () => {},
    actor: () => 'cli:test',
    json: (cmd: Command) => Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json),
    access: async () => access,
  };
  return cli as unknown as Cli;
}

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

async function run(
  h: Db,
  args: string[],
  access: Access = operatorAccess('cli:test'),
  locale: Locale = 'en',
) {
  const program = new Command('vigie').exitOverride();
  logCommands(program, cliFor(h, access, locale));
  await program.parseAsync(['node', 'vigie', ...args]);
  return out;
}

forEachDialect((t) => {
  describe('vigie log verify', () => {
    it('says the chain is intact, then fails with exit code 4 naming a row altered in the database', async () => {
      await seedLog(t.h.db, 9);
      expect(await run(t.h, ['log', 'verify'])).toMatch(/intact: 9 entries checked, last hash [0-9a-f]{64}/);
      const target = (await ids(t.h.db))[5]!;
      await sql`update changes set actor = ${'someone else'} where id = ${target}`.execute(t.h.db);
      const e = (await run(t.h, ['log', 'verify']).catch((x: unknown) => x)) as VigieError;
      expect(e).toBeInstanceOf(VigieError);
      expect(e.exitCode).toBe(4);
      expect(e.code).toBe('log.broken.content_changed');
      expect(e.message).toContain(`#${target}`);
      expect(e.issues[0]!.params).toMatchObject({ id: String(target), problem: 'content_changed' });
      expect(fill(logMessages['log.broken.content_changed'].fr, e.params, 'fr')).toContain(`n° ${target}`);
    });

    it('prints the report as JSON, and checks an anchored head', async () => {
      await seedLog(t.h.db, 4);
      const head = (await readHead(t.h.db))!;
      await seedLog(t.h.db, 3, 20);
      const r = JSON.parse(
        await run(t.h, [
          'log',
          'verify',
          '--json',
          '--expect',
          head.hash.toUpperCase(),
          '--expect-count',
          '4',
        ]),
      ) as Record<string, unknown>;
      expect(r).toMatchObject({ ok: true, checked: 7, anchor: { matched: true, id: head.last_id } });
      await expect(run(t.h, ['log', 'verify', '--expect', 'f'.repeat(64)])).rejects.toMatchObject({
        code: 'log.anchor_mismatch',
        exitCode: 4,
      });
      await expect(run(t.h, ['log', 'verify', '--expect', 'xyz'])).rejects.toMatchObject({
        code: 'log.bad_hash',
        exitCode: 2,
      });
    });

    it('needs log.read', async () => {
      const analyst = buildAccess({
        userId: 2,
        actor: 'ann',
        personId: null,
        grants: [{ role: 'analyst', unitId: null, presenceId: null }],
        units: [],
      });
      await expect(run(t.h, ['log', 'verify'], analyst)).rejects.toMatchObject({ exitCode: 5 });
      await expect(run(t.h, ['log', 'list'], analyst)).rejects.toMatchObject({ exitCode: 5 });
      await expect(run(t.h, ['log', 'head'], analyst)).rejects.toMatchObject({ exitCode: 5 });
    });
  });

  describe('vigie log head, list, export', () => {
    it('prints the head to anchor', async () => {
      await seedLog(t.h.db, 3);
      const head = (await readHead(t.h.db))!;
      expect(JSON.parse(await run(t.h, ['log', 'head', '--json']))).toMatchObject({
        count: 3,
        lastId: head.last_id,
        hash: head.hash,
      });
      out = '';
      expect(await run(t.h, ['log', 'head'])).toContain(`--expect ${head.hash} --expect-count 3`);
    });

    it('lists with filters, as a table or JSON', async () => {
      await seedLog(t.h.db, 12);
      const page = JSON.parse(
        await run(t.h, ['log', 'list', '--actor', 'alice', '--limit', '4', '--json']),
      ) as {
        entries: { actor: string }[];
        nextBefore: number;
      };
      expect(page.entries).toHaveLength(4);
      expect(page.entries.every((e) => e.actor === 'alice')).toBe(true);
      out = '';
      const table = await run(t.h, ['log', 'list', '--entity', 'user', '--limit', '2']);
      expect(table).toMatch(/user #1\d\d/);
      expect(table).toMatch(/status: .*dormant/);
      expect(table).toMatch(/--before \d+/);
      await expect(run(t.h, ['log', 'list', '--from', 'yesterday'])).rejects.toMatchObject({
        code: 'log.bad_date',
      });
    });

    it('exports to a file that re-verifies with --file; needs export', async () => {
      await seedLog(t.h.db, 6);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-logcli-'));
      try {
        const file = path.join(dir, 'log.jsonl');
        await run(t.h, ['log', 'export', '--out', file]);
        expect(fs.readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(7);
        out = '';
        expect(await run(t.h, ['log', 'verify', '--file', file])).toMatch(/intact: 7 entries/);
        const csv = path.join(dir, 'log.csv');
        await run(t.h, ['log', 'export', '--format', 'csv', '--out', csv, '--action', 'export']);
        expect(fs.readFileSync(csv, 'utf8').trimEnd().split('\r\n')).toHaveLength(3);
        await expect(run(t.h, ['log', 'export', '--format', 'xml'])).rejects.toMatchObject({
          code: 'log.bad_format',
        });
        const noExport = {
          ...operatorAccess('x'),
          require: (p: string) => {
            if (p === 'export') throw new VigieError('forbidden', 'access.forbidden', 'no');
          },
        } as Access;
        await expect(run(t.h, ['log', 'export', '--out', file], noExport)).rejects.toMatchObject({
          exitCode: 5,
        });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

// The issue's "done when", as a person runs it.
const root = path.resolve(import.meta.dirname, '../../..');
describe('vigie log verify (a real process)', { timeout: 120_000 }, () => {
  it('detects a row altered directly in the database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-logbin-'));
    const file = path.join(dir, 'log.db');
    const vigie = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'bin/vigie.mjs'), '--db', `sqlite:${file}`, ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_GB.UTF-8', VIGIE_LANG: '' },
        timeout: 60_000,
      });
    try {
      const csv = path.join(dir, 'inv.csv');
      fs.writeFileSync(
        csv,
        'Platform;URL\nx;https://x.com/one\nx;https://x.com/two\nx;https://x.com/three\n',
      );
      expect(vigie('presences', 'import', csv).status).toBe(0);
      expect(vigie('log', 'verify').status).toBe(0);
      const db = new SQLite(file);
      db.prepare(`update changes set diff = '{"url":[null,"https://evil.example"]}' where id = 2`).run();
      db.close();
      const r = vigie('log', 'verify');
      expect(r.status).toBe(4);
      expect(r.stderr).toContain('#2');
      expect(vigie('--lang', 'fr', 'log', 'verify').stderr).toContain('n° 2');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
