// Every role × every CLI command, on both databases, as the API's matrix does for routes
// (src/trust/matrix.test.ts): the expected roles are written here by hand from the roles,
// and every command `vigie` has must be listed, so a new command without a decision fails this
// test. Commands run in this process against the test's database, acting as `--as <login>`.
// Allowed: the command gets past its guard (it may still refuse its input); refused: it answers
// "forbidden" (exit 5) or, out of the role's scope, "not found" (exit 3), and changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type GrantRow, operatorAccess, type Role } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { loadDemo } from '../demo/loader';
import { batchRecords } from '../imports/batches';
import { importRecords } from '../imports/pipeline';
import { importInventory } from '../registry/inventory/service';
import { RegistryService } from '../registry/service';
import { ROLE_SETS } from '../trust/testing';
import { newKey } from '../trust/vault/crypto';
import { user } from '../trust/vault/testing';
import { leaves, program, run } from './testing';

const { ALL, READERS, UNIT_AUDIT, A, AU, AUC, IMPORTERS, LOG, CUSTODY } = ROLE_SETS;

/** Who may run each command that acts as a user. */
const EXPECTED: Record<string, readonly Role[]> = {
  demo: A,
  'presences import': A,
  // The remembered value mappings: under the import permission, like their API routes.
  'presences values list': A,
  'presences values forget': A,
  // Undoing a bulk edit needs what the edit needs; rolling an import back, what the import needs.
  'presences undo-bulk': AU,
  'presences rollback-import': A,
  'presences list': ALL,
  'presences export': READERS,
  import: IMPORTERS,
  'rollback-import': IMPORTERS,
  'posts list': ALL,
  'audit run': AU,
  'audit list': READERS,
  'audit show': UNIT_AUDIT,
  'audit decide': AU,
  'audit accept': AU,
  'audit plan': UNIT_AUDIT,
  'audit report': UNIT_AUDIT,
  'user list': A,
  'user add': A,
  'user grant': A,
  'user revoke': A,
  'user reset-password': A,
  'user unlock': A,
  'user disable': A,
  'user enable': A,
  'log verify': LOG,
  'log list': LOG,
  'log export': LOG,
  'log head': LOG,
  'vault status': CUSTODY,
  'vault put': AUC,
  // Revealing needs an admin or the presence's custodian (none of these users is).
  'vault reveal': A,
  'vault delete': AUC,
  'leavers list': AU,
  'leavers reassign': AU,
  'leavers cancel': AU,
  'leavers scan': A,
  'policies list': ALL,
  'policies publish': A,
  'policies pending': A,
  // Everyone's own tasks; the reminders read everyone's: admins only.
  'work list': ALL,
  'work remind': A,
  // Everyone's own saved views (each role deletes one of its own, made below).
  'views list': ALL,
  'views delete': ALL,
  // The whole database, password hashes and sealed secrets included: admins only.
  backup: A,
  restore: A,
  // Last: the vault's key changes under every command after it.
  'vault rotate-master': A,
};
/** Commands that read no one's data and act as nobody: they need no `--as`. */
const NOBODY = new Set(['presences resolve', 'platforms list', 'vault keygen']);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-matrix-'));
const file = (name: string) => path.join(dir, name);
const savedKey = process.env.VIGIE_MASTER_KEY;
beforeAll(() => {
  process.env.VIGIE_MASTER_KEY = newKey().toString('base64');
  fs.writeFileSync(file('one.csv'), 'platform;handle;name\nx;matrice_cli;Matrice CLI\n');
  fs.writeFileSync(file('empty.json'), '');
  fs.writeFileSync(file('policy.md'), '# Politique\n\nUne règle.\n');
});
afterAll(() => {
  if (savedKey === undefined) delete process.env.VIGIE_MASTER_KEY;
  else process.env.VIGIE_MASTER_KEY = savedKey;
  fs.rmSync(dir, { recursive: true, force: true });
});

forEachDialect((t) => {
  it('runs every command for every role as the roles say, and asks who is acting', async () => {
    const h = t.h;
    await loadDemo(h);
    const all = leaves(program(h).program);
    expect(all.filter((c) => !(c in EXPECTED) && !NOBODY.has(c))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((c) => !all.includes(c))).toEqual([]);

    // The objects: the first business unit and one of its presences, named for the community
    // manager and the agency; an open handover task on a presence of that unit.
    const db = h.db;
    const unit = await db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('kind', '=', 'business_unit')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const pIn = (
      await db
        .selectFrom('presences')
        .select('id')
        .where('unit_id', '=', unit.id)
        .where('status', 'not in', ['closed', 'archived'])
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
    const inUnit = await db.selectFrom('people').select('id').where('unit_id', '=', unit.id).execute();
    const leaver = inUnit[0]!.id;
    const keeper = inUnit[1]!.id;
    const handed = (
      await db
        .insertInto('presences')
        .values({
          platform: 'x',
          handle: 'matrice_passation',
          handle_key: 'matrice_passation',
          url: 'https://x.com/matrice_passation',
          name: 'Matrice passation',
          unit_id: unit.id,
          owner_id: leaver,
          status: 'active',
          languages: '["fr"]',
          mfa: 'unknown',
          recovery_contact: 'unknown',
          tags: '[]',
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db
      .updateTable('people')
      .set({ status: 'left', left_on: '2026-10-01' })
      .where('id', '=', leaver)
      .execute();

    const login = (role: Role) => `${role}@cli-matrix.test`;
    for (const role of ALL) {
      const id = await user(h, login(role), null);
      const grant: GrantRow =
        role === 'unit_manager'
          ? { role, unitId: unit.id, presenceId: null }
          : role === 'community_manager' || role === 'agency'
            ? { role, unitId: null, presenceId: pIn }
            : { role, unitId: null, presenceId: null };
      await db
        .insertInto('grants')
        .values({
          user_id: id,
          role,
          unit_id: grant.unitId,
          presence_id: grant.presenceId,
          created_at: '2026-01-01T00:00:00.000Z',
          created_by: 'test',
        })
        .execute();
    }
    const as = (role: Role, args: string[], stdin?: string) => run(h, ['--as', login(role), ...args], stdin);
    const userIds = new Map<Role, number>();
    for (const u of await db.selectFrom('users').select(['id', 'login']).execute())
      for (const role of ALL) if (u.login === login(role)) userIds.set(role, u.id);

    // Set up as the admin: an audit of the unit, a handover task, a stored secret, a new key.
    expect((await as('admin', ['leavers', 'scan'])).kind).toBeNull();
    const task = await db
      .selectFrom('reassignments')
      .select('id')
      .where('presence_id', '=', handed)
      .where('status', '=', 'open')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const ran = await as('admin', ['audit', 'run', '--unit', unit.name, '--as-of', '2026-11-02', '--json']);
    expect(ran.kind).toBeNull();
    const auditId = String((JSON.parse(ran.out) as { audit: { id: number } }).audit.id);
    expect((await run(h, ['vault', 'keygen', file(`next-${t.dialect}.key`)])).kind).toBeNull();
    let mappingId = 0;
    const rememberMapping = async () => {
      const row = await db
        .insertInto('inventory_value_mappings')
        .values({
          source: 'matrice',
          field: 'status',
          value_key: `veille ${mappingId}`,
          value: `Veille ${mappingId}`,
          meaning: 'dormant',
          set_by: 'test',
          set_at: '2026-01-01T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      mappingId = Number(row.id);
    };
    const putSecret = () => as('admin', ['vault', 'put', String(pIn), 'password'], 'matrice-secret');
    // What the undo and rollback commands act on, made again before each allowed role's turn.
    let bulkBatch = '';
    let inventoryImport = 0;
    let dataImport = 0;
    let made = 0;
    const bulkEdit = async () => {
      const registry = new RegistryService(h);
      const status = (await registry.getPresence(pIn)).status === 'dormant' ? 'active' : 'dormant';
      bulkBatch = (await registry.bulkEdit(operatorAccess('test'), { ids: [pIn], set: { status } })).batch!;
    };
    const importInventoryFile = async () => {
      const csv = `platform;handle;name\nx;mrb_${++made};Matrice rollback\n`;
      const r = await importInventory(h, 'test', {
        name: 'rollback.csv',
        bytes: new TextEncoder().encode(csv),
      });
      inventoryImport = r.importId!;
    };
    const importData = async () => {
      const id = `matrice-${++made}`;
      async function* records() {
        yield {
          type: 'post' as const,
          post: {
            externalId: id,
            publishedAt: '2026-10-01T10:00:00.000Z',
            text: id,
            kind: 'original' as const,
            links: [],
            media: [],
            counts: {},
          },
        };
      }
      const r = await importRecords(
        h,
        'test',
        { file: 'rollback.json', platform: 'x', batches: batchRecords(records()) },
        { size: 1, sha256: 'a'.repeat(64) },
        { presenceId: pIn },
      );
      dataImport = r.importId!;
    };

    const args: Record<string, (role: Role) => string[]> = {
      demo: () => ['demo'],
      'presences import': () => ['presences', 'import', file('one.csv')],
      'presences list': () => ['presences', 'list', '--json'],
      'presences values list': () => ['presences', 'values', 'list', '--json'],
      'presences values forget': () => ['presences', 'values', 'forget', String(mappingId)],
      'presences export': (r) => [
        'presences',
        'export',
        '--format',
        'csv',
        '--out',
        file(`export-${t.dialect}-${r}.csv`),
      ],
      import: () => ['import', file('empty.json'), '--presence', String(pIn), '--platform', 'x'],
      'rollback-import': () => ['rollback-import', String(dataImport || 999_999)],
      'presences undo-bulk': () => ['presences', 'undo-bulk', bulkBatch || 'bulk:2026-11-02T10:00:00.000Z'],
      'presences rollback-import': () => ['presences', 'rollback-import', String(inventoryImport || 999_999)],
      'posts list': () => ['posts', 'list', '--presence', String(pIn)],
      'audit run': () => ['audit', 'run', '--unit', unit.name, '--as-of', '2026-11-02'],
      'audit list': () => ['audit', 'list'],
      'audit show': () => ['audit', 'show', auditId],
      'audit decide': () => ['audit', 'decide', auditId, String(pIn), 'maintain', '--reason', 'matrice'],
      'audit accept': () => ['audit', 'accept', auditId, '--presences', String(pIn), '--reason', 'matrice'],
      'audit plan': () => ['audit', 'plan', auditId],
      'audit report': (r) => [
        'audit',
        'report',
        auditId,
        '--format',
        'csv',
        '--out',
        file(`report-${t.dialect}-${r}.csv`),
      ],
      'user list': () => ['user', 'list'],
      'user add': (r) => [
        'user',
        'add',
        `new-${r}@cli-matrix.test`,
        '--name',
        'Nouvelle',
        '--role',
        'analyst',
      ],
      'user grant': () => ['user', 'grant', login('analyst'), '--role', 'records_manager'],
      'user revoke': () => ['user', 'revoke', login('analyst'), '--role', 'records_manager'],
      'user reset-password': () => ['user', 'reset-password', 'thomas.lefevre@ombreval.example'],
      'user unlock': () => ['user', 'unlock', 'thomas.lefevre@ombreval.example'],
      'user disable': () => ['user', 'disable', 'thomas.lefevre@ombreval.example'],
      'user enable': () => ['user', 'enable', 'thomas.lefevre@ombreval.example'],
      'log verify': () => ['log', 'verify'],
      'log list': () => ['log', 'list'],
      'log export': (r) => [
        'log',
        'export',
        '--format',
        'jsonl',
        '--out',
        file(`log-${t.dialect}-${r}.jsonl`),
      ],
      'log head': () => ['log', 'head'],
      'vault status': () => ['vault', 'status'],
      'vault put': () => ['vault', 'put', String(pIn), 'password'],
      'vault reveal': () => ['vault', 'reveal', String(pIn), 'password', '--reason', 'matrice'],
      'vault delete': () => ['vault', 'delete', String(pIn), 'password', '--reason', 'matrice'],
      'vault rotate-master': () => [
        'vault',
        'rotate-master',
        '--new-key-file',
        file(`next-${t.dialect}.key`),
      ],
      'leavers list': () => ['leavers', 'list'],
      'leavers reassign': () => ['leavers', 'reassign', String(task.id), '--to', String(keeper)],
      'leavers cancel': () => ['leavers', 'cancel', String(task.id), '--reason', 'matrice'],
      'leavers scan': () => ['leavers', 'scan'],
      'policies list': () => ['policies', 'list'],
      'policies publish': () => [
        'policies',
        'publish',
        '--kind',
        'policy',
        '--title',
        'Politique matrice',
        '--file',
        file('policy.md'),
      ],
      'policies pending': () => ['policies', 'pending'],
      'work list': () => ['work', 'list'],
      // Dry: whatever SMTP the environment has, nothing is sent.
      'work remind': () => ['work', 'remind', '--dry-run'],
      'views list': () => ['views', 'list'],
      'views delete': () => ['views', 'delete', 'Matrice'],
      backup: (r) => ['backup', '--out', file(`backup-${t.dialect}-${r}.vigie`)],
      // Past the guard, the admin's restore refuses the file (not a backup): nothing is replaced.
      restore: () => ['restore', file('policy.md')],
    };
    /** What must hold before an allowed role runs the command (a refused one must not need it). */
    const before: Record<string, () => Promise<unknown>> = {
      'presences values forget': rememberMapping,
      'presences undo-bulk': bulkEdit,
      'presences rollback-import': importInventoryFile,
      'rollback-import': importData,
      'vault reveal': putSecret,
      'vault delete': putSecret,
    };
    // Each user's own view to delete (views are personal: no role may delete another's).
    for (const [, id] of userIds)
      await db
        .insertInto('saved_views')
        .values({
          user_id: id,
          page: 'presences',
          name: 'Matrice',
          filters: '{"status":"abandoned"}',
          columns: null,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })
        .execute();

    const changes = async () =>
      Number((await db.selectFrom('changes').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const wrong: string[] = [];
    for (const command of Object.keys(EXPECTED)) {
      const allowed = EXPECTED[command]!;
      // Refused roles first: nothing they try may change what the allowed ones then find.
      const order = [...ALL.filter((r) => !allowed.includes(r)), ...ALL.filter((r) => allowed.includes(r))];
      for (const role of order) {
        if (allowed.includes(role)) await before[command]?.();
        const logged = await changes();
        const { kind } = await as(
          role,
          args[command]!(role),
          command === 'vault put' ? 'matrice-secret' : undefined,
        );
        const ok = allowed.includes(role)
          ? kind !== 'forbidden' && kind !== 'unauthenticated' && kind !== 'not_found'
          : kind === 'forbidden' || kind === 'not_found';
        if (!ok) wrong.push(`${role} ${command} → ${kind ?? 'done'}`);
        // Every change goes through the log: a refused command has left none.
        if (!allowed.includes(role) && (await changes()) !== logged)
          wrong.push(`${role} ${command} changed something`);
      }
    }
    expect(wrong).toEqual([]);

    // Without --as, every command that acts as a user asks who is acting; an unknown login too.
    const anonymous: string[] = [];
    for (const command of Object.keys(EXPECTED)) {
      const a = args[command]!('admin');
      const nobody = await run(h, a);
      const stranger = await run(h, ['--as', 'nobody@cli-matrix.test', ...a]);
      if (nobody.kind !== 'unauthenticated' || stranger.kind !== 'unauthenticated')
        anonymous.push(`${command} → ${nobody.kind ?? 'done'} / ${stranger.kind ?? 'done'}`);
    }
    expect(anonymous).toEqual([]);
    // The commands that act as nobody need no --as.
    expect((await run(h, ['presences', 'resolve', 'https://x.com/ombreval'])).kind).toBeNull();
    expect((await run(h, ['platforms', 'list'])).kind).toBeNull();
    // Every command × every role, a backup among them: well over the default 30 s on a busy machine.
  }, 180_000);
});
