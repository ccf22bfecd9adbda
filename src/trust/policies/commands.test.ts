// `vigie policies list|publish|pending` in process, on both databases: a version published from a
// Markdown file, file problems that name the file, refusals for users without policies.manage, and
// who has not acknowledged the current versions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cli } from '../../cli/context';
import type { Access, Permission } from '../../core/access';
import type { Db } from '../../core/db';
import { Forbidden, Invalid, type VigieError } from '../../core/errors';
import type { Locale } from '../../core/i18n';
import { forEachDialect } from '../../core/testing/dialects';
import type { Policy } from '../model';
import { policiesCommands, readPolicyFile } from './commands';
import { PolicyService } from './service';
import { addUser, HOSTILE_BODY, HOSTILE_TITLE, input } from './testing';

function cliFor(h: Db, access: Access, locale: Locale = 'en'): Cli {
  const cli = {
    locale,
    say: (key: string) => key,
    db: async () => h,
    close: async () => {},
    json: (cmd: Command) => Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json),
    access: async () => access,
    allow: async (p: Permission) => {
      access.require(p);
      return access;
    },
  };
  return cli as unknown as Cli;
}

let out = '';
let dir = '';
beforeEach(() => {
  out = '';
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-policies-'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(h: Db, access: Access, args: string[], locale: Locale = 'en') {
  out = '';
  const program = new Command('vigie').exitOverride();
  policiesCommands(program, cliFor(h, access, locale));
  await program.parseAsync(['node', 'vigie', ...args]);
  return out;
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function caught(p: Promise<unknown>): Promise<VigieError> {
  try {
    await p;
  } catch (e) {
    return e as VigieError;
  }
  throw new Error('expected an error');
}

describe('readPolicyFile', () => {
  it('reads UTF-8 Markdown and drops a byte-order mark', () => {
    expect(readPolicyFile(file('a.md', '\ufeff# Politique\n\nTexte — é'))).toBe('# Politique\n\nTexte — é');
  });

  it('names the file of every problem', () => {
    const cases: [string, string][] = [
      [path.join(dir, 'missing.md'), 'policy.file_missing'],
      [dir, 'policy.file_is_folder'],
      [file('empty.md', ' \n\t\n'), 'policy.file_empty'],
      [
        file('latin1.md', Buffer.from([0x43, 0x68, 0x61, 0x72, 0x74, 0x65, 0x20, 0xe9, 0x0a])),
        'policy.file_not_utf8',
      ],
      [file('huge.md', 'x'.repeat(200_001)), 'policy.file_too_large'],
    ];
    for (const [p, code] of cases) {
      let e: VigieError | null = null;
      try {
        readPolicyFile(p);
      } catch (x) {
        e = x as VigieError;
      }
      expect(e, code).toBeInstanceOf(Invalid);
      expect(e?.code).toBe(code);
      expect(e?.message).toContain(p);
      expect(e?.issues[0]?.file).toBe(p);
    }
  });
});

forEachDialect((t) => {
  describe('vigie policies', () => {
    it('publishes a version from a file, lists versions and who has not acknowledged', async () => {
      const admin = await addUser(t.h, 'admin', { login: 'aline@test.example', name: 'Aline' });
      const reader = await addUser(t.h, 'analyst', { login: 'bruno@test.example', name: 'Bruno' });
      const body = file('politique.md', '# Politique\n\nRègles communes.\n');
      expect(
        await run(t.h, admin.access, [
          'policies',
          'publish',
          '--kind',
          'policy',
          '--title',
          'Politique d’usage',
          '--file',
          body,
          '--lang',
          'fr',
        ]),
      ).toMatch(/^Published version 1 of the social-media policy \(#\d+\): “Politique d’usage”\.\n$/);
      const json = JSON.parse(
        await run(t.h, admin.access, [
          'policies',
          'publish',
          '--kind',
          'policy',
          '--title',
          'Politique d’usage',
          '--file',
          body,
          '--summary',
          'MFA obligatoire',
          '--json',
        ]),
      ) as Policy;
      expect([json.version, json.summary, json.language, json.body]).toEqual([
        2,
        'MFA obligatoire',
        'en',
        '# Politique\n\nRègles communes.\n',
      ]);

      const list = await run(t.h, admin.access, ['policies', 'list']);
      expect(list).toMatch(/Acknowledged\s+Pending/);
      expect(list.split('\n').filter((l) => /social-media policy/.test(l))).toHaveLength(2);

      await new PolicyService(t.h).acknowledge(admin.access, json.id);
      const pending = await run(t.h, admin.access, ['policies', 'pending']);
      expect(pending).toMatch(
        /“Politique d’usage” version 2: 1 of 2 active users have not acknowledged it\./,
      );
      expect(pending).toContain('bruno@test.example');
      expect(pending).not.toContain('aline@test.example');
      const v1 = (await new PolicyService(t.h).list(admin.access)).find((p) => p.version === 1)!;
      const old = JSON.parse(
        await run(t.h, admin.access, ['policies', 'pending', '--id', String(v1.id), '--json']),
      );
      expect(old[0]).toMatchObject({ id: v1.id, version: 1, current: false, total: 2 });
      expect(old[0].pending.map((u: { login: string }) => u.login).sort()).toEqual([
        'aline@test.example',
        'bruno@test.example',
      ]);

      // Readers list, without counts; they may not publish nor see who is pending.
      const seen = await run(t.h, reader.access, ['policies', 'list'], 'fr');
      expect(seen).toMatch(/En vigueur/);
      expect(seen).not.toMatch(/En attente/);
      const refused = await caught(
        run(t.h, reader.access, ['policies', 'publish', '--kind', 'policy', '--title', 'X', '--file', body]),
      );
      expect(refused).toBeInstanceOf(Forbidden);
      await expect(run(t.h, reader.access, ['policies', 'pending'])).rejects.toBeInstanceOf(Forbidden);
    });

    it('refuses a bad file or a bad option naming it, and stores nothing', async () => {
      const admin = await addUser(t.h, 'admin');
      const missing = path.join(dir, 'nope.md');
      const e = await caught(
        run(t.h, admin.access, [
          'policies',
          'publish',
          '--kind',
          'policy',
          '--title',
          'T',
          '--file',
          missing,
        ]),
      );
      expect(e).toBeInstanceOf(Invalid);
      expect(e.message).toContain(missing);
      const ok = file('ok.md', 'Texte');
      const bad = await caught(
        run(t.h, admin.access, [
          'policies',
          'publish',
          '--kind',
          'manifesto',
          '--title',
          'T',
          '--file',
          ok,
          '--lang',
          'de',
        ]),
      );
      expect(bad.issues.map((i) => i.field).sort()).toEqual(['kind', 'language']);
      expect(await t.h.db.selectFrom('policies').selectAll().execute()).toEqual([]);
    });

    it('keeps a hostile title and body exactly', async () => {
      const admin = await addUser(t.h, 'admin');
      const p = file('hostile.md', HOSTILE_BODY);
      const r = JSON.parse(
        await run(t.h, admin.access, [
          'policies',
          'publish',
          '--kind',
          'charter',
          '--title',
          HOSTILE_TITLE,
          '--file',
          p,
          '--json',
        ]),
      ) as Policy;
      const back = await new PolicyService(t.h).get(admin.access, r.id);
      expect([back.title, back.body]).toEqual([HOSTILE_TITLE, HOSTILE_BODY]);
      expect(await run(t.h, admin.access, ['policies', 'list'])).toContain('<script>');
    });

    it('says when nothing is published or nobody is pending', async () => {
      const admin = await addUser(t.h, 'admin');
      expect(await run(t.h, admin.access, ['policies', 'list'])).toBe('No policy published yet.\n');
      expect(await run(t.h, admin.access, ['policies', 'pending'])).toBe('No policy published yet.\n');
      const p = await new PolicyService(t.h).publish(
        admin.access,
        input({ kind: 'charter', title: 'Charte' }),
      );
      await new PolicyService(t.h).acknowledge(admin.access, p.id);
      expect(await run(t.h, admin.access, ['policies', 'pending'])).toMatch(
        /“Charte” version 1: every active user has acknowledged it\./,
      );
    });
  });
});
