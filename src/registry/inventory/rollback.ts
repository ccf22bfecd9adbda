// Rolling back an inventory import (issue #12): the registry as the import found it, in one
// transaction, every step in the change log under `undo:import:<id>`.
//
// - Presences it changed get back what they had, through the registry's edit path (new version,
//   history entry), from what the import kept of them (src/registry/snapshots.ts).
// - Presences it created are deleted; one that other records now hang from (posts, a data import,
//   an audit item, a KPI, a stored secret, a grant, a handover task) is archived instead, so that
//   they keep their presence.
// - Any of those presences changed since by something else (or deleted) refuses the whole rollback,
//   naming them: it would overwrite later work. Nothing is changed then.
// - Units and people it created are deleted when nothing uses them (no presence, person, sub-unit,
//   user, grant, audit, task or vault key names them, and nobody changed them since); the others
//   are kept, and the answer names them.
// - What the import remembered of the file's own words (value mappings) is kept: it is knowledge
//   about the file, not the registry's content, and is forgotten one by one (`presences values forget`).
import { sql } from 'kysely';
import type { Access } from '../../core/access';
import { nowIso } from '../../core/clock';
import { Conflict, NotFound } from '../../core/errors';
import { fill } from '../../core/i18n';
import { type ChangeValues, type Q, writeTransaction } from '../../core/log';
import type { Presence, PresencePatch } from '../model';
import { userNames } from '../names';
import { diffValues } from '../rules';
import { presenceRecord, type RegistryService } from '../service';
import { batchSnapshots, markUndone, type Snapshot } from '../snapshots';
import * as store from '../store';
import { changedSince, changedSinceConflict, undoBatch, when } from '../undo';
import { inventoryMessages as M } from './messages';
import type { PlannedValues } from './plan';

/** Each planned field, as the registry's edit names it. */
const PATCH_FIELD = {
  name: 'name',
  unit: 'unitId',
  owner: 'ownerId',
  deputy: 'deputyId',
  custodian: 'custodianId',
  status: 'status',
  languages: 'languages',
  audience: 'audience',
  audienceOn: 'audienceOn',
  createdOn: 'createdOn',
  lastActivityOn: 'lastActivityOn',
  mfa: 'mfa',
  recoveryContact: 'recoveryContact',
  tags: 'tags',
  objective: 'objective',
  notes: 'notes',
  bio: 'bio',
} as const satisfies Record<keyof PlannedValues, keyof PresencePatch & keyof Presence>;

/** What a presence had in the fields an import changes (patch terms), kept to roll it back. */
export function previousValues(p: Presence, values: PlannedValues): PresencePatch {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(values) as (keyof PlannedValues)[]) {
    const field = PATCH_FIELD[k];
    out[field] = p[field];
  }
  // The edit path dates a changed audience today unless told when: it goes back with its own date.
  if ('audience' in out) out.audienceOn = p.audienceOn;
  return out as PresencePatch;
}

/** What an import kept for its rollback: what it created (at their first version) and what it changed. */
export function importSnapshots(
  created: { units: number[]; people: number[]; presences: number[] },
  updated: { before: Presence; values: PlannedValues }[],
): Snapshot[] {
  // New rows start at version 1 (migration 007).
  const made = (entity: Snapshot['entity'], ids: number[]): Snapshot[] =>
    ids.map((entityId) => ({ entity, entityId, action: 'create', version: 1, previous: null }));
  return [
    ...made('unit', created.units),
    ...made('person', created.people),
    ...made('presence', created.presences),
    ...updated.map(({ before, values }) => ({
      entity: 'presence' as const,
      entityId: before.id,
      action: 'update' as const,
      // The import's update adds one to the version it found.
      version: before.version + 1,
      previous: previousValues(before, values) as Record<string, unknown>,
    })),
  ];
}

/** Presences by id, a thousand at a time (SQL's parameter limits). */
export async function presencesById(db: Q, dialect: 'sqlite' | 'postgres', ids: number[]) {
  const out = new Map<number, Presence>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const p of await store.listPresences(db, dialect, { ids: ids.slice(i, i + 1000) })) out.set(p.id, p);
  }
  return out;
}

export interface RollbackResult {
  importId: number;
  /** The batch of the rollback's entries in the change log. */
  batch: string;
  presencesRestored: number;
  presencesDeleted: number;
  presencesArchived: number;
  unitsDeleted: number;
  peopleDeleted: number;
  /** Created by the import and kept, because something else uses them now (by name). */
  unitsKept: string[];
  peopleKept: string[];
}

/** Whether any row of `table` has `column` = `id`. */
async function used(db: Q, table: string, column: string, id: number): Promise<boolean> {
  const r = await sql<{
    one: number;
  }>`select 1 as one from ${sql.table(table)} where ${sql.ref(column)} = ${id} limit 1`.execute(db);
  return r.rows.length > 0;
}

async function usedAnywhere(
  db: Q,
  id: number,
  places: readonly (readonly [string, string])[],
): Promise<boolean> {
  for (const [table, column] of places) if (await used(db, table, column, id)) return true;
  return false;
}

/** What may hang from a presence, besides its history. */
const PRESENCE_USES = [
  ['posts', 'presence_id'],
  ['daily_metrics', 'presence_id'],
  ['interactions', 'presence_id'],
  ['data_imports', 'presence_id'],
  ['audit_items', 'presence_id'],
  ['audit_tasks', 'presence_id'],
  ['kpis', 'presence_id'],
  ['secrets', 'presence_id'],
  ['reassignments', 'presence_id'],
  ['grants', 'presence_id'],
] as const;
const PERSON_USES = [
  ['presences', 'owner_id'],
  ['presences', 'deputy_id'],
  ['presences', 'custodian_id'],
  ['users', 'person_id'],
  ['reassignments', 'person_id'],
  ['reassignments', 'to_person_id'],
  ['audit_tasks', 'owner_id'],
] as const;
const UNIT_USES = [
  ['presences', 'unit_id'],
  ['people', 'unit_id'],
  ['units', 'parent_id'],
  ['audits', 'unit_id'],
  ['grants', 'unit_id'],
  ['vault_keys', 'unit_id'],
] as const;

const en = (code: keyof typeof M, params: Record<string, string | number>) => fill(M[code].en, params);

/** Rolls back inventory import `importId` (see the file's header), under the import permission. */
export async function rollbackInventoryImport(
  registry: RegistryService,
  access: Access,
  importId: number,
): Promise<RollbackResult> {
  access.require('inventory.import');
  const { db, dialect } = registry.handle;
  return writeTransaction(db, async (trx) => {
    const imp = await trx
      .selectFrom('inventory_imports')
      .selectAll()
      .where('id', '=', importId)
      .executeTakeFirst();
    if (!imp) {
      throw new NotFound('inventory.import_not_found', en('inventory.import_not_found', { id: importId }), {
        id: importId,
      });
    }
    const params = { id: importId, file: imp.file_name };
    if (imp.rolled_back_at) {
      const by = imp.rolled_back_by ?? '?';
      const p = {
        ...params,
        actor: (await userNames(trx, [by])).get(by) ?? by,
        at: when(imp.rolled_back_at),
      };
      throw new Conflict('inventory.already_rolled_back', en('inventory.already_rolled_back', p), p);
    }
    const batch = `import:${importId}`;
    const snapshots = await batchSnapshots(trx, batch);
    const changedAnything = imp.created + imp.updated + imp.units_created + imp.people_created > 0;
    if (!snapshots.length && changedAnything) {
      throw new Conflict(
        'inventory.rollback_unavailable',
        en('inventory.rollback_unavailable', params),
        params,
      );
    }
    const ofPresences = snapshots.filter((s) => s.entity === 'presence');
    const current = await presencesById(
      trx,
      dialect,
      ofPresences.map((s) => s.entityId),
    );
    const later = await changedSince(trx, ofPresences, current);
    if (later.length) throw await changedSinceConflict(trx, M, 'inventory.rollback_changed', params, later);

    const at = nowIso();
    const actor = access.actor;
    const undo = undoBatch(batch);
    const within = { trx, permission: 'inventory.import' as const, batch: undo };
    const changes: ChangeValues[] = [];
    const result: RollbackResult = {
      importId,
      batch: undo,
      presencesRestored: 0,
      presencesDeleted: 0,
      presencesArchived: 0,
      unitsDeleted: 0,
      peopleDeleted: 0,
      unitsKept: [],
      peopleKept: [],
    };
    for (const s of ofPresences) {
      if (s.action !== 'update') continue;
      // At the version checked above: the import's, or later by batches undone since.
      const version = current.get(s.entityId)!.version;
      await registry.updatePresence(
        access,
        s.entityId,
        { ...(s.previous as PresencePatch), version },
        within,
      );
      result.presencesRestored++;
    }
    for (const s of ofPresences) {
      if (s.action !== 'create') continue;
      const p = current.get(s.entityId)!;
      if (await usedAnywhere(trx, p.id, PRESENCE_USES)) {
        if (p.status !== 'archived')
          await registry.updatePresence(access, p.id, { status: 'archived', version: p.version }, within);
        result.presencesArchived++;
        continue;
      }
      await store.deletePresenceRow(trx, p.id);
      changes.push(entry(at, actor, undo, 'presence', p.id, diffValues(presenceRecord(p), {})));
      result.presencesDeleted++;
    }
    // People before units (a person's unit may be one the import made); the latest first.
    for (const s of snapshots.filter((x) => x.entity === 'person').reverse()) {
      const row = await store.getPersonRow(trx, s.entityId);
      if (!row) continue;
      if (Number(row.version) !== s.version || (await usedAnywhere(trx, row.id, PERSON_USES))) {
        result.peopleKept.push(row.name);
        continue;
      }
      await trx.deleteFrom('people').where('id', '=', row.id).execute();
      changes.push(
        entry(at, actor, undo, 'person', row.id, { name: [row.name, null], email: [row.email, null] }),
      );
      result.peopleDeleted++;
    }
    for (const s of snapshots.filter((x) => x.entity === 'unit').reverse()) {
      const row = await store.getUnitRow(trx, s.entityId);
      if (!row) continue;
      if (Number(row.version) !== s.version || (await usedAnywhere(trx, row.id, UNIT_USES))) {
        result.unitsKept.push(row.name);
        continue;
      }
      await store.deleteUnitRow(trx, row.id);
      changes.push(
        entry(at, actor, undo, 'unit', row.id, { name: [row.name, null], kind: [row.kind, null] }),
      );
      result.unitsDeleted++;
    }
    await trx
      .updateTable('inventory_imports')
      .set({ rolled_back_at: at, rolled_back_by: actor })
      .where('id', '=', importId)
      .execute();
    await markUndone(trx, batch, at, actor);
    changes.push(
      entry(at, actor, undo, 'inventory_import', importId, {
        rolledBack: [false, true],
        presencesRestored: [null, result.presencesRestored],
        presencesDeleted: [null, result.presencesDeleted],
        presencesArchived: [null, result.presencesArchived],
        unitsDeleted: [null, result.unitsDeleted],
        peopleDeleted: [null, result.peopleDeleted],
      }),
    );
    await store.insertChanges(trx, changes);
    return result;
  });
}

function entry(
  at: string,
  actor: string,
  batch: string,
  entity: ChangeValues['entity'],
  id: number,
  diff: Record<string, [unknown, unknown]>,
): ChangeValues {
  const action = entity === 'inventory_import' ? 'rollback' : 'delete';
  return { at, actor, entity, entity_id: id, action, diff, batch, reason: null };
}
