// Inventory import: read a file, recognise its columns, plan against the registry, then apply the
// plan in one transaction (all or nothing) with every change recorded. A preview is the same plan,
// not applied.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { nowIso, today } from '../../core/clock';
import type { Db } from '../../core/db';
import { Invalid, type Issue } from '../../core/errors';
import { fill } from '../../core/i18n';
import { lockChangeLog, readLogMark } from '../../core/log';
import { nameKey } from '../../core/text';
import { registryMessages as M } from '../messages';
import { userNames } from '../names';
import { saveSnapshots } from '../snapshots';
import * as store from '../store';
import { type ExplicitMapping, recogniseColumns } from './columns';
import { listMappings, type RememberedMapping, rememberMappings } from './mappings';
import type { Candidate, MatchHow } from './match';
import type { InventoryField, RawTable } from './model';
import { INVENTORY_FIELDS } from './model';
import {
  type InventoryPlan,
  type PlannedValues,
  planInventory,
  type Ref,
  type RegistrySnapshot,
} from './plan';
import { readInventory } from './read';
import type { RefValue } from './refs';
import { importSnapshots, presencesById } from './rollback';
import { type SeenValue, toCandidates, unrecognisedSummary } from './rows';
import {
  givenSourceKey,
  type MappableField,
  sourceKey,
  toValueMapping,
  type ValueMappingEntry,
  valueKey,
} from './valuemap';

export interface InventorySource {
  name: string;
  bytes: Uint8Array;
}

export interface InventoryOptions {
  /** Header text → field (or null to ignore the column), winning over recognition (`--map`). */
  map?: ExplicitMapping;
  /** Unit for rows that name none (`--unit`). */
  defaultUnit?: string;
  /** The importer's own registry person: a row naming them custodian is refused. */
  selfPersonId?: number | null;
  /** Import the valid rows and report the others, instead of refusing the whole file. */
  skipInvalid?: boolean;
  format?: 'csv' | 'xlsx' | 'json';
  /** What the file's own words mean (`--values`), winning over those remembered for its source. */
  values?: ValueMappingEntry[];
  /** The source the mappings are remembered for (`--source`); by default, from the file's name. */
  source?: string;
  /** Told as each phase starts: reading the file, comparing with the registry, writing. */
  onProgress?: (phase: ImportPhase, step: number, steps: number) => void;
}

export type ImportPhase = 'read' | 'plan' | 'write';

export interface InventoryPreview {
  file: string;
  format: RawTable['format'];
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  rows: number;
  sha256: string;
  fields: readonly string[];
  /** `wide`: one row per person or brand, one column per platform (see recogniseColumns). */
  layout: 'long' | 'wide';
  /** `platform`: the platform whose accounts a wide inventory's column holds. */
  columns: {
    index: number;
    header: string;
    field: string | null;
    platform: string | null;
    samples: string[];
  }[];
  /** The source the mappings are remembered for, and whether a person named it. */
  source: { key: string; given: boolean };
  /** Each value not recognised or read through a mapping, with its count and first lines. */
  values: PreviewValue[];
  /** Every mapping remembered for this source, used by this file or not. */
  remembered: RememberedMapping[];
  plan: {
    create: number;
    update: number;
    unchanged: number;
    merged: number;
    rejected: number;
    newUnits: string[];
    newPeople: string[];
    /** What the import would create, each with the closest unit or person known, if one is close. */
    unitsToCreate: { name: string; closest: Candidate | null }[];
    peopleToCreate: { name: string; email: string | null; closest: Candidate | null }[];
    changes: {
      line: number;
      action: 'create' | 'update' | 'unchanged';
      platform: string;
      handle: string | null;
      url: string;
      name: string | null;
      diff: Record<string, [unknown, unknown]>;
      /** Fields this row would make smaller or older than stored (each also a warning). */
      older: string[];
    }[];
  };
  issues: Issue[];
  warnings: Issue[];
}

export interface InventoryResult {
  importId: number | null;
  dryRun: boolean;
  file: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  unitsCreated: number;
  peopleCreated: number;
  newUnits: string[];
  newPeople: string[];
  /** `wide`: one column per platform; then each such column's header and platform. */
  layout: 'long' | 'wide';
  platformColumns: { header: string; platform: string }[];
  warnings: Issue[];
  /** The source the mappings are remembered for. */
  source: string;
  /** Values read through a mapping (given or remembered), and those still not recognised. */
  values: PreviewValue[];
  /** Mappings this import added or changed for its source (none on a dry run). */
  mappingsRemembered: number;
  /** The rejected rows as CSV (their cells plus an `error` column), when rows were skipped. */
  rejects?: string;
  rejectedIssues: Issue[];
}

export interface PreviewValue extends SeenValue {
  /** What it is read as; null when nobody said. */
  meaning: string | null;
  /**
   * Given with this request, remembered for the source (then `mappingId`, `setBy`, `setAt`), or,
   * for a person or a unit, recognised without asking (`recognised` says how).
   */
  origin: 'given' | 'remembered' | 'recognised' | null;
  /** People and units: who or which it may be ("did you mean…"), best first. */
  candidates?: Candidate[];
  /** People and units: who or which it is read as now (null: a new one, left empty, or undecided). */
  target?: Candidate | null;
  /** People and units read without asking: how (words in another order, an acronym…). */
  recognised?: MatchHow | null;
  mappingId: number | null;
  setBy: string | null;
  /** The name of whoever set the remembered mapping (`setBy` is their login), when a user. */
  setByName: string | null;
  setAt: string | null;
}

interface Analysis {
  table: RawTable;
  /** The change log's last entry when the registry was read: the plan is made from that state. */
  logMark: number;
  source: { key: string; given: boolean };
  values: PreviewValue[];
  remembered: RememberedMapping[];
  /** The mappings given with this import (remembered by it when it succeeds). */
  given: ValueMappingEntry[];
  /** The values still to map, as one issue naming the `--values` option that maps them all. */
  summary: Issue | null;
  sha256: string;
  mapping: (InventoryField | null)[];
  platforms: (string | null)[];
  layout: 'long' | 'wide';
  /** Problems with the file as a whole (columns): no row can be imported until they are settled. */
  fileIssues: Issue[];
  issues: Issue[];
  warnings: Issue[];
  plan: InventoryPlan;
}

const PREVIEW_CHANGES = 500;

/** The registry indexed the way the plan looks things up. */
async function loadSnapshot(h: Db): Promise<RegistrySnapshot & { orgDomains: string[] }> {
  const [rows, list, units, people] = await Promise.all([
    store.allPresenceRows(h.db),
    store.listPresences(h.db, h.dialect, {}),
    store.allUnitRows(h.db),
    store.allPeopleRows(h.db),
  ]);
  const keyById = new Map(rows.map((r) => [r.id, r.handle_key]));
  const snap: RegistrySnapshot & { orgDomains: string[] } = {
    presences: new Map(),
    units: units.map((u) => ({ id: u.id, name: u.name, aliases: store.parseAliases(u.aliases) })),
    // People who left are matched too: a file naming them keeps counting their presences as at risk.
    people: people.map((p) => ({ id: p.id, name: p.name, email: p.email, left: p.status === 'left' })),
    hubId: units.find((u) => u.kind === 'hub' && u.parent_id === null)?.id ?? null,
    orgDomains: [],
  };
  // The organisation's own e-mail domains tell a corporate recovery address from a personal one.
  const domains = new Set<string>();
  for (const p of people) {
    const d = p.email?.split('@')[1]?.toLowerCase();
    if (d) domains.add(d);
  }
  snap.orgDomains = [...domains];
  for (const p of list) {
    snap.presences.set(`${p.platform}|${keyById.get(p.id)}`, {
      ...p,
      unitName: p.unit,
      ownerName: p.owner,
      deputyName: p.deputy,
      custodianName: p.custodian,
    });
  }
  return snap;
}

async function analyse(h: Db, source: InventorySource, options: InventoryOptions): Promise<Analysis> {
  const sha256 = createHash('sha256').update(source.bytes).digest('hex');
  options.onProgress?.('read', 1, 3);
  let table: RawTable;
  let cols: ReturnType<typeof recogniseColumns>;
  try {
    table = await readInventory(source, { format: options.format });
    cols = recogniseColumns(table.headers, options.map);
  } catch (e) {
    throw naming(source.name, e);
  }
  options.onProgress?.('plan', 2, 3);
  const givenSource = options.source === undefined ? null : givenSourceKey(options.source);
  const from = { key: givenSource ?? sourceKey(source.name), given: givenSource !== null };
  // Read before the registry: a write that lands while it is read moves the mark (see applyPlan).
  const logMark = await readLogMark(h.db);
  const [snap, remembered] = await Promise.all([loadSnapshot(h), listMappings(h.db, from.key)]);
  const given = options.values ?? [];
  // Given last: what the person says now wins over what was remembered.
  const mapping = toValueMapping([...remembered, ...given]);
  const { candidates, issues, warnings, values } = toCandidates(table, cols.mapping, {
    defaultUnit: options.defaultUnit,
    orgDomains: snap.orgDomains,
    values: mapping,
    platforms: cols.platforms,
  });
  const header = (field: InventoryField) => {
    const i = cols.mapping.indexOf(field);
    return i < 0 ? undefined : table.headers[i];
  };
  const plan = planInventory(candidates, snap, {
    file: source.name,
    today: today(),
    selfPersonId: options.selfPersonId,
    decisions: mapping,
    columns: {
      unit: header('unit') ?? (options.defaultUnit ? '--unit' : undefined),
      owner: header('owner'),
      deputy: header('deputy'),
      custodian: header('custodian'),
    },
  });
  issues.push(...plan.issues);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const seen = [...values, ...plan.values];
  const setters = await userNames(h.db, [...new Set(remembered.map((m) => m.setBy))]);
  return {
    table,
    logMark,
    source: from,
    values: describeValues(seen, remembered, given, setters),
    remembered,
    given,
    summary: unrecognisedSummary(seen, source.name),
    sha256,
    mapping: cols.mapping,
    platforms: cols.platforms,
    layout: cols.layout,
    fileIssues: cols.issues,
    issues: [...cols.issues, ...issues],
    warnings: [...cols.warnings, ...warnings, ...plan.warnings],
    plan,
  };
}

/** Each value seen, with the mapping that reads it (given now, or remembered) when there is one. */
function describeValues(
  seen: SeenValue[],
  remembered: RememberedMapping[],
  given: ValueMappingEntry[],
  setters: ReadonlyMap<string, string>,
): PreviewValue[] {
  const key = (field: MappableField, value: string) => `${field}|${valueKey(value)}`;
  const byGiven = new Map(given.map((g) => [key(g.field, g.value), g]));
  const byRemembered = new Map(remembered.map((m) => [key(m.field, m.value), m]));
  return seen.map((v) => {
    const g = byGiven.get(key(v.field, v.value));
    const r = byRemembered.get(key(v.field, v.value));
    const ref = 'candidates' in v ? (v as RefValue) : null;
    // A person or unit read without asking means who or which it was read as.
    const recognised = !g && !r && ref?.recognised && ref.target ? ref.target : null;
    const origin = g ? 'given' : r ? 'remembered' : recognised ? 'recognised' : null;
    return {
      ...v,
      meaning: g?.meaning ?? r?.meaning ?? (recognised ? recognisedMeaning(recognised) : null),
      origin,
      mappingId: r?.id ?? null,
      setBy: r?.setBy ?? null,
      setByName: (r && setters.get(r.setBy)) ?? null,
      setAt: r?.setAt ?? null,
    };
  });
}

/** The meaning a person or unit read without asking would be given: as a decision names them. */
function recognisedMeaning(c: Candidate): string {
  return c.email ?? c.name;
}

export async function previewInventory(
  h: Db,
  source: InventorySource,
  options: InventoryOptions = {},
): Promise<InventoryPreview> {
  const a = await analyse(h, source, options);
  const rejectedLines = new Set(a.issues.map((i) => i.line).filter((l) => l !== undefined));
  return {
    file: source.name,
    format: a.table.format,
    encoding: a.table.encoding,
    delimiter: a.table.delimiter,
    sheet: (a.table as RawTable & { sheet?: string }).sheet,
    rows: a.table.rows.length,
    sha256: a.sha256,
    fields: INVENTORY_FIELDS,
    layout: a.layout,
    columns: a.table.headers.map((header, index) => ({
      index,
      header,
      field: a.mapping[index] ?? null,
      platform: a.platforms[index] ?? null,
      samples: a.table.rows
        .map((r) => r.cells[index] ?? '')
        .filter((v) => v.trim() !== '')
        .slice(0, 3)
        .map((v) => v.slice(0, 120)),
    })),
    source: a.source,
    values: a.values,
    remembered: a.remembered,
    plan: {
      create: a.plan.create,
      update: a.plan.update,
      unchanged: a.plan.unchanged,
      merged: a.plan.merged,
      rejected: rejectedLines.size,
      newUnits: a.plan.newUnits.map((u) => u.name),
      newPeople: a.plan.newPeople.map((p) => (p.email ? `${p.name} <${p.email}>` : p.name)),
      unitsToCreate: a.plan.newUnits.map((u) => ({ name: u.name, closest: u.closest })),
      peopleToCreate: a.plan.newPeople.map((p) => ({ name: p.name, email: p.email, closest: p.closest })),
      changes: a.plan.changes.slice(0, PREVIEW_CHANGES).map((c) => ({
        line: c.line,
        action: c.action,
        platform: c.platform,
        handle: c.handle,
        url: c.url,
        name: c.name,
        diff: c.diff,
        older: c.older,
      })),
    },
    issues: a.issues,
    warnings: a.warnings,
  };
}

export async function importInventory(
  h: Db,
  actor: string,
  source: InventorySource,
  options: InventoryOptions & { dryRun?: boolean } = {},
): Promise<InventoryResult> {
  const a = await analyse(h, source, options);
  const result = resultOf(a, source, options);
  if (options.dryRun) return result;
  options.onProgress?.('write', 3, 3);
  return applyPlan(h, actor, source, a, result, options);
}

/** What an import will do (or refuses to do: invalid rows) from its analysis. */
function resultOf(
  a: Analysis,
  source: InventorySource,
  options: InventoryOptions & { dryRun?: boolean },
): InventoryResult {
  const rejectedLines = new Set(a.issues.map((i) => i.line).filter((l): l is number => l !== undefined));
  if (a.fileIssues.length || (a.issues.length && !options.skipInvalid)) {
    const params = { file: source.name, count: rejectedLines.size || a.issues.length };
    throw new Invalid(
      'inventory.invalid_rows',
      fill(M['inventory.invalid_rows'].en, params),
      params,
      // What would map every value not recognised comes first: one option instead of many rows.
      a.summary ? [a.summary, ...a.issues] : a.issues,
    );
  }
  const result: InventoryResult = {
    importId: null,
    dryRun: Boolean(options.dryRun),
    file: source.name,
    rows: a.table.rows.length,
    created: a.plan.create,
    updated: a.plan.update,
    unchanged: a.plan.unchanged,
    merged: a.plan.merged,
    rejected: rejectedLines.size,
    unitsCreated: a.plan.newUnits.length,
    peopleCreated: a.plan.newPeople.length,
    newUnits: a.plan.newUnits.map((u) => u.name),
    newPeople: a.plan.newPeople.map((p) => p.name),
    layout: a.layout,
    platformColumns: a.table.headers.flatMap((header, i) => {
      const platform = a.platforms[i];
      return platform ? [{ header, platform }] : [];
    }),
    warnings: a.warnings,
    source: a.source.key,
    values: a.values,
    mappingsRemembered: 0,
    rejectedIssues: a.issues,
  };
  if (rejectedLines.size) result.rejects = rejectsCsv(a.table, a.issues);
  return result;
}

async function applyPlan(
  h: Db,
  actor: string,
  source: InventorySource,
  analysed: Analysis,
  planned: InventoryResult,
  options: InventoryOptions,
): Promise<InventoryResult> {
  const at = nowIso();
  return h.db.transaction().execute(async (trx) => {
    // The log's lock first (the lock order of every registry writer: no deadlock with an edit or
    // another import). The plan was made outside it; if anything was written since, it is made
    // again, under the lock, from what is committed now: a plan is never applied to a registry it
    // was not made from (no duplicate unit or presence, no "before" in the history that was not).
    await lockChangeLog(trx);
    let a = analysed;
    let r = planned;
    if ((await readLogMark(trx)) !== analysed.logMark) {
      a = await analyse({ ...h, db: trx }, source, { ...options, onProgress: undefined });
      r = resultOf(a, source, { ...options, dryRun: false });
    }
    const importId = await store.insertImport(trx, {
      at,
      actor,
      fileName: source.name,
      format: a.table.format,
      size: source.bytes.byteLength,
      sha256: a.sha256,
      rows: r.rows,
      created: r.created,
      updated: r.updated,
      unchanged: r.unchanged,
      merged: r.merged,
      rejected: r.rejected,
      unitsCreated: r.unitsCreated,
      peopleCreated: r.peopleCreated,
    });
    const batch = `import:${importId}`;
    const changes: store.ChangeValues[] = [];
    const unitIds = new Map<string, number>();
    for (const u of a.plan.newUnits) {
      const id = await store.insertUnit(trx, {
        name: u.name,
        name_key: u.key,
        kind: u.kind,
        parent_id: u.parentId,
        country: null,
        at,
      });
      unitIds.set(u.key, id);
      changes.push({
        at,
        actor,
        entity: 'unit',
        entity_id: id,
        action: 'create',
        diff: { name: [null, u.name], kind: [null, u.kind] },
        batch,
        reason: null,
      });
    }
    const unitOf = (ref: Ref | null | undefined) =>
      ref === undefined ? undefined : ref === null ? null : 'id' in ref ? ref.id : unitIds.get(ref.key)!;
    const personIds = new Map<string, number>();
    for (const p of a.plan.newPeople) {
      const id = await store.insertPerson(trx, {
        name: p.name,
        name_key: nameKey(p.name),
        email: p.email,
        unit_id: unitOf(p.unit) ?? null,
        job_title: null,
        status: 'active',
        left_on: null,
        at,
      });
      personIds.set(p.key, id);
      changes.push({
        at,
        actor,
        entity: 'person',
        entity_id: id,
        action: 'create',
        diff: { name: [null, p.name], email: [null, p.email] },
        batch,
        reason: null,
      });
    }
    const personOf = (ref: Ref | null | undefined) =>
      ref === undefined ? undefined : ref === null ? null : 'id' in ref ? ref.id : personIds.get(ref.key)!;
    const columns = (v: PlannedValues): Partial<store.PresenceValues> => {
      const out: Partial<store.PresenceValues> = {};
      if (v.name !== undefined) out.name = v.name;
      if (v.unit !== undefined) out.unit_id = unitOf(v.unit) ?? null;
      if (v.owner !== undefined) out.owner_id = personOf(v.owner) ?? null;
      if (v.deputy !== undefined) out.deputy_id = personOf(v.deputy) ?? null;
      if (v.custodian !== undefined) out.custodian_id = personOf(v.custodian) ?? null;
      if (v.status !== undefined) out.status = v.status;
      if (v.languages !== undefined) out.languages = JSON.stringify(v.languages);
      if (v.audience !== undefined) out.audience = v.audience;
      if (v.audienceOn !== undefined) out.audience_on = v.audienceOn;
      if (v.createdOn !== undefined) out.created_on = v.createdOn;
      if (v.lastActivityOn !== undefined) out.last_activity_on = v.lastActivityOn;
      if (v.mfa !== undefined) out.mfa = v.mfa;
      if (v.recoveryContact !== undefined) out.recovery_contact = v.recoveryContact;
      if (v.tags !== undefined) out.tags = JSON.stringify(v.tags);
      if (v.objective !== undefined) out.objective = v.objective;
      if (v.notes !== undefined) out.notes = v.notes;
      if (v.bio !== undefined) out.bio = v.bio;
      return out;
    };
    const creates = a.plan.changes.filter((c) => c.action === 'create');
    const ids = await store.insertPresences(
      trx,
      creates.map((c) => ({
        platform: c.platform,
        handle: c.handle,
        handle_key: c.key,
        url: c.url,
        name: null,
        unit_id: null,
        owner_id: null,
        deputy_id: null,
        custodian_id: null,
        objective: null,
        status: 'active',
        languages: '[]',
        audience: null,
        audience_on: null,
        created_on: null,
        last_activity_on: null,
        mfa: 'unknown',
        recovery_contact: 'unknown',
        tags: '[]',
        notes: null,
        ...columns(c.values),
      })),
      at,
    );
    creates.forEach((c, i) => {
      changes.push({
        at,
        actor,
        entity: 'presence',
        entity_id: ids[i]!,
        action: 'create',
        diff: c.diff,
        batch,
        reason: null,
      });
    });
    // What the presences it changes have now, kept for a rollback (./rollback.ts).
    const updates = a.plan.changes.filter((c) => c.action === 'update' && c.id !== null);
    const found = await presencesById(
      trx,
      h.dialect,
      updates.map((c) => c.id!),
    );
    await saveSnapshots(
      trx,
      batch,
      importSnapshots(
        { units: [...unitIds.values()], people: [...personIds.values()], presences: ids },
        updates.map((c) => ({ before: found.get(c.id!)!, values: c.values })),
      ),
    );
    for (const c of a.plan.changes) {
      if (c.action !== 'update' || c.id === null) continue;
      await store.updatePresenceRow(trx, c.id, columns(c.values), at);
      changes.push({
        at,
        actor,
        entity: 'presence',
        entity_id: c.id,
        action: 'update',
        diff: c.diff,
        batch,
        reason: null,
      });
    }
    await store.insertChanges(trx, changes);
    // What the person said the file's words mean is kept for the next import of the same source.
    r.mappingsRemembered = await rememberMappings(trx, a.source.key, a.given, actor, batch);
    r.importId = importId;
    return r;
  });
}

/** Every problem with a file names the file, even those found before any row was read. */
function naming(file: string, e: unknown): unknown {
  if (!(e instanceof Invalid)) return e;
  for (const i of e.issues) i.file ??= file;
  if (!e.issues.length) e.issues.push({ file, code: e.code, params: e.params, message: e.message });
  return e;
}

/** The rejected rows, as they were, with the reasons in a last column: ready to fix and re-import. */
export function rejectsCsv(table: RawTable, issues: Issue[]): string {
  const byLine = new Map<number, string[]>();
  for (const i of issues) {
    if (i.line === undefined) continue;
    const list = byLine.get(i.line) ?? [];
    list.push(i.column ? `${i.column}: ${i.message}` : i.message);
    byLine.set(i.line, list);
  }
  const rows = table.rows
    .filter((r) => byLine.has(r.line))
    .map((r) => [...r.cells, byLine.get(r.line)!.join(' | ')]);
  return Papa.unparse({ fields: [...table.headers, 'error'], data: rows }, { escapeFormulae: true });
}
