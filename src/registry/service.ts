// The registry's services: every write takes the acting person and records what changed, in the
// same transaction as the change itself.

import { sql, type Transaction } from 'kysely';
import { type Access, type Permission, scopeFilter } from '../core/access';
import { nowIso } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, Invalid, NotFound } from '../core/errors';
import { fill, issueFrom } from '../core/i18n';
import { lockChangeLog, writeTransaction } from '../core/log';
import type { Database } from '../core/schema';
import { nameKey } from '../core/text';
import {
  checkAssignment,
  presenceTarget,
  requireOnPresence,
  requireUnitInScope,
  visiblePeople,
  visibleUnits,
} from './access';
import { staleError } from './conflict';
import { registryMessages as M } from './messages';
import type {
  BulkEdit,
  Change,
  Overview,
  Person,
  PersonInput,
  PersonStatus,
  Presence,
  PresenceCreate,
  PresencePatch,
  PresenceQuery,
  ResolvedProfile,
  Unit,
  UnitInput,
} from './model';
import { namesFor, userNames } from './names';
import { hasRisk, riskFactsOf } from './risks';
import { buildOverview, changedSince, descendantIds, diffValues, sameValue, wouldCycle } from './rules';
import { batchSnapshots, hasSnapshots, markUndone, saveSnapshots } from './snapshots';
import * as store from './store';
import { frozenFigures } from './trend';
import { BULK_BATCH_RE, changedSinceConflict, changedSince as laterChanges, undoBatch, when } from './undo';
import { getPlatform, isAlive } from './urls/platforms';
import { resolveProfile } from './urls/resolve';

const en = (code: keyof typeof M, params: Record<string, string | number> = {}) => fill(M[code].en, params);

/** How a presence reads in its history: references by name, not by id. */
export function presenceRecord(p: Presence): Record<string, unknown> {
  return {
    platform: p.platform,
    handle: p.handle,
    url: p.url,
    name: p.name,
    unit: p.unit,
    owner: p.owner,
    deputy: p.deputy,
    custodian: p.custodian,
    objective: p.objective,
    status: p.status,
    languages: p.languages,
    audience: p.audience,
    audienceOn: p.audienceOn,
    createdOn: p.createdOn,
    lastActivityOn: p.lastActivityOn,
    mfa: p.mfa,
    recoveryContact: p.recoveryContact,
    tags: p.tags,
    notes: p.notes,
    bio: p.bio,
  };
}

/** Resolves what a person gave (a URL, or a platform and a handle) to one presence identity. */
export function resolveInput(input: {
  url?: string;
  platform?: string;
  handle?: string | null;
}): ResolvedProfile {
  if (input.platform && !getPlatform(input.platform)) {
    throw new Invalid(
      'presence.unknown_platform',
      en('presence.unknown_platform', { platform: input.platform }),
      {
        platform: input.platform,
      },
      [issueFrom(M, 'presence.unknown_platform', { platform: input.platform }, { field: 'platform' })],
    );
  }
  const text = input.url?.trim() || input.handle?.trim() || '';
  const resolved = text ? resolveProfile(text, input.platform) : null;
  if (!resolved) {
    const field = input.url ? 'url' : 'handle';
    throw new Invalid(
      'presence.unresolvable',
      en('presence.unresolvable', { input: text.slice(0, 200) }),
      {
        input: text.slice(0, 200),
      },
      [issueFrom(M, 'presence.unresolvable', { input: text.slice(0, 200) }, { field })],
    );
  }
  return resolved;
}

/** The people this user may see and name (null: everyone), as the directory shows them. */
export async function visiblePeopleOf(
  db: store.Q,
  dialect: Db['dialect'],
  access: Access,
): Promise<Set<number> | null> {
  const scope = access.scope('registry.read');
  if (scope.all) return null;
  const [people, presences] = await Promise.all([
    db.selectFrom('people').select(['id', 'unit_id']).execute(),
    store.listPresences(db, dialect, {
      scope: { unitIds: [...scope.unitIds], presenceIds: [...scope.presenceIds] },
    }),
  ]);
  return visiblePeople(
    access,
    people.map((p) => ({ id: p.id, unitId: p.unit_id })),
    presences,
  );
}

/**
 * A registry change made inside another capability's transaction (an audit decision): the caller's
 * rows and the registry's commit together or not at all. The caller opens it with
 * `writeTransaction` (src/core/log.ts), so the log's lock comes before any row lock: one lock order
 * for every writer (src/registry/concurrency.test.ts).
 */
export interface WithinTransaction {
  trx: Transaction<Database>;
  /** What the caller acts under, checked on the presence as `presence.edit` is (the audit: `audit.run`). */
  permission?: Permission;
  /** Groups the history entry with the caller's own entries (`audit:12`). */
  batch?: string;
}

/** Runs `fn` in the caller's write transaction; taking the log's lock again there is a no-op. */
async function joinWriteTransaction<T>(
  trx: Transaction<Database>,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (!trx.isTransaction) throw new Error('a registry change joins a transaction, not the database');
  await lockChangeLog(trx);
  return fn(trx);
}

/**
 * What capabilities above the registry do in the same transaction when it changes (composed in
 * src/server/app.ts): a leaver's reassignment tasks, a deleted unit's vault key.
 */
export interface RegistryHooks {
  personLeft?: (trx: store.Q, personId: number, actor: string) => Promise<unknown>;
  personBack?: (trx: store.Q, personId: number, actor: string) => Promise<unknown>;
  unitDeleting?: (trx: store.Q, unitId: number) => Promise<unknown>;
}

export class RegistryService {
  constructor(
    readonly handle: Db,
    private readonly hooks: RegistryHooks = {},
  ) {}

  private get db() {
    return this.handle.db;
  }

  async organisationName(): Promise<string> {
    return (await store.getOrganisationName(this.db)) ?? 'Vigie';
  }

  /**
   * Totals, risks and the map over the presences and units the user may see, and the same figures as
   * the last audit of the whole organisation froze them, over the same scope (trend.ts).
   */
  async overview(access: Access): Promise<Overview> {
    access.require('registry.read');
    const scope = scopeFilter(access.scope('registry.read'));
    const [name, presences, units, audit] = await Promise.all([
      this.organisationName(),
      store.listPresences(this.db, this.handle.dialect, { scope }),
      this.unitsFor(access),
      store.lastOrganisationAudit(this.db),
    ]);
    let since: Overview['since'] = null;
    if (audit) {
      const visible = new Set(presences.map((p) => p.id));
      const figures = frozenFigures(await store.frozenItems(this.db, audit.id), scope, visible);
      if (figures) since = { auditId: audit.id, asOf: audit.asOf, figures };
    }
    return buildOverview(name, presences, units, isAlive, since);
  }

  async listPresences(
    query: PresenceQuery = {},
    scope: store.PresenceScope | null = null,
  ): Promise<{ items: Presence[]; total: number }> {
    let unitIds: number[] | undefined;
    if (query.unitId && query.subUnits === 'true') {
      unitIds = descendantIds(await store.listUnits(this.db), query.unitId);
    }
    const { risk, ...columns } = query;
    const all = await store.listPresences(this.db, this.handle.dialect, { ...columns, unitIds, scope });
    // The overview's definition of each risk, so that a card and the list it opens agree.
    const items = risk ? all.filter((p) => hasRisk(riskFactsOf(p, isAlive(p.platform)), risk)) : all;
    return { items, total: items.length };
  }

  async getPresence(id: number, db: store.Q = this.db): Promise<Presence> {
    const [p] = await store.listPresences(db, this.handle.dialect, { ids: [id] });
    if (!p) throw new NotFound('presence.not_found', en('presence.not_found', { id }), { id });
    return p;
  }

  /** A presence the user may read (404 otherwise, as for an unknown one). */
  async presence(access: Access, id: number): Promise<Presence> {
    const p = await this.getPresence(id);
    requireOnPresence(access, 'registry.read', presenceTarget(p));
    return p;
  }

  async history(access: Access, id: number): Promise<Change[]> {
    await this.presence(access, id);
    const changes = await store.listChanges(this.db, 'presence', id);
    // Actors by name (src/registry/names.ts); only the presence itself besides, which the reader may
    // see: the units, people and audits named in its entries may be out of the reader's scope.
    const names = await namesFor(this.db, changes, { subjectOnly: true });
    return changes.map((c, i) => ({ ...c, names: names[i] }));
  }

  private visiblePeople(db: store.Q, access: Access): Promise<Set<number> | null> {
    return visiblePeopleOf(db, this.handle.dialect, access);
  }

  async createPresence(access: Access, input: PresenceCreate): Promise<Presence> {
    const resolved = resolveInput(input);
    const at = nowIso();
    const actor = access.actor;
    access.require('presence.create');
    requireUnitInScope(access, 'presence.create', input.unitId ?? null);
    return writeTransaction(this.db, async (trx) => {
      checkAssignment(access, 'presence.create', null, input, await this.visiblePeople(trx, access));
      const existing = await store.findPresenceByKey(trx, resolved.platform, resolved.key);
      if (existing) throw duplicate(resolved, existing.id);
      await this.checkRefs(trx, input);
      const [id] = await store.insertPresences(
        trx,
        [
          {
            platform: resolved.platform,
            handle: resolved.handle,
            handle_key: resolved.key,
            url: resolved.url,
            name: input.name ?? null,
            unit_id: input.unitId ?? null,
            owner_id: input.ownerId ?? null,
            deputy_id: input.deputyId ?? null,
            custodian_id: input.custodianId ?? null,
            objective: input.objective ?? null,
            status: input.status ?? 'active',
            languages: JSON.stringify(input.languages ?? []),
            audience: input.audience ?? null,
            audience_on: input.audienceOn ?? (input.audience != null ? at.slice(0, 10) : null),
            created_on: input.createdOn ?? null,
            last_activity_on: input.lastActivityOn ?? null,
            mfa: input.mfa ?? 'unknown',
            recovery_contact: input.recoveryContact ?? 'unknown',
            tags: JSON.stringify(input.tags ?? []),
            notes: input.notes ?? null,
            bio: input.bio ?? null,
          },
        ],
        at,
      );
      const created = await this.getPresence(id!, trx);
      await store.insertChanges(trx, [
        {
          at,
          actor,
          entity: 'presence',
          entity_id: id!,
          action: 'create',
          diff: diffValues({}, presenceRecord(created)),
          batch: null,
          reason: input.reason ?? null,
        },
      ]);
      return created;
    });
  }

  /**
   * Changes a presence. With `patch.version`, only if nobody changed it since that version: otherwise
   * a Conflict naming what changed, and nothing is stored. The check and the write are one
   * conditional UPDATE, inside the log's lock, so two edits from the same version never both win.
   *
   * `within`: the change is part of another capability's transaction (an audit decision), under
   * that capability's permission; the same rules apply (scope, version, custody, history).
   */
  async updatePresence(
    access: Access,
    id: number,
    patch: PresencePatch,
    within?: WithinTransaction,
  ): Promise<Presence> {
    const how = { permission: within?.permission ?? 'presence.edit', batch: within?.batch ?? null };
    if (within)
      return joinWriteTransaction(within.trx, (trx) => this.editPresence(trx, access, id, patch, how));
    return writeTransaction(this.db, (trx) => this.editPresence(trx, access, id, patch, how));
  }

  private async editPresence(
    trx: Transaction<Database>,
    access: Access,
    id: number,
    patch: PresencePatch,
    how: {
      permission: Permission;
      batch: string | null;
      /** The people this user may name, when the caller read them once for many edits (an undo). */
      visible?: Set<number> | null;
    },
  ): Promise<Presence> {
    const at = nowIso();
    const actor = access.actor;
    const before = await this.getPresence(id, trx);
    const target = { ...presenceTarget(before), ownerId: before.ownerId, deputyId: before.deputyId };
    requireOnPresence(access, how.permission, target);
    if (patch.version !== undefined && patch.version !== before.version) {
      throw await this.stale(trx, 'presence', id, patch.version, before.version, presenceRecord(before));
    }
    const visible = how.visible !== undefined ? how.visible : await this.visiblePeople(trx, access);
    checkAssignment(access, how.permission, target, patch, visible);
    await this.checkRefs(trx, patch);
    const row = await store.getPresenceRow(trx, id);
    const set: Partial<store.PresenceValues> = {};
    if (patch.url !== undefined || patch.handle !== undefined || patch.platform !== undefined) {
      const resolved = resolveInput({
        url:
          patch.url ?? (patch.handle !== undefined || patch.platform !== undefined ? undefined : before.url),
        platform: patch.platform ?? before.platform,
        handle: patch.handle ?? before.handle,
      });
      if (resolved.platform !== before.platform || resolved.key !== row?.handle_key) {
        const clash = await store.findPresenceByKey(trx, resolved.platform, resolved.key);
        if (clash && clash.id !== id) throw duplicate(resolved, clash.id);
      }
      Object.assign(set, {
        platform: resolved.platform,
        handle: resolved.handle,
        handle_key: resolved.key,
        url: resolved.url,
      });
    }
    const simple: [keyof PresencePatch, keyof store.PresenceValues][] = [
      ['name', 'name'],
      ['unitId', 'unit_id'],
      ['ownerId', 'owner_id'],
      ['deputyId', 'deputy_id'],
      ['custodianId', 'custodian_id'],
      ['objective', 'objective'],
      ['status', 'status'],
      ['audience', 'audience'],
      ['audienceOn', 'audience_on'],
      ['createdOn', 'created_on'],
      ['lastActivityOn', 'last_activity_on'],
      ['mfa', 'mfa'],
      ['recoveryContact', 'recovery_contact'],
      ['notes', 'notes'],
      ['bio', 'bio'],
    ];
    for (const [from, to] of simple) {
      if (patch[from] !== undefined) (set as Record<string, unknown>)[to] = patch[from];
    }
    if (patch.languages !== undefined) set.languages = JSON.stringify(patch.languages);
    if (patch.tags !== undefined) set.tags = JSON.stringify(patch.tags);
    if (patch.audience != null && patch.audienceOn === undefined && patch.audience !== before.audience) {
      set.audience_on = at.slice(0, 10);
    }
    // Only what differs from the stored row is written: an edit that changes nothing leaves the
    // version alone (each version is one entry of the history).
    const stored = (row ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(set) as (keyof typeof set)[]) {
      if (sameValue(stored[k], set[k])) delete set[k];
    }
    if (Object.keys(set).length === 0) return before;
    if (!(await store.updatePresenceRow(trx, id, set, at, before.version))) {
      // Unreachable while every writer takes the log's lock first; kept as the guarantee.
      const now = await this.getPresence(id, trx);
      throw await this.stale(trx, 'presence', id, before.version, now.version, presenceRecord(now));
    }
    const after = await this.getPresence(id, trx);
    let diff = diffValues(presenceRecord(before), presenceRecord(after));
    // Two people with the same name: the record (by name) sees no difference, the row does.
    if (!Object.keys(diff).length) diff = diffValues(stored, { ...stored, ...set });
    await store.insertChanges(trx, [
      {
        at,
        actor,
        entity: 'presence',
        entity_id: id,
        action: 'update',
        diff,
        batch: how.batch,
        reason: patch.reason ?? null,
      },
    ]);
    return after;
  }

  /**
   * The Conflict for an edit made from version `seen` of a record now at `current`: what changed,
   * from the last `current − seen` updates in the log (each version is one of them).
   */
  private async stale(
    trx: store.Q,
    entity: 'presence' | 'unit' | 'person',
    id: number,
    seen: number,
    current: number,
    record: Record<string, unknown>,
  ) {
    const updates = seen < current ? await store.lastUpdates(trx, entity, id, current - seen) : [];
    const changes = changedSince(updates, record);
    const names = await userNames(trx, [...new Set(changes.map((c) => c.actor))]);
    return staleError(
      entity,
      id,
      seen,
      current,
      changes.map((c) => ({ ...c, actorName: names.get(c.actor) ?? null })),
    );
  }

  async deletePresence(access: Access, id: number, reason?: string): Promise<void> {
    const at = nowIso();
    const actor = access.actor;
    await writeTransaction(this.db, async (trx) => {
      const before = await this.getPresence(id, trx);
      requireOnPresence(access, 'presence.delete', presenceTarget(before));
      await store.deletePresenceRow(trx, id);
      await store.insertChanges(trx, [
        {
          at,
          actor,
          entity: 'presence',
          entity_id: id,
          action: 'delete',
          diff: diffValues(presenceRecord(before), {}),
          batch: null,
          reason: reason ?? null,
        },
      ]);
    });
  }

  /**
   * One change to many presences, all or nothing. `batch` names it for `undoBulk` (null when it
   * changed nothing); what each presence had before is kept for that (src/registry/snapshots.ts).
   */
  async bulkEdit(
    access: Access,
    edit: BulkEdit,
  ): Promise<{ updated: number; unchanged: number; batch: string | null }> {
    const at = nowIso();
    const actor = access.actor;
    const ids = [...new Set(edit.ids)];
    access.require('presence.delete');
    return writeTransaction(this.db, async (trx) => {
      const batch = await newBulkBatch(trx, at);
      const rows = await store.listPresences(trx, this.handle.dialect, { ids });
      // A presence the user cannot see is as unknown as one that does not exist.
      const before = rows.filter((p) => access.covers('registry.read', presenceTarget(p)));
      if (before.length !== ids.length) {
        const found = new Set(before.map((p) => p.id));
        const missing = ids
          .filter((i) => !found.has(i))
          .slice(0, 20)
          .join(', ');
        throw new NotFound('bulk.unknown_ids', en('bulk.unknown_ids', { ids: missing }), { ids: missing });
      }
      if (edit.versions) await this.checkBulkVersions(trx, before, edit.versions);
      const visible = await this.visiblePeople(trx, access);
      for (const p of before) {
        const target = { ...presenceTarget(p), ownerId: p.ownerId, deputyId: p.deputyId };
        requireOnPresence(access, 'presence.delete', target);
        checkAssignment(access, 'presence.delete', target, edit.set, visible);
      }
      await this.checkRefs(trx, edit.set);
      const set: Partial<store.PresenceValues> = {};
      if (edit.set.unitId !== undefined) set.unit_id = edit.set.unitId;
      if (edit.set.ownerId !== undefined) set.owner_id = edit.set.ownerId;
      if (edit.set.status !== undefined) set.status = edit.set.status;
      const toChange = before.filter(
        (p) =>
          (set.unit_id !== undefined && p.unitId !== set.unit_id) ||
          (set.owner_id !== undefined && p.ownerId !== set.owner_id) ||
          (set.status !== undefined && p.status !== set.status),
      );
      for (let i = 0; i < toChange.length; i += 500) {
        const chunk = toChange.slice(i, i + 500).map((p) => p.id);
        await trx
          .updateTable('presences')
          .set({ ...set, updated_at: at, version: sql<number>`version + 1` })
          .where('id', 'in', chunk)
          .execute();
      }
      const after = new Map(
        (await store.listPresences(trx, this.handle.dialect, { ids: toChange.map((p) => p.id) })).map((p) => [
          p.id,
          p,
        ]),
      );
      await store.insertChanges(
        trx,
        toChange.map((p) => ({
          at,
          actor,
          entity: 'presence' as const,
          entity_id: p.id,
          action: 'update' as const,
          diff: diffValues(presenceRecord(p), presenceRecord(after.get(p.id)!)),
          batch,
          reason: edit.reason ?? null,
        })),
      );
      await saveSnapshots(
        trx,
        batch,
        toChange.map((p) => {
          const previous: PresencePatch = {};
          if (edit.set.unitId !== undefined) previous.unitId = p.unitId;
          if (edit.set.ownerId !== undefined) previous.ownerId = p.ownerId;
          if (edit.set.status !== undefined) previous.status = p.status;
          return {
            entity: 'presence',
            entityId: p.id,
            action: 'update',
            version: after.get(p.id)!.version,
            previous,
          };
        }),
      );
      return {
        updated: toChange.length,
        unchanged: before.length - toChange.length,
        batch: toChange.length ? batch : null,
      };
    });
  }

  /**
   * Undoes a bulk edit: each presence it changed gets back what it had, through the edit's own path
   * (a new version, a history entry under `undo:<batch>`), all or nothing, under the permission bulk
   * edits need. Refused when any of them was changed since by something else (naming them and what
   * changed: undoing would overwrite it), and when the edit was already undone.
   */
  async undoBulk(access: Access, batch: string): Promise<{ restored: number; batch: string }> {
    access.require('presence.delete');
    const shown = batch.slice(0, 40);
    const unknown = () =>
      new NotFound('bulk.not_found', en('bulk.not_found', { batch: shown }), { batch: shown });
    if (!BULK_BATCH_RE.test(batch)) throw unknown();
    return writeTransaction(this.db, async (trx) => {
      const snapshots = await batchSnapshots(trx, batch);
      if (!snapshots.length) throw unknown();
      const ids = [...new Set(snapshots.map((s) => s.entityId))];
      const rows = await store.listPresences(trx, this.handle.dialect, { ids });
      // A bulk edit of presences this user cannot see is as unknown to them as one never made, before
      // anything is said of it (undone already: by whom and when). A presence deleted since is seen
      // by no one: with one, only a user who sees everything is told what became of the edit.
      if (
        (rows.length < ids.length && !access.scope('registry.read').all) ||
        rows.some((p) => !access.covers('registry.read', presenceTarget(p)))
      )
        throw unknown();
      const undone = snapshots.find((s) => s.undoneAt !== null);
      if (undone) {
        const by = undone.undoneBy ?? '?';
        const params = { actor: (await userNames(trx, [by])).get(by) ?? by, at: when(undone.undoneAt ?? '') };
        throw new Conflict('bulk.already_undone', en('bulk.already_undone', params), params);
      }
      const current = new Map(rows.map((p) => [p.id, p]));
      const later = await laterChanges(trx, snapshots, current);
      if (later.length) throw await changedSinceConflict(trx, M, 'bulk.undo_changed', { batch }, later);
      const how = {
        permission: 'presence.delete' as const,
        batch: undoBatch(batch),
        visible: await this.visiblePeople(trx, access),
      };
      for (const s of snapshots) {
        // The version checked above (the bulk edit's, or later by batches undone since): the edit
        // path checks it again in its conditional update.
        const patch = { ...(s.previous as PresencePatch), version: current.get(s.entityId)!.version };
        await this.editPresence(trx, access, s.entityId, patch, how);
      }
      await markUndone(trx, batch, nowIso(), access.actor);
      return { restored: snapshots.length, batch: how.batch };
    });
  }

  /** A bulk edit made from a list some of whose presences changed since: refused, naming them. */
  private async checkBulkVersions(trx: store.Q, rows: Presence[], versions: Record<string, number>) {
    const stale = rows.filter((p) => versions[p.id] !== undefined && versions[p.id] !== p.version);
    if (!stale.length) return;
    const issues = [];
    for (const p of stale.slice(0, 50)) {
      const [last] = await store.lastUpdates(trx, 'presence', p.id, 1);
      const params = {
        id: p.id,
        name: p.name ?? p.handle ?? p.url,
        actor: last?.actor ?? '?',
        at: last ? `${last.at.slice(0, 10)} ${last.at.slice(11, 16)} UTC` : '?',
        changedAt: last?.at ?? '',
      };
      issues.push(issueFrom(M, 'bulk.changed_presence', params, { field: `ids.${p.id}` }));
    }
    throw new Conflict('bulk.stale', en('bulk.stale'), { count: stale.length }, issues);
  }

  resolve(inputs: string[], platform?: string): (ResolvedProfile | null)[] {
    return inputs.map((i) => resolveProfile(i, platform));
  }

  // ---------- units

  /** Every unit (for the system and organisation-wide readers). */
  listUnits(): Promise<Unit[]> {
    return store.listUnits(this.db);
  }

  /**
   * The units this user may see: all of them for organisation-wide readers; otherwise their units
   * and those of their presences, each counting only the presences and people the user sees.
   */
  async unitsFor(access: Access): Promise<Unit[]> {
    const scope = scopeFilter(access.scope('registry.read'));
    const all = await store.listUnits(this.db, scope);
    if (!scope) return all;
    const { items } = await this.listPresences({}, scope);
    const visible = visibleUnits(access, items) ?? new Set<number>();
    return all
      .filter((u) => visible.has(u.id))
      .map((u) => ({ ...u, parentId: u.parentId !== null && visible.has(u.parentId) ? u.parentId : null }));
  }

  /** A unit by its name, however it is capitalised or accented. */
  async unitByName(name: string): Promise<Unit> {
    const row = await store.findUnitByKey(this.db, nameKey(name));
    if (!row) throw new NotFound('unit.not_found_name', en('unit.not_found_name', { name }), { name });
    return this.getUnit(row.id);
  }

  async getUnit(id: number): Promise<Unit> {
    const u = (await store.listUnits(this.db)).find((x) => x.id === id);
    if (!u) throw new NotFound('unit.not_found', en('unit.not_found', { id }), { id });
    return u;
  }

  async createUnit(access: Access, input: UnitInput): Promise<Unit> {
    if (!input.name) throw invalidField('name', 'required');
    const actor = access.actor;
    access.require('organisation.manage');
    requireUnitInScope(access, 'organisation.manage', input.parentId ?? null);
    const name = input.name;
    const at = nowIso();
    const aliases = cleanAliases(name, input.aliases ?? []);
    const id = await writeTransaction(this.db, async (trx) => {
      if (await store.findUnitByKey(trx, nameKey(name))) {
        throw new Conflict('unit.duplicate', en('unit.duplicate', { name }), { name });
      }
      await this.checkUnitNames(trx, null, name, aliases);
      if (input.parentId) await this.unitRow(trx, input.parentId);
      const id = await store.insertUnit(trx, {
        name,
        name_key: nameKey(name),
        kind: input.kind ?? 'other',
        parent_id: input.parentId ?? null,
        country: input.country ?? null,
        aliases,
        at,
      });
      const values = {
        name,
        kind: input.kind ?? 'other',
        parentId: input.parentId ?? null,
        country: input.country ?? null,
        aliases,
      };
      await store.insertChanges(trx, [
        {
          at,
          actor,
          entity: 'unit',
          entity_id: id,
          action: 'create',
          diff: diffValues({}, values),
          batch: null,
          reason: null,
        },
      ]);
      return id;
    });
    return this.getUnit(id);
  }

  async updateUnit(access: Access, id: number, input: UnitInput): Promise<Unit> {
    const at = nowIso();
    const actor = access.actor;
    await writeTransaction(this.db, async (trx) => {
      const row = await this.unitRow(trx, id);
      access.require('organisation.manage');
      access.requireOn('organisation.manage', { id, unitId: id }, 'unit.not_found');
      const stored = store.parseAliases(row.aliases);
      if (input.version !== undefined && input.version !== row.version) {
        const current = {
          name: row.name,
          kind: row.kind,
          parentId: row.parent_id,
          country: row.country,
          aliases: stored,
        };
        throw await this.stale(trx, 'unit', id, input.version, row.version, current);
      }
      if (input.parentId !== undefined && input.parentId !== row.parent_id) {
        requireUnitInScope(access, 'organisation.manage', input.parentId);
      }
      const set: Parameters<typeof store.updateUnitRow>[2] = {};
      if (input.name !== undefined && input.name !== row.name) {
        const clash = await store.findUnitByKey(trx, nameKey(input.name));
        if (clash && clash.id !== id)
          throw new Conflict('unit.duplicate', en('unit.duplicate', { name: input.name }), {
            name: input.name,
          });
        set.name = input.name;
        set.name_key = nameKey(input.name);
      }
      if (input.kind !== undefined) set.kind = input.kind;
      if (input.country !== undefined) set.country = input.country;
      const aliases =
        input.aliases !== undefined ? cleanAliases(set.name ?? row.name, input.aliases) : stored;
      if (input.aliases !== undefined || set.name !== undefined)
        await this.checkUnitNames(trx, id, set.name ?? row.name, aliases);
      if (!sameValue(aliases, stored)) set.aliases = JSON.stringify(aliases);
      if (input.parentId !== undefined) {
        if (input.parentId !== null) await this.unitRow(trx, input.parentId);
        const all = (await store.allUnitRows(trx)).map((u) => ({ id: u.id, parentId: u.parent_id }));
        if (wouldCycle(all, id, input.parentId)) throw new Invalid('unit.cycle', en('unit.cycle'));
        set.parent_id = input.parentId;
      }
      const before = {
        name: row.name,
        kind: row.kind,
        parentId: row.parent_id,
        country: row.country,
        aliases: stored,
      };
      const after = {
        name: set.name ?? row.name,
        kind: set.kind ?? row.kind,
        parentId: set.parent_id !== undefined ? set.parent_id : row.parent_id,
        country: set.country !== undefined ? set.country : row.country,
        aliases,
      };
      const diff = diffValues(before, after);
      if (!Object.keys(diff).length) return;
      await store.updateUnitRow(trx, id, set, at, row.version);
      await store.insertChanges(trx, [
        { at, actor, entity: 'unit', entity_id: id, action: 'update', diff, batch: null, reason: null },
      ]);
    });
    return this.getUnit(id);
  }

  async deleteUnit(access: Access, id: number): Promise<void> {
    const at = nowIso();
    const actor = access.actor;
    await writeTransaction(this.db, async (trx) => {
      const row = await this.unitRow(trx, id);
      access.require('organisation.manage');
      access.requireOn('organisation.manage', { id, unitId: id }, 'unit.not_found');
      const deps = await store.countUnitDependants(trx, id);
      if (deps.presences || deps.children || deps.people) {
        throw new Conflict('unit.not_empty', en('unit.not_empty', { name: row.name, ...deps }), {
          name: row.name,
          ...deps,
        });
      }
      await this.hooks.unitDeleting?.(trx, id);
      await store.deleteUnitRow(trx, id);
      await store.insertChanges(trx, [
        {
          at,
          actor,
          entity: 'unit',
          entity_id: id,
          action: 'delete',
          diff: diffValues({ name: row.name, kind: row.kind }, { name: null, kind: null }),
          batch: null,
          reason: null,
        },
      ]);
    });
  }

  /**
   * A unit's name and other names say which unit an inventory means (src/registry/inventory/match.ts):
   * none may be another unit's name or other name.
   */
  private async checkUnitNames(db: store.Q, id: number | null, name: string, aliases: string[]) {
    const taken = new Map<string, string>();
    for (const u of await store.allUnitRows(db)) {
      if (u.id === id) continue;
      taken.set(u.name_key, u.name);
      for (const a of store.parseAliases(u.aliases)) taken.set(nameKey(a), u.name);
    }
    for (const text of [name, ...aliases]) {
      const other = taken.get(nameKey(text));
      if (other !== undefined && text !== name)
        throw new Conflict('unit.alias_taken', en('unit.alias_taken', { alias: text, unit: other }), {
          alias: text,
          unit: other,
        });
      if (other !== undefined)
        throw new Conflict('unit.name_is_alias', en('unit.name_is_alias', { name, unit: other }), {
          name,
          unit: other,
        });
    }
  }

  private async unitRow(db: store.Q, id: number) {
    const row = await store.getUnitRow(db, id);
    if (!row) throw new NotFound('unit.not_found', en('unit.not_found', { id }), { id });
    return row;
  }

  // ---------- people

  /** Every person (for the system and organisation-wide readers). */
  listPeople(filter: { unitId?: number; status?: PersonStatus } = {}): Promise<Person[]> {
    return store.listPeople(this.db, filter);
  }

  /**
   * The directory as this user may see it: everyone for organisation-wide readers; otherwise the
   * people of their units and the people named on their presences.
   */
  async peopleFor(
    access: Access,
    filter: { unitId?: number; status?: PersonStatus } = {},
  ): Promise<Person[]> {
    // What each person owns, deputises and holds is counted over the user's presences only.
    const people = await store.listPeople(this.db, filter, scopeFilter(access.scope('registry.read')));
    const visible = await this.visiblePeople(this.db, access);
    return visible ? people.filter((p) => visible.has(p.id)) : people;
  }

  async getPerson(id: number): Promise<Person> {
    const p = (await store.listPeople(this.db)).find((x) => x.id === id);
    if (!p) throw new NotFound('person.not_found', en('person.not_found', { id }), { id });
    return p;
  }

  async createPerson(access: Access, input: PersonInput): Promise<Person> {
    if (!input.name) throw invalidField('name', 'required');
    const actor = access.actor;
    access.require('organisation.manage');
    requireUnitInScope(access, 'organisation.manage', input.unitId ?? null);
    const name = input.name;
    const at = nowIso();
    const id = await writeTransaction(this.db, async (trx) => {
      if (input.unitId) await this.unitRow(trx, input.unitId);
      await this.checkEmailFree(trx, input.email ?? null, null);
      const values = {
        name,
        email: input.email ?? null,
        unit_id: input.unitId ?? null,
        job_title: input.jobTitle ?? null,
        status: input.status ?? 'active',
        left_on: input.leftOn ?? null,
      };
      const id = await store.insertPerson(trx, { ...values, name_key: nameKey(name), at });
      await store.insertChanges(trx, [
        {
          at,
          actor,
          entity: 'person',
          entity_id: id,
          action: 'create',
          diff: diffValues({}, values),
          batch: null,
          reason: null,
        },
      ]);
      return id;
    });
    return this.getPerson(id);
  }

  async updatePerson(access: Access, id: number, input: PersonInput): Promise<Person> {
    const at = nowIso();
    const actor = access.actor;
    await writeTransaction(this.db, async (trx) => {
      const row = await store.getPersonRow(trx, id);
      if (!row) throw new NotFound('person.not_found', en('person.not_found', { id }), { id });
      access.require('organisation.manage');
      access.requireOn('organisation.manage', { id, unitId: row.unit_id }, 'person.not_found');
      if (input.version !== undefined && input.version !== row.version) {
        const { name, email, unit_id, job_title, status, left_on } = row;
        const current = { name, email, unit_id, job_title, status, left_on };
        throw await this.stale(trx, 'person', id, input.version, row.version, current);
      }
      if (input.unitId !== undefined && input.unitId !== row.unit_id) {
        requireUnitInScope(access, 'organisation.manage', input.unitId);
      }
      if (input.unitId) await this.unitRow(trx, input.unitId);
      if (input.email !== undefined) await this.checkEmailFree(trx, input.email, id);
      const before = {
        name: row.name,
        email: row.email,
        unit_id: row.unit_id,
        job_title: row.job_title,
        status: row.status,
        left_on: row.left_on,
      };
      const after = { ...before };
      if (input.name !== undefined) after.name = input.name;
      if (input.email !== undefined) after.email = input.email;
      if (input.unitId !== undefined) after.unit_id = input.unitId;
      if (input.jobTitle !== undefined) after.job_title = input.jobTitle;
      if (input.status !== undefined) after.status = input.status;
      if (input.leftOn !== undefined) after.left_on = input.leftOn;
      // Someone marked as left without a date left today; someone back has no leaving date.
      if (input.status === 'left' && !after.left_on) after.left_on = at.slice(0, 10);
      if (input.status === 'active') after.left_on = null;
      const diff = diffValues(before, after);
      if (!Object.keys(diff).length) return;
      await store.updatePersonRow(trx, id, { ...after, name_key: nameKey(after.name) }, at, row.version);
      await store.insertChanges(trx, [
        { at, actor, entity: 'person', entity_id: id, action: 'update', diff, batch: null, reason: null },
      ]);
      if (after.status === 'left' && before.status !== 'left') await this.hooks.personLeft?.(trx, id, actor);
      if (before.status === 'left' && after.status !== 'left') await this.hooks.personBack?.(trx, id, actor);
    });
    return this.getPerson(id);
  }

  private async checkEmailFree(db: store.Q, email: string | null, self: number | null) {
    if (!email) return;
    const clash = await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst();
    if (clash && clash.id !== self)
      throw new Conflict('person.duplicate_email', en('person.duplicate_email', { email }), { email });
  }

  /** Every unit and person a change points to must exist. */
  private async checkRefs(
    db: store.Q,
    v: {
      unitId?: number | null;
      ownerId?: number | null;
      deputyId?: number | null;
      custodianId?: number | null;
    },
  ) {
    if (v.unitId) await this.unitRow(db, v.unitId);
    for (const pid of [v.ownerId, v.deputyId, v.custodianId]) {
      if (pid && !(await store.getPersonRow(db, pid))) {
        throw new NotFound('person.not_found', en('person.not_found', { id: pid }), { id: pid });
      }
    }
  }
}

/** A new bulk edit's batch: its time, made distinct from another one made in the same millisecond. */
async function newBulkBatch(trx: store.Q, at: string): Promise<string> {
  for (let n = 1; ; n++) {
    const batch = n === 1 ? `bulk:${at}` : `bulk:${at}-${n}`;
    if (!(await hasSnapshots(trx, batch))) return batch;
  }
}

function duplicate(resolved: ResolvedProfile, id: number) {
  const params = { platform: resolved.platform, handle: resolved.handle ?? resolved.url, id };
  return new Conflict('presence.duplicate', en('presence.duplicate', params), params);
}

function invalidField(field: string, what: string) {
  return new Invalid('field.required', `${field}: ${what}`, { field }, [
    { field, code: 'field.required', params: { field }, message: `${field} is required` },
  ]);
}

/** A unit's other names: cleaned, each once (however written), without the unit's own name. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const a of aliases) {
    const text = a.replace(/\s+/g, ' ').trim();
    const key = nameKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}
