// `vigie vault …` and `vigie leavers …` run in this process on a real SQLite file (the value of a
// secret arrives on standard input, never on the command line).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCli } from '../../cli/context';
import { createDb, type Db } from '../../core/db';
import { VigieError } from '../../core/errors';
import { leaverCommands } from '../leavers/commands';
import { openReassignments } from '../leavers/service';
import { vaultCommands } from './commands';
import { person, presence } from './testing';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-vault-cli-'));
const dbFile = path.join(dir, 'vigie.db');
const devKey = path.join(dir, 'vigie.master.key');
let h: Db;
let p1: number;
let leaver: number;
let keeper: number;

async function run(
  args: string[],
  stdin?: string,
): Promise<{ out: string; err: string; error: VigieError | null }> {
  const program = new Command('vigie').option('--db <url>').option('--as <login>').exitOverride();
  program.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  const cli = createCli(program, 'en');
  vaultCommands(program, cli);
  leaverCommands(program, cli);
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  const realStdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  if (stdin !== undefined)
    Object.defineProperty(process, 'stdin', {
      value: Readable.from([Buffer.from(stdin)]),
      configurable: true,
    });
  let error: VigieError | null = null;
  try {
    await program.parseAsync(['--db', `sqlite:${dbFile}`, ...args], { from: 'user' });
  } catch (x) {
    if (x instanceof VigieError) error = x;
    else if (!(x as { code?: string }).code?.startsWith('commander.')) throw x;
    else error = new VigieError('invalid', (x as { code: string }).code, String(x));
  } finally {
    if (realStdin) Object.defineProperty(process, 'stdin', realStdin);
    o.mockRestore();
    e.mockRestore();
    await cli.close();
  }
  return { out, err, error };
}

beforeAll(async () => {
  await run(['vault', 'status', '--json']); // creates and migrates the database
  h = createDb(`sqlite:${dbFile}`);
  leaver = await person(h, 'Léa Leaver');
  keeper = await person(h, 'Carl Keeper');
  p1 = await presence(h, { ownerId: leaver, custodianId: leaver, name: 'Main account' });
});

afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  process.exitCode = undefined;
});

describe('vigie vault', () => {
  it('stores from standard input, reveals with a reason, rotates the master key', async () => {
    const empty = JSON.parse((await run(['vault', 'status', '--json'])).out);
    expect(empty).toMatchObject({ keyOk: true, keyAvailable: false, secrets: 0 });
    const value = "p@ss'; drop table secrets; --\nsecond line";
    const put = await run(['vault', 'put', String(p1), 'password', '--reason', 'first'], `${value}\n`);
    expect(put.error).toBeNull();
    expect(put.err).toContain('vigie.master.key');
    expect(fs.existsSync(devKey)).toBe(true);
    const noReason = await run(['vault', 'reveal', String(p1), 'password']);
    expect(noReason.error?.code).toBe('commander.missingMandatoryOptionValue');
    const short = await run(['vault', 'reveal', String(p1), 'password', '--reason', 'no']);
    expect(short.error?.kind).toBe('invalid');
    const shown = await run(['vault', 'reveal', String(p1), 'password', '--reason', 'checking the CLI']);
    expect(shown.error).toBeNull();
    expect(shown.out).toBe(`${value}\n`);
    const status = JSON.parse((await run(['vault', 'status', '--json'])).out);
    expect(status).toMatchObject({ keyOk: true, keyAvailable: true, secrets: 1, byKind: { password: 1 } });
    const changes = JSON.stringify(await h.db.selectFrom('changes').selectAll().execute());
    expect(changes).not.toContain('drop table');
    expect(changes).toContain('checking the CLI');

    const newFile = path.join(dir, 'next.key');
    expect((await run(['vault', 'keygen', newFile])).error).toBeNull();
    expect((await run(['vault', 'keygen', newFile])).error?.code).toBe('vault.key_file_exists');
    const rotated = await run(['vault', 'rotate-master', '--new-key-file', newFile, '--json']);
    expect(rotated.error).toBeNull();
    expect(JSON.parse(rotated.out)).toMatchObject({
      keys: 1,
      secrets: 1,
      unreadable: 0,
      devKeyFileUpdated: devKey,
    });
    expect(fs.readFileSync(devKey, 'utf8')).toBe(fs.readFileSync(newFile, 'utf8'));
    const again = await run([
      'vault',
      'reveal',
      String(p1),
      'password',
      '--reason',
      'after rotation',
      '--json',
    ]);
    expect(JSON.parse(again.out)).toEqual({ kind: 'password', value });

    // A wrong key in the environment: status says so, with the Unavailable exit code; reveal refuses.
    process.env.VIGIE_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');
    try {
      const bad = await run(['vault', 'status', '--json']);
      expect(JSON.parse(bad.out)).toMatchObject({ keyOk: false, problem: { code: 'vault.key_wrong' } });
      expect(process.exitCode).toBe(6);
      const refused = await run([
        'vault',
        'reveal',
        String(p1),
        'password',
        '--reason',
        'with the wrong key',
      ]);
      expect(refused.error?.code).toBe('vault.key_wrong');
      expect(refused.out).toBe('');
    } finally {
      delete process.env.VIGIE_MASTER_KEY;
    }
  });
});

describe('vigie leavers', () => {
  it('lists and reassigns', async () => {
    await h.db.transaction().execute(async (trx) => {
      await trx.updateTable('people').set({ status: 'left' }).where('id', '=', leaver).execute();
      await openReassignments(trx, leaver, 'test');
    });
    const list = JSON.parse((await run(['leavers', 'list', '--person', String(leaver), '--json'])).out) as {
      id: number;
      role: string;
    }[];
    expect(list.map((x) => x.role).sort()).toEqual(['custodian', 'owner']);
    const table = await run(['leavers', 'list']);
    expect(table.out).toContain('Main account');
    const own = list.find((x) => x.role === 'owner')!;
    const done = await run(['leavers', 'reassign', String(own.id), '--to', String(keeper)]);
    expect(done.error).toBeNull();
    expect(done.out).toContain('Carl Keeper');
    expect((await run(['leavers', 'reassign', String(own.id), '--to', String(keeper)])).error?.code).toBe(
      'reassignment.closed',
    );
    expect((await run(['leavers', 'reassign', 'x', '--to', '1'])).error?.code).toBe('request.bad_id');
    expect((await run(['leavers', 'scan', '--json'])).out).toContain('"opened":[]');
    expect(JSON.parse((await run(['leavers', 'list', '--json'])).out)).toHaveLength(1);
  });
});
