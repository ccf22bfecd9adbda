// For the scope tests: the demo organisation with an audit of a unit, an organisation-wide audit, a
// plan, KPIs, a reassignment and a sealed secret; users of each scoped role signed in; and what each
// role may see, worked out here with plain SQL from the rules (not from the code's access
// checks), so that the tests can disagree with the code.
import { createHash } from 'node:crypto';
import type { GrantRow, Role } from '../core/access';
import type { Db } from '../core/db';
import { loadDemo } from '../demo/loader';
import { batchRecords } from '../imports/batches';
import type { ExportRecord } from '../imports/model';
import { importRecords } from '../imports/pipeline';
import { importInventory } from '../registry/inventory/service';
import { createApp } from '../server/app';
import { type SignedInClient, signIn } from './testing';
import { testVault } from './vault/testing';

export const SECRET_VALUE = 'secret-value-never-shown-7f3a';

/** The objects a route's path can name by a numeric id, by kind. */
export type IdKind =
  | 'presence'
  | 'unit'
  | 'person'
  | 'audit'
  | 'task'
  | 'kpi'
  | 'reassignment'
  | 'user'
  | 'policy'
  | 'value_mapping'
  | 'view'
  | 'inventory_import'
  | 'data_import';

/** The objects a route's path can name, by kind: by id, or a bulk edit by its batch (a string). */
export type Kind = IdKind | 'bulk_batch';

/** One object of each kind ('' or 0: none of that kind). */
export type Objects = Record<IdKind, number> & { bulk_batch: string };

export interface Sight {
  presences: Set<number>;
  units: Set<number>;
  people: Set<number>;
  audits: Set<number>;
}

export interface ScopedWorld {
  app: ReturnType<typeof createApp>['app'];
  clients: Map<Role, SignedInClient>;
  /** The unit the unit manager holds (a business unit, with sub-units if the demo gives it any). */
  unitId: number;
  /** A presence of that unit: the community manager's and the agency's. */
  pIn: number;
  /** The registry person each scoped user is. */
  personOf: Map<Role, number>;
  /**
   * An object of each kind that the scoped roles cannot see (all of them out of every scoped sight,
   * but for the bulk edit, which also changed a presence of the unit manager's: one presence out of
   * sight is enough to make the whole batch unknown).
   */
  outside: Objects;
  /** An object of each kind within the scoped roles' reach (where one exists). */
  inside: Objects;
  /** What each scoped role may see, from the rules. */
  sight: (role: ScopedRole) => Promise<Sight>;
}

export const SCOPED_ROLES = ['unit_manager', 'community_manager', 'agency'] as const;
export type ScopedRole = (typeof SCOPED_ROLES)[number];

async function subtree(h: Db, root: number): Promise<Set<number>> {
  const units = await h.db.selectFrom('units').select(['id', 'parent_id']).execute();
  const out = new Set<number>([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units)
      if (u.parent_id !== null && out.has(u.parent_id) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
  }
  return out;
}

export async function scopedWorld(h: Db): Promise<ScopedWorld> {
  await loadDemo(h);
  const { app } = createApp({ db: h, vault: testVault().vault });
  const db = h.db;
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('kind', '=', 'business_unit')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const mine = await subtree(h, unit.id);
  const presences = await db
    .selectFrom('presences')
    .select(['id', 'unit_id', 'owner_id', 'deputy_id', 'custodian_id', 'status', 'url'])
    .orderBy('id')
    .execute();
  type PresenceRow = (typeof presences)[number];
  const pIn = presences.find(
    (p) => p.unit_id === unit.id && p.owner_id !== null && !['closed', 'archived'].includes(p.status),
  )!.id;
  const hub = await db.selectFrom('units').select('id').where('kind', '=', 'hub').executeTakeFirstOrThrow();
  const pOut = presences.find((p) => p.unit_id === hub.id && !['closed', 'archived'].includes(p.status))!.id;
  const linkedToMine = new Set(
    presences
      .filter((p) => p.unit_id !== null && mine.has(p.unit_id))
      .flatMap((p) => [p.owner_id, p.deputy_id, p.custodian_id])
      .filter((x): x is number => x !== null),
  );
  const people = await db.selectFrom('people').select(['id', 'unit_id']).orderBy('id').execute();
  const personIn = people.find((p) => p.unit_id === unit.id)!.id;
  const personOut = people.find(
    (p) => p.unit_id === hub.id && !linkedToMine.has(p.id) && p.id !== personIn,
  )!.id;
  const unitOut = hub.id;

  // The scoped users are people of the unit (the custodian rules need it), none of them holding a
  // role on pIn yet, so that naming oneself there is a change.
  const onPIn = presences.find((p) => p.id === pIn)!;
  const free = people.filter(
    (p) => p.unit_id === unit.id && ![onPIn.owner_id, onPIn.deputy_id, onPIn.custodian_id].includes(p.id),
  );
  if (free.length < 3) throw new Error('the demo unit has too few people for the scope tests');
  const personOf = new Map<Role, number>([
    ['unit_manager', free[0]!.id],
    ['community_manager', free[1]!.id],
    ['agency', free[2]!.id],
  ]);
  const clients = new Map<Role, SignedInClient>();
  const grantOf = (role: Role): GrantRow =>
    role === 'unit_manager'
      ? { role, unitId: unit.id, presenceId: null }
      : role === 'community_manager' || role === 'agency'
        ? { role, unitId: null, presenceId: pIn }
        : { role, unitId: null, presenceId: null };
  for (const role of ['admin', 'unit_manager', 'community_manager', 'agency'] as const) {
    clients.set(
      role,
      await signIn(h, [grantOf(role)], {
        app,
        login: `${role}@scopes.test`,
        personId: personOf.get(role) ?? null,
      }),
    );
  }
  const admin = clients.get('admin')!;
  const post = async (path: string, json: unknown) => {
    const res = await admin.request(path, { method: 'POST', json });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: number };
  };
  // Audits: one of the unit (the unit manager's), one of the organisation (the hub's).
  const auditIn = await post('/api/audits', { unitId: unit.id, asOf: '2026-11-02' });
  const auditOut = await post('/api/audits', { asOf: '2026-11-02' });
  await post(`/api/audits/${auditIn.id}/decisions/${pIn}`, { decision: 'maintain', reason: 'scope test' });
  await post(`/api/audits/${auditOut.id}/decisions/${pOut}`, { decision: 'claim', reason: 'scope test' });
  const taskOf = async (audit: number, presence: number) =>
    (await db
      .selectFrom('audit_tasks')
      .select('id')
      .where('audit_id', '=', audit)
      .where('presence_id', '=', presence)
      .orderBy('id')
      .executeTakeFirst())!.id;
  const kpi = (presence: number) =>
    post(`/api/presences/${presence}/kpis`, {
      objective: 'awareness',
      metric: 'audience',
      target: 1000,
      period: 'year',
    });
  const kpiIn = await kpi(pIn);
  const kpiOut = await kpi(pOut);
  // A secret on the presence nobody scoped may reach.
  const sealed = await admin.request(`/api/presences/${pOut}/secrets/password`, {
    method: 'PUT',
    json: { value: SECRET_VALUE },
  });
  if (sealed.status !== 200) throw new Error(`seal: ${sealed.status} ${await sealed.text()}`);
  // A reassignment out of every scoped sight: the owner of the hub presence leaves.
  const leaver = presences.find((p) => p.id === pOut)!.owner_id ?? -1;
  let reassignmentOut = 0;
  if (leaver !== -1) {
    await admin.request(`/api/people/${leaver}`, { method: 'PATCH', json: { status: 'left' } });
    reassignmentOut =
      (
        await db
          .selectFrom('reassignments')
          .select('id')
          .where('presence_id', '=', pOut)
          .orderBy('id')
          .executeTakeFirst()
      )?.id ?? 0;
  }
  const anyUser = await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
  const policy = await db.selectFrom('policies').select('id').orderBy('id').executeTakeFirstOrThrow();
  // A value mapping remembered for an inventory source: the organisation's, like users and policies.
  const valueMapping = await db
    .insertInto('inventory_value_mappings')
    .values({
      source: 'inventaire scope',
      field: 'status',
      value_key: 'veille',
      value: 'Veille',
      meaning: 'dormant',
      set_by: 'scope-fixture',
      set_at: '2026-11-02T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A saved view of the admin's: personal, so out of every other user's reach whatever their role.
  const viewOut = await post('/api/views', {
    page: 'presences',
    name: 'Pages Facebook abandonnées',
    filters: { platform: 'facebook', status: 'abandoned' },
    columns: ['platform', 'status'],
  });

  // What the undo and rollback routes name, each on presences of its own, so that none of them keeps
  // another from being undone: the admin could still undo or roll back each one (the tests check),
  // so a refusal to a scoped role is the scope's, not a rule of the capability.
  const open = (p: PresenceRow) =>
    p.status === 'active' && p.id !== pOut && ![p.owner_id, p.deputy_id, p.custodian_id].includes(leaver);
  const hubFree = presences.filter((p) => p.unit_id === hub.id && open(p));
  const unitFree = presences.filter((p) => p.unit_id === unit.id && p.id !== pIn && open(p));
  if (hubFree.length < 3 || unitFree.length < 2)
    throw new Error('the demo has too few presences for the scope tests');
  const [pDataOut, pInventory, pBulkOut] = hubFree as [PresenceRow, PresenceRow, PresenceRow];
  const [pBulkMixed, pBulkIn] = unitFree as [PresenceRow, PresenceRow];
  // Data imports (the imports' own pipeline): posts, an interaction and a day of metrics, refreshing
  // the presence's last activity and audience, which a rollback deletes and puts back.
  const dataImport = async (presenceId: number, tag: string) => {
    async function* records(): AsyncGenerator<ExportRecord> {
      const at = '2026-11-03T09:00:00.000Z';
      const externalId = `scope-${tag}-1`;
      yield {
        type: 'post',
        post: {
          externalId,
          publishedAt: at,
          text: tag,
          kind: 'original',
          links: [],
          media: [],
          counts: { likes: 3 },
        },
      };
      yield {
        type: 'interaction',
        interaction: {
          postExternalId: externalId,
          kind: 'mention',
          at,
          other: { platform: 'x', handle: `scope_${tag}` },
        },
      };
      yield { type: 'metric', metric: { day: '2026-11-03', audience: 4321 } };
    }
    const done = await importRecords(
      h,
      admin.user.login,
      { file: `scope-${tag}.csv`, platform: 'csv', batches: batchRecords(records()) },
      { size: 100, sha256: '0'.repeat(64) },
      { presenceId },
    );
    if (!done.importId || done.added !== 1) throw new Error(`data import ${tag}: ${JSON.stringify(done)}`);
    return done.importId;
  };
  const dataImportOut = await dataImport(pDataOut.id, 'out');
  const dataImportIn = await dataImport(pIn, 'in');
  // An inventory import (the admin's only): one presence out of sight changed, one created.
  const hubName = (
    await db.selectFrom('units').select('name').where('id', '=', hub.id).executeTakeFirstOrThrow()
  ).name;
  const inventory = await importInventory(h, admin.user.login, {
    name: 'inventaire-scope.csv',
    bytes: new TextEncoder().encode(
      [
        'Lien;Nom du compte;Entité;Abonnés',
        `${pInventory.url};Compte repris par l’inventaire;${hubName};54 321`,
        `https://x.com/ombreval_scope_inventaire;Ombreval Inventaire;${hubName};10`,
      ].join('\n'),
    ),
  });
  if (!inventory.importId || inventory.updated !== 1 || inventory.created !== 1 || inventory.unitsCreated)
    throw new Error(`inventory import: ${JSON.stringify(inventory)}`);
  // Bulk edits: one over a presence out of every scoped sight and one of the unit manager's (one out of
  // sight makes the whole batch unknown), one over a presence of the unit manager's alone.
  const bulk = async (ids: number[]) => {
    const res = await admin.request('/api/presences/bulk', {
      method: 'POST',
      json: { ids, set: { status: 'dormant' }, reason: 'scope test' },
    });
    const out = (await res.json()) as { updated: number; batch: string | null };
    if (res.status !== 200 || out.updated !== ids.length || !out.batch)
      throw new Error(`bulk edit: ${res.status} ${JSON.stringify(out)}`);
    return out.batch;
  };
  const bulkOut = await bulk([pBulkOut.id, pBulkMixed.id]);
  const bulkIn = await bulk([pBulkIn.id]);

  const sight = async (role: ScopedRole): Promise<Sight> => {
    const rows = await db
      .selectFrom('presences')
      .select(['id', 'unit_id', 'owner_id', 'deputy_id', 'custodian_id'])
      .execute();
    const units = role === 'unit_manager' ? await subtree(h, unit.id) : new Set<number>();
    const seen = rows.filter((p) =>
      role === 'unit_manager' ? p.unit_id !== null && units.has(p.unit_id) : p.id === pIn,
    );
    const ids = new Set(seen.map((p) => p.id));
    const visibleUnits = new Set([...units, ...seen.map((p) => p.unit_id).filter((x) => x !== null)]);
    const visiblePeople = new Set<number>();
    for (const p of await db.selectFrom('people').select(['id', 'unit_id']).execute())
      if (p.unit_id !== null && units.has(p.unit_id)) visiblePeople.add(p.id);
    for (const p of seen)
      for (const x of [p.owner_id, p.deputy_id, p.custodian_id]) if (x !== null) visiblePeople.add(x);
    // People an in-sight task or reassignment names are part of that record.
    const named = await db
      .selectFrom('audit_tasks')
      .select('owner_id as id')
      .where('presence_id', 'in', [...ids, 0])
      .union(
        db
          .selectFrom('reassignments')
          .select('person_id as id')
          .where('presence_id', 'in', [...ids, 0]),
      )
      .union(
        db
          .selectFrom('reassignments')
          .select('to_person_id as id')
          .where('presence_id', 'in', [...ids, 0]),
      )
      .execute();
    for (const n of named) if (n.id !== null) visiblePeople.add(n.id);
    const audits = new Set(
      role === 'unit_manager'
        ? (await db.selectFrom('audits').select(['id', 'unit_id']).execute())
            .filter((a) => a.unit_id !== null && units.has(a.unit_id))
            .map((a) => a.id)
        : [],
    );
    return { presences: ids, units: visibleUnits, people: visiblePeople, audits };
  };

  return {
    app,
    clients,
    unitId: unit.id,
    pIn,
    personOf,
    outside: {
      presence: pOut,
      unit: unitOut,
      person: personOut,
      audit: auditOut.id,
      task: await taskOf(auditOut.id, pOut),
      kpi: kpiOut.id,
      reassignment: reassignmentOut,
      user: anyUser.id,
      policy: policy.id,
      value_mapping: valueMapping.id,
      view: viewOut.id,
      inventory_import: inventory.importId,
      data_import: dataImportOut,
      bulk_batch: bulkOut,
    },
    inside: {
      presence: pIn,
      unit: unit.id,
      person: personIn,
      audit: auditIn.id,
      task: await taskOf(auditIn.id, pIn),
      kpi: kpiIn.id,
      reassignment: 0,
      user: clients.get('admin')!.user.id,
      policy: policy.id,
      value_mapping: valueMapping.id,
      // Each user's views are their own: none is within another's reach.
      view: 0,
      // The organisation's, like users and policies: an admin's alone.
      inventory_import: inventory.importId,
      data_import: dataImportIn,
      // The unit manager's (the others may not bulk edit at all).
      bulk_batch: bulkIn,
    },
    sight,
  };
}

/** The kind of object each path parameter names, from the route's path. */
export function kindOf(path: string, param: string): Kind | 'secret_kind' | 'job' {
  if (param === 'presenceId') return 'presence';
  if (param === 'kind') return 'secret_kind';
  // /api/presences/bulk/:batch/undo: a bulk edit, named by its batch.
  if (param === 'batch') return 'bulk_batch';
  // Routes whose ids are not their head's: named one by one, so that a new one fails here.
  const exact: [RegExp, Kind | 'job'][] = [
    [/^\/api\/data-imports\/jobs\/:id$/, 'job'],
    [/^\/api\/data-imports\/:id\/rollback$/, 'data_import'],
    [/^\/api\/inventory\/imports\/:id\/rollback$/, 'inventory_import'],
    [/^\/api\/inventory\/value-mappings\/:id$/, 'value_mapping'],
  ];
  for (const [re, kind] of exact) if (re.test(path)) return kind;
  const head = path.split('/')[2] ?? '';
  const kinds: Record<string, Kind> = {
    presences: 'presence',
    units: 'unit',
    people: 'person',
    audits: 'audit',
    tasks: 'task',
    // /api/work/tasks/:id: one's own tasks, the same task ids.
    work: 'task',
    kpis: 'kpi',
    reassignments: 'reassignment',
    users: 'user',
    policies: 'policy',
    // /api/views/:id: one's own saved views.
    views: 'view',
  };
  const kind = kinds[head];
  if (!kind) throw new Error(`no kind for ${path} :${param}`);
  return kind;
}

/** A path parameter's value as a client writes it: an id, or a batch URL-encoded. */
export function inPath(value: number | string): string {
  return typeof value === 'number' ? String(value) : encodeURIComponent(value);
}

/** The object of `kind` in `w[pick]`, or the outside one where `pick` has none. */
export function objectOf(w: Pick<ScopedWorld, 'inside' | 'outside'>, pick: 'inside' | 'outside', kind: Kind) {
  return w[pick][kind] || w.outside[kind];
}

/**
 * Ways of writing a bulk edit's batch (as sent in a path) that are not the batch itself but that a
 * lenient reader could take for it: another case, the time written another way, spaces and control
 * characters, encoded twice, other digits.
 */
export function batchSpellings(batch: string): string[] {
  const time = batch.slice('bulk:'.length);
  const e = encodeURIComponent;
  const spelled = [
    e(batch.toUpperCase()),
    e(`Bulk:${time}`),
    e(batch.replace('T', ' ')),
    e(batch.replace('Z', 'z')),
    e(batch.replace(/\.\d{3}Z/, 'Z')),
    e(batch.replace('Z', '+00:00')),
    e(`${batch}-0`),
    e(`${batch}-01`),
    e(`bulk:${new Date(time.replace(/-\d+$/, '')).getTime()}`),
    `%20${e(batch)}`,
    `${e(batch)}%20`,
    `${e(batch)}%00`,
    `${e(batch)}%0A`,
    e(e(batch)),
    e(`undo:${batch}`),
    e(batch.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
    e(batch.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))),
  ];
  // The server decodes a path once: none of these may be the batch itself.
  return spelled.filter((x) => decodeURIComponent(x) !== batch);
}

/** Wrong spellings of an object's id or batch (see `spellings` and `batchSpellings`). */
export function wrongSpellings(value: number | string): string[] {
  return typeof value === 'number' ? spellings(value) : batchSpellings(value);
}

/** The objects out of a sight when it is taken (objects created later are the role's own). */
export interface Outside {
  presences: number[];
  units: number[];
  people: number[];
  audits: number[];
}

export async function outsideOf(h: Db, sight: Sight): Promise<Outside> {
  const ids = async (table: 'presences' | 'units' | 'people' | 'audits', seen: Set<number>) =>
    (await h.db.selectFrom(table).select('id').orderBy('id').execute())
      .map((r) => r.id)
      .filter((id) => !seen.has(id));
  return {
    presences: await ids('presences', sight.presences),
    units: await ids('units', sight.units),
    people: await ids('people', sight.people),
    audits: await ids('audits', sight.audits),
  };
}

/** Everything, for roles that must change nothing at all. */
export async function everything(h: Db): Promise<Outside> {
  return outsideOf(h, { presences: new Set(), units: new Set(), people: new Set(), audits: new Set() });
}

/**
 * A fingerprint of what a scoped role must never change: the rows of the objects out of its sight
 * (with their tasks, KPIs, secrets, reassignments, data imports and what those brought, and what an
 * undo marks on them), and the organisation's users, grants, policies, settings and inventory
 * imports. Equal fingerprints: nothing changed.
 */
export async function fingerprintOutside(h: Db, out: Outside): Promise<string> {
  const db = h.db;
  const any = (ids: number[]) => [...ids, 0];
  const parts = await Promise.all([
    db.selectFrom('presences').selectAll().where('id', 'in', any(out.presences)).orderBy('id').execute(),
    db.selectFrom('units').selectAll().where('id', 'in', any(out.units)).orderBy('id').execute(),
    db.selectFrom('people').selectAll().where('id', 'in', any(out.people)).orderBy('id').execute(),
    db.selectFrom('audits').selectAll().where('id', 'in', any(out.audits)).orderBy('id').execute(),
    db
      .selectFrom('audit_items')
      .selectAll()
      .where('audit_id', 'in', any(out.audits))
      .orderBy('audit_id')
      .orderBy('presence_id')
      .execute(),
    db
      .selectFrom('audit_tasks')
      .selectAll()
      .where('presence_id', 'in', any(out.presences))
      .orderBy('id')
      .execute(),
    db.selectFrom('kpis').selectAll().where('presence_id', 'in', any(out.presences)).orderBy('id').execute(),
    db
      .selectFrom('secrets')
      .selectAll()
      .where('presence_id', 'in', any(out.presences))
      .orderBy('id')
      .execute(),
    db
      .selectFrom('reassignments')
      .selectAll()
      .where('presence_id', 'in', any(out.presences))
      .orderBy('id')
      .execute(),
    db.selectFrom('users').select(['id', 'login', 'status', 'person_id']).orderBy('id').execute(),
    // Grants on presences in sight go with them when the role deletes one; the others must stay.
    db
      .selectFrom('grants')
      .selectAll()
      .where((eb) => eb.or([eb('presence_id', 'is', null), eb('presence_id', 'in', any(out.presences))]))
      .orderBy('id')
      .execute(),
    db.selectFrom('policies').selectAll().orderBy('id').execute(),
    // Saved views are personal: no one else may change them (the scoped users have none).
    db.selectFrom('saved_views').selectAll().orderBy('id').execute(),
    db.selectFrom('audit_settings').selectAll().execute(),
    db.selectFrom('audit_templates').selectAll().execute(),
    // What a data import's rollback changes: the import (rolled back), and the posts, interactions
    // and days of metrics it brought (counted by import: the demo's posts are many).
    db
      .selectFrom('data_imports')
      .selectAll()
      .where('presence_id', 'in', any(out.presences))
      .orderBy('id')
      .execute(),
    ...(['posts', 'interactions', 'daily_metrics'] as const).map((table) =>
      db
        .selectFrom(table)
        .select(['presence_id', 'import_id', db.fn.countAll<number>().as('n')])
        .where('presence_id', 'in', any(out.presences))
        .groupBy(['presence_id', 'import_id'])
        .orderBy('presence_id')
        .orderBy('import_id')
        .execute()
        .then((rows) => rows.map((r) => [r.presence_id, r.import_id, Number(r.n)])),
    ),
    // An inventory import's rollback: the import (the organisation's: only admins roll back), and
    // what undoing a batch marks (an import's or a bulk edit's) on records out of sight.
    db.selectFrom('inventory_imports').selectAll().orderBy('id').execute(),
    db
      .selectFrom('batch_snapshots')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('entity', '=', 'presence'), eb('entity_id', 'in', any(out.presences))]),
          eb.and([eb('entity', '=', 'unit'), eb('entity_id', 'in', any(out.units))]),
          eb.and([eb('entity', '=', 'person'), eb('entity_id', 'in', any(out.people))]),
        ]),
      )
      .orderBy('id')
      .execute(),
  ]);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Ways of writing the id `n` that are not `n` itself but that some parser reads as n. */
export function spellings(n: number): string[] {
  return [
    `0${n}`,
    `00${n}`,
    `0x${n.toString(16)}`,
    `0b${n.toString(2)}`,
    `${n}e0`,
    `${n}.0`,
    `+${n}`,
    `%2B${n}`,
    `%20${n}`,
    `${n}%20`,
    `${n}%00`,
    `${n}%0A`,
    encodeURIComponent(String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))),
    encodeURIComponent(String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
    `${n}abc`,
    `${n},0`,
    `${n}_`,
  ];
}
