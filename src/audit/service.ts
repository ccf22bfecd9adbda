// The audit's services (method steps a–h): run an audit (facts → findings → recommendations, frozen
// in one transaction), take decisions (the registry and the plan follow, in the same transaction),
// follow the plan, edit settings and templates, set KPIs, produce the report.
import type { Access, Permission } from '../core/access';
import { addDays, nowIso, today } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, Invalid, NotFound } from '../core/errors';
import { fill, type Locale } from '../core/i18n';
import { appendChanges, lockChangeLog } from '../core/log';
import { checkAssignment, presenceTarget, requireOnPresence, requireUnitInScope } from '../registry/access';
import type { Presence, PresenceStatus } from '../registry/model';
import { getPlatform } from '../registry/platforms';
import { descendantIds } from '../registry/rules';
import { visiblePeopleOf } from '../registry/service';
import * as registry from '../registry/store';
import { kpiTargetOf, readableAudits, requireOnAudit, taskTargetOf } from './access';
import { auditMessages } from './messages';
import {
  type Audit,
  type AuditFacts,
  type AuditItem,
  type AuditRun,
  type AuditSummary,
  type DecideInput,
  type Decision,
  KEEPING_DECISIONS,
  type Kpi,
  type KpiInput,
  kpiInputSchema,
  type PresenceSnapshot,
  type RuleSettings,
  STATUS_AFTER,
  type Task,
  type TaskKind,
  type TaskPatch,
  type TaskStatus,
  type Template,
  type TemplateInput,
} from './model';
import { formatDate, planFor, suggestKpis } from './plan';
import { planMessages } from './plan-messages';
import { checkDecision, factsOf, findingsOf, overlapsOf, type RuleItem, recommendAll } from './rules';
import { auditServiceMessages as S } from './service-messages';
import { parseSettings, storedSettings } from './settings-input';
import * as store from './store';
import { BUILT_IN_TEMPLATES, renderMessage, templateProblems } from './templates';

const M = { ...auditMessages, ...S };
const en = (code: keyof typeof M, params: Record<string, string | number> = {}) => fill(M[code].en, params);

/** Statuses an audit judges: closed and archived presences are history, not presence. */
const AUDITED: readonly PresenceStatus[] = [
  'discovered',
  'active',
  'dormant',
  'abandoned',
  'closing',
  'redirecting',
];

function snapshotOf(p: Presence): PresenceSnapshot {
  return {
    platform: p.platform,
    handle: p.handle,
    url: p.url,
    name: p.name,
    unitId: p.unitId,
    unit: p.unit,
    owner: p.owner,
    status: p.status,
    audience: p.audience,
    languages: p.languages,
  };
}

export type RunProgress = (
  phase: 'presences' | 'posts' | 'metrics' | 'rules' | 'store',
  done: number,
  total: number,
) => void;

export class AuditService {
  constructor(private readonly h: Db) {}

  private get db() {
    return this.h.db;
  }

  // ---------- settings

  async settings(db: registry.Q = this.db): Promise<RuleSettings> {
    return storedSettings(await store.getSettingsText(db));
  }

  async saveSettings(access: Access, input: RuleSettings): Promise<RuleSettings> {
    access.require('audit.settings');
    const actor = access.actor;
    const settings = parseSettings(input);
    await this.db.transaction().execute(async (trx) => {
      const before = await this.settings(trx);
      const at = nowIso();
      await store.putSettingsText(trx, JSON.stringify(settings), actor, at);
      // The thresholds (and the charter) that changed, before → after.
      const diff: Record<string, [unknown, unknown]> = {};
      for (const key of Object.keys(settings) as (keyof RuleSettings)[]) {
        if (JSON.stringify(before[key]) !== JSON.stringify(settings[key]))
          diff[key] = [before[key], settings[key]];
      }
      if (Object.keys(diff).length)
        await appendChanges(trx, [
          {
            at,
            actor,
            entity: 'audit_settings',
            entity_id: 1,
            action: 'update',
            diff,
            batch: null,
            reason: null,
          },
        ]);
    });
    return settings;
  }

  // ---------- running an audit

  /** `locale`: the language of the audit's default name. */
  async run(
    access: Access,
    input: AuditRun,
    onProgress?: RunProgress,
    locale: Locale = 'en',
  ): Promise<AuditSummary> {
    access.require('audit.run');
    // An audit covers a unit the user holds, or (organisation-wide roles) the whole organisation.
    requireUnitInScope(access, 'audit.run', input.unitId ?? null);
    const actor = access.actor;
    const asOf = input.asOf ?? today();
    if (
      Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) ||
      new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf
    )
      throw new Invalid('audit.cli.bad_date', en('audit.cli.bad_date', { value: asOf }), { value: asOf }, [
        {
          field: 'asOf',
          code: 'audit.cli.bad_date',
          params: { value: asOf },
          message: en('audit.cli.bad_date', { value: asOf }),
        },
      ]);
    const settings = await this.settings();
    const units = await registry.listUnits(this.db);
    const say = (code: keyof typeof M, params: Record<string, string | number> = {}) =>
      fill(M[code][locale], params, locale);
    let scopeName = say('audit.scope_all');
    let unitIds: number[] | undefined;
    if (input.unitId != null) {
      const unit = units.find((u) => u.id === input.unitId);
      if (!unit)
        throw new NotFound('unit.not_found', `No unit with id ${input.unitId}.`, { id: input.unitId });
      unitIds = descendantIds(units, unit.id);
      scopeName = unit.name;
    }
    onProgress?.('presences', 0, 1);
    const presences = (await registry.listPresences(this.db, this.h.dialect, { unitIds })).filter((p) =>
      AUDITED.includes(p.status),
    );
    if (!presences.length)
      throw new Invalid('audit.empty', en('audit.empty', { scope: scopeName }), { scope: scopeName });
    onProgress?.('presences', 1, 1);

    const ids = new Set(presences.map((p) => p.id));
    const from90 = `${addDays(asOf, -90)}T23:59:59.999Z`;
    const until = `${asOf}T23:59:59.999Z`;
    onProgress?.('posts', 0, 1);
    const posts = await store.postAggregates(this.db, from90, until, ids);
    onProgress?.('metrics', 0, 1);
    const metrics = await store.metricAggregates(this.db, addDays(asOf, -90), asOf, ids);
    const people = await registry.allPeopleRows(this.db);
    const leftPeople = new Set(people.filter((p) => p.status === 'left').map((p) => p.id));
    const overlaps = overlapsOf(presences);

    const ruleItems: RuleItem[] = [];
    const facts = new Map<number, AuditFacts>();
    let n = 0;
    for (const p of presences) {
      const f = factsOf(
        { presence: p, posts: posts.get(p.id) ?? null, metrics: metrics.get(p.id) ?? null },
        { asOf, settings, leftPeople, overlaps: overlaps.get(p.id) ?? [] },
      );
      facts.set(p.id, f);
      ruleItems.push({
        presenceId: p.id,
        status: p.status,
        platform: p.platform,
        unitId: p.unitId,
        audience: f.audience.value,
        facts: f,
        findings: findingsOf(p.status, f, settings),
      });
      if (++n % 1000 === 0) onProgress?.('rules', n, presences.length);
    }
    const recommendations = recommendAll(ruleItems, settings);
    onProgress?.('rules', presences.length, presences.length);

    const name =
      input.name ?? say('audit.default_name', { scope: scopeName, date: formatDate(asOf, locale) });
    const id = await this.db.transaction().execute(async (trx) => {
      const previous = await store.previousAuditId(trx, input.unitId ?? null);
      const auditId = await store.insertAudit(trx, {
        name,
        unit_id: input.unitId ?? null,
        as_of: asOf,
        status: 'open',
        rules: JSON.stringify(settings),
        previous_id: previous,
        created_at: nowIso(),
        created_by: actor,
      });
      const byId = new Map(presences.map((p) => [p.id, p]));
      await store.insertItems(
        trx,
        auditId,
        ruleItems.map((it) => {
          const r = recommendations.get(it.presenceId)!;
          return {
            presence_id: it.presenceId,
            snapshot: snapshotOf(byId.get(it.presenceId)!),
            facts: it.facts,
            findings: it.findings,
            recommendation: r.decision,
            recommendation_into: r.into,
            reasons: r.reasons,
          };
        }),
      );
      await appendChanges(trx, [
        {
          at: nowIso(),
          actor,
          entity: 'audit',
          entity_id: auditId,
          action: 'run',
          diff: {
            name: [null, name],
            scope: [null, scopeName],
            asOf: [null, asOf],
            presences: [null, presences.length],
          },
          batch: `audit:${auditId}`,
          reason: null,
        },
      ]);
      return auditId;
    });
    onProgress?.('store', 1, 1);
    return this.summary(id);
  }

  // ---------- reading audits

  /** The audits this user may read, newest first. */
  async list(access: Access): Promise<AuditSummary[]> {
    access.require('audit.read');
    return readableAudits(access, await this.listAll());
  }

  private async listAll(): Promise<AuditSummary[]> {
    const rows = await store.listAuditRows(this.db);
    const counts = await store.auditCounts(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => summarise(r, counts));
  }

  private async summary(id: number): Promise<AuditSummary> {
    const row = await this.auditRow(id);
    return summarise(row, await store.auditCounts(this.db, [id]));
  }

  async get(access: Access, id: number): Promise<Audit> {
    await requireOnAudit(this.h, access, 'audit.read', id);
    return this.load(id);
  }

  private async load(id: number): Promise<Audit> {
    const row = await this.auditRow(id);
    const summary = summarise(row, await store.auditCounts(this.db, [id]));
    const items = (await store.itemRows(this.db, id)).map(toItem);
    return { ...summary, settings: JSON.parse(row.rules) as RuleSettings, items };
  }

  private async auditRow(id: number, db: registry.Q = this.db) {
    const row = await store.getAuditRow(db, id);
    if (!row) throw new NotFound('audit.not_found', en('audit.not_found', { id }), { id });
    return row;
  }

  // ---------- decisions (steps d–g)

  /**
   * The presence as it is now must be within the user's scope: it may have left their units since
   * the audit (404 when they cannot see it any more, 403 when they see it only).
   */
  private async presenceNow(db: registry.Q, access: Access, permission: Permission, id: number) {
    const row = await registry.getPresenceRow(db, id);
    if (row) requireOnPresence(access, permission, presenceTarget({ id, unitId: row.unit_id }));
    return row;
  }

  async decide(
    access: Access,
    auditId: number,
    presenceId: number,
    input: DecideInput,
  ): Promise<{ item: AuditItem; tasks: Task[] }> {
    const actor = access.actor;
    await requireOnAudit(this.h, access, 'audit.run', auditId);
    await this.db.transaction().execute(async (trx) => {
      // The log's lock before any presence row: one lock order for every registry writer.
      await lockChangeLog(trx);
      const audit = await this.auditRow(auditId, trx);
      const now = await this.presenceNow(trx, access, 'audit.run', presenceId);
      if (now) {
        const target = {
          ...presenceTarget({ id: presenceId, unitId: now.unit_id, custodianId: now.custodian_id }),
          ownerId: now.owner_id,
          deputyId: now.deputy_id,
        };
        checkAssignment(
          access,
          'audit.run',
          target,
          input,
          await visiblePeopleOf(trx, this.h.dialect, access),
        );
      }
      if (input.into != null) {
        const into = await registry.getPresenceRow(trx, input.into);
        if (into)
          requireOnPresence(access, 'registry.read', presenceTarget({ id: into.id, unitId: into.unit_id }));
      }
      const rows = await store.decisionRows(trx, auditId);
      const mine = rows.find((r) => r.presence_id === presenceId);
      if (!mine)
        throw new NotFound(
          'audit.item_not_found',
          en('audit.item_not_found', { id: auditId, presence: presenceId }),
          {
            id: auditId,
            presence: presenceId,
          },
        );
      const state = new Map(
        rows.map((r) => [
          r.presence_id,
          {
            status: (JSON.parse(r.snapshot) as PresenceSnapshot).status as PresenceStatus,
            decision: r.decision as Decision | null,
            recommendation: r.recommendation as Decision,
            into: r.decision ? r.decision_into : r.recommendation_into,
          },
        ]),
      );
      const conflict = checkDecision(
        { presenceId, decision: input.decision, into: input.into },
        { items: state },
      );
      if (conflict) {
        const key = conflict.code as keyof typeof M;
        throw new Conflict(conflict.code, M[key] ? en(key, conflict.params) : conflict.code, conflict.params);
      }
      const at = nowIso();
      await store.setDecision(trx, auditId, presenceId, {
        decision: input.decision,
        decision_into: input.into,
        decision_reason: input.reason,
        decided_by: actor,
        decided_at: at,
      });
      // The item is named by its presence; the batch names the audit.
      const diff: Record<string, [unknown, unknown]> = { decision: [mine.decision, input.decision] };
      if ((mine.decision_into ?? null) !== (input.into ?? null))
        diff.into = [mine.decision_into, input.into ?? null];
      await appendChanges(trx, [
        {
          at,
          actor,
          entity: 'audit_item',
          entity_id: presenceId,
          action: 'decide',
          diff,
          batch: `audit:${auditId}`,
          reason: input.reason,
        },
      ]);
      const presence = await this.applyToRegistry(trx, actor, audit.name, presenceId, input);
      await store.deleteUnstartedTasks(trx, auditId, presenceId);
      if (presence) await this.plan(trx, actor, auditId, presence, input);
    });
    const [row] = await store.itemRows(this.db, auditId, presenceId);
    const tasks = await this.loadTasks(auditId, { presenceId });
    return { item: toItem(row!), tasks };
  }

  async undo(access: Access, auditId: number, presenceId: number): Promise<{ item: AuditItem }> {
    const actor = access.actor;
    await requireOnAudit(this.h, access, 'audit.run', auditId);
    await this.db.transaction().execute(async (trx) => {
      await lockChangeLog(trx);
      const audit = await this.auditRow(auditId, trx);
      await this.presenceNow(trx, access, 'audit.run', presenceId);
      const [row] = await store.itemRows(trx, auditId, presenceId);
      if (!row)
        throw new NotFound(
          'audit.item_not_found',
          en('audit.item_not_found', { id: auditId, presence: presenceId }),
          {
            id: auditId,
            presence: presenceId,
          },
        );
      if (!row.decision) return;
      await store.setDecision(trx, auditId, presenceId, {
        decision: null,
        decision_into: null,
        decision_reason: null,
        decided_by: null,
        decided_at: null,
      });
      const undoDiff: Record<string, [unknown, unknown]> = { decision: [row.decision, null] };
      if (row.decision_into !== null) undoDiff.into = [row.decision_into, null];
      if (row.decision_reason) undoDiff.reason = [row.decision_reason, null];
      await appendChanges(trx, [
        {
          at: nowIso(),
          actor,
          entity: 'audit_item',
          entity_id: presenceId,
          action: 'undo',
          diff: undoDiff,
          batch: `audit:${auditId}`,
          reason: null,
        },
      ]);
      await store.deleteUnstartedTasks(trx, auditId, presenceId);
      // The registry status goes back to what the audit saw, if the decision is what changed it.
      const current = await registry.getPresenceRow(trx, presenceId);
      const after = STATUS_AFTER[row.decision as Decision];
      if (current && after && current.status === after && row.snapshot.status !== after) {
        const at = nowIso();
        await registry.updatePresenceRow(trx, presenceId, { status: row.snapshot.status }, at);
        await registry.insertChanges(trx, [
          {
            at,
            actor,
            entity: 'presence',
            entity_id: presenceId,
            action: 'update',
            diff: { status: [after, row.snapshot.status] },
            batch: `audit:${auditId}`,
            reason: en('audit.undo_reason', { audit: audit.name }),
          },
        ]);
      }
    });
    const [row] = await store.itemRows(this.db, auditId, presenceId);
    return { item: toItem(row!) };
  }

  /** The registry follows the decision: status and responsibilities, recorded with the reason. */
  private async applyToRegistry(
    trx: registry.Q,
    actor: string,
    auditName: string,
    presenceId: number,
    input: DecideInput,
  ): Promise<Presence | null> {
    const before = await registry.getPresenceRow(trx, presenceId);
    if (!before) return null; // deleted since the audit: the decision is recorded, nothing to change
    const set: Partial<registry.PresenceValues> = {};
    const status = STATUS_AFTER[input.decision];
    if (status && before.status !== status) set.status = status;
    const refs: [keyof DecideInput, 'owner_id' | 'deputy_id' | 'custodian_id' | 'unit_id', string][] = [
      ['ownerId', 'owner_id', 'person'],
      ['deputyId', 'deputy_id', 'person'],
      ['custodianId', 'custodian_id', 'person'],
      ['unitId', 'unit_id', 'unit'],
    ];
    for (const [field, column, what] of refs) {
      const v = input[field] as number | null | undefined;
      if (v === undefined || v === before[column]) continue;
      if (v !== null) {
        const exists =
          what === 'unit' ? await registry.getUnitRow(trx, v) : await registry.getPersonRow(trx, v);
        if (!exists)
          throw new Invalid(
            'audit.bad_reference',
            en('audit.bad_reference', { what, id: v }),
            { what, id: v },
            [
              {
                field,
                code: 'audit.bad_reference',
                params: { what, id: v },
                message: en('audit.bad_reference', { what, id: v }),
              },
            ],
          );
      }
      set[column] = v;
    }
    const list = await registry.listPresences(trx, this.h.dialect, { ids: [presenceId] });
    const old = list[0]!;
    if (Object.keys(set).length) {
      const at = nowIso();
      await registry.updatePresenceRow(trx, presenceId, set, at);
      const now = (await registry.listPresences(trx, this.h.dialect, { ids: [presenceId] }))[0]!;
      const diff: Record<string, [unknown, unknown]> = {};
      if (set.status) diff.status = [old.status, now.status];
      if ('owner_id' in set) diff.owner = [old.owner, now.owner];
      if ('deputy_id' in set) diff.deputy = [old.deputy, now.deputy];
      if ('custodian_id' in set) diff.custodian = [old.custodian, now.custodian];
      if ('unit_id' in set) diff.unit = [old.unit, now.unit];
      await registry.insertChanges(trx, [
        {
          at,
          actor,
          entity: 'presence',
          entity_id: presenceId,
          action: 'update',
          diff,
          batch: null,
          reason: en('audit.decision_reason', {
            audit: auditName,
            decision: fill(
              auditMessages[`audit.decision.${input.decision}` as keyof typeof auditMessages]?.en ??
                input.decision,
            ),
            reason: input.reason,
          }),
        },
      ]);
      return now;
    }
    return old;
  }

  /** The presence's tasks for the decision taken (steps d, f, g, h). */
  private async plan(
    trx: registry.Q,
    actor: string,
    auditId: number,
    presence: Presence,
    input: DecideInput,
  ): Promise<void> {
    const settings = await this.settings(trx);
    const target = input.into
      ? (await registry.listPresences(trx, this.h.dialect, { ids: [input.into] }))[0]
      : undefined;
    const people = await registry.allPeopleRows(trx);
    const left = new Set(people.filter((p) => p.status === 'left').map((p) => p.id));
    const templates = await this.templates(trx);
    const organisation = (await registry.getOrganisationName(trx)) ?? '';
    const drafts = planFor({
      decision: input.decision,
      decidedOn: today(),
      settings,
      presence: {
        id: presence.id,
        platform: presence.platform,
        handle: presence.handle,
        name: presence.name,
        ownerId: presence.ownerId,
        ownerLeft: presence.ownerLeft,
        custodianId: presence.custodianId,
        custodianLeft: presence.custodianId !== null && left.has(presence.custodianId),
        mfa: presence.mfa,
        recovery: presence.recoveryContact,
        objective: presence.objective,
      },
      target: target
        ? {
            id: target.id,
            platform: target.platform,
            handle: target.handle,
            name: target.name,
            url: target.url,
          }
        : null,
      organisation,
      language: messageLanguage(presence, settings),
      templates,
    });
    const at = nowIso();
    await store.insertTasks(
      trx,
      drafts.map((d) => ({
        audit_id: auditId,
        presence_id: presence.id,
        kind: d.kind,
        step: d.step,
        params: JSON.stringify(d.params),
        message: d.message,
        owner_id: d.ownerId,
        due_on: d.dueOn,
        status: 'todo',
        created_at: at,
        updated_at: at,
        updated_by: actor,
      })),
    );
  }

  // ---------- the plan

  async tasks(
    access: Access,
    auditId: number,
    filter: { unitId?: number; status?: TaskStatus; presenceId?: number } = {},
  ): Promise<Task[]> {
    await requireOnAudit(this.h, access, 'audit.read', auditId);
    return this.loadTasks(auditId, filter);
  }

  private async loadTasks(
    auditId: number,
    filter: { unitId?: number; status?: TaskStatus; presenceId?: number } = {},
  ): Promise<Task[]> {
    await this.auditRow(auditId);
    let unitIds: number[] | undefined;
    if (filter.unitId !== undefined)
      unitIds = descendantIds(await registry.listUnits(this.db), filter.unitId);
    const rows = await store.taskRows(this.db, {
      auditId,
      unitIds,
      status: filter.status,
      presenceId: filter.presenceId,
    });
    return rows.map(toTask);
  }

  async updateTask(access: Access, id: number, patch: TaskPatch): Promise<Task> {
    const actor = access.actor;
    const [row] = await store.taskRows(this.db, { id });
    if (!row) throw new NotFound('audit.task_not_found', en('audit.task_not_found', { id }), { id });
    access.require('plan.update');
    access.requireOn('plan.update', (await taskTargetOf(this.db, id)) ?? { id }, 'audit.task_not_found');
    const visible = await visiblePeopleOf(this.db, this.h.dialect, access);
    if (patch.ownerId != null && visible && !visible.has(patch.ownerId))
      throw new NotFound('person.not_found', `No person with id ${patch.ownerId}.`, { id: patch.ownerId });
    if (patch.ownerId != null && !(await registry.getPersonRow(this.db, patch.ownerId)))
      throw new Invalid(
        'audit.bad_reference',
        en('audit.bad_reference', { what: 'person', id: patch.ownerId }),
        {
          what: 'person',
          id: patch.ownerId,
        },
      );
    const at = nowIso();
    const set: Partial<store.TaskValues> = { updated_at: at, updated_by: actor };
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.ownerId !== undefined) set.owner_id = patch.ownerId;
    if (patch.dueOn !== undefined) set.due_on = patch.dueOn;
    if (patch.message !== undefined) set.message = patch.message;
    const after = await this.db.transaction().execute(async (trx) => {
      await store.updateTaskRow(trx, id, set);
      const [now] = await store.taskRows(trx, { id });
      // What changed, people by name.
      const diff: Record<string, [unknown, unknown]> = {};
      if (set.status !== undefined && set.status !== row.status) diff.status = [row.status, set.status];
      if (set.owner_id !== undefined && set.owner_id !== row.owner_id)
        diff.owner = [row.owner_name ?? row.owner_id, now?.owner_name ?? set.owner_id];
      if (set.due_on !== undefined && set.due_on !== row.due_on) diff.dueOn = [row.due_on, set.due_on];
      if (set.message !== undefined && set.message !== row.message) diff.message = [row.message, set.message];
      if (Object.keys(diff).length)
        await appendChanges(trx, [
          {
            at,
            actor,
            entity: 'audit_task',
            entity_id: id,
            action: 'update',
            diff,
            batch: `audit:${row.audit_id}`,
            reason: null,
          },
        ]);
      return now;
    });
    return toTask(after!);
  }

  /** Plan progress per unit of the presences concerned. */
  async progress(access: Access, auditId: number) {
    const tasks = await this.tasks(access, auditId);
    const byUnit = new Map<
      string,
      {
        unitId: number | null;
        unit: string | null;
        total: number;
        done: number;
        byStatus: Record<TaskStatus, number>;
      }
    >();
    for (const t of tasks) {
      const key = String(t.unitId);
      let u = byUnit.get(key);
      if (!u) {
        u = {
          unitId: t.unitId,
          unit: t.presence.unit,
          total: 0,
          done: 0,
          byStatus: { todo: 0, doing: 0, done: 0, skipped: 0 },
        };
        byUnit.set(key, u);
      }
      u.total++;
      u.byStatus[t.status]++;
      if (t.status === 'done' || t.status === 'skipped') u.done++;
    }
    return [...byUnit.values()].sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? ''));
  }

  // ---------- templates (step f, g)

  async templates(db: registry.Q = this.db): Promise<Template[]> {
    const own = await store.templateRows(db);
    const mine: Template[] = own.map((r) => ({
      kind: r.kind as Template['kind'],
      language: r.language as Template['language'],
      platform: r.platform,
      body: r.body,
      builtIn: false,
    }));
    const key = (t: Pick<Template, 'kind' | 'language' | 'platform'>) =>
      `${t.kind}/${t.language}/${t.platform}`;
    const overridden = new Set(mine.map(key));
    return [...mine, ...BUILT_IN_TEMPLATES.filter((t) => !overridden.has(key(t)))];
  }

  async saveTemplate(access: Access, input: TemplateInput): Promise<Template> {
    access.require('audit.settings');
    const actor = access.actor;
    this.checkTemplate(input);
    await this.db.transaction().execute(async (trx) => {
      const same = (r: { kind: string; language: string; platform: string }) =>
        r.kind === input.kind && r.language === input.language && r.platform === input.platform;
      const before = (await store.templateRows(trx)).find(same);
      const at = nowIso();
      await store.upsertTemplate(trx, input, actor, at);
      if (before?.body === input.body) return;
      const saved = (await store.templateRows(trx)).find(same);
      const diff: Record<string, [unknown, unknown]> = before
        ? { body: [before.body, input.body] }
        : {
            kind: [null, input.kind],
            language: [null, input.language],
            platform: [null, input.platform],
            body: [null, input.body],
          };
      await appendChanges(trx, [
        {
          at,
          actor,
          entity: 'audit_template',
          entity_id: Number(saved?.id ?? 0),
          action: before ? 'update' : 'create',
          diff,
          batch: null,
          reason: null,
        },
      ]);
    });
    return { ...input, builtIn: false };
  }

  async deleteTemplate(access: Access, input: Omit<TemplateInput, 'body'>): Promise<void> {
    access.require('audit.settings');
    const actor = access.actor;
    await this.db.transaction().execute(async (trx) => {
      const before = (await store.templateRows(trx)).find(
        (r) => r.kind === input.kind && r.language === input.language && r.platform === input.platform,
      );
      const n = await store.deleteTemplate(trx, input);
      if (!n || !before)
        throw new NotFound('audit.template_not_found', en('audit.template_not_found', input), input);
      await appendChanges(trx, [
        {
          at: nowIso(),
          actor,
          entity: 'audit_template',
          entity_id: Number(before.id),
          action: 'delete',
          diff: {
            kind: [before.kind, null],
            language: [before.language, null],
            platform: [before.platform, null],
            body: [before.body, null],
          },
          batch: null,
          reason: null,
        },
      ]);
    });
  }

  private checkTemplate(input: TemplateInput): void {
    if (input.platform !== '*' && !getPlatform(input.platform))
      throw new Invalid(
        'audit.unknown_platform',
        en('audit.unknown_platform', { platform: input.platform }),
        {
          platform: input.platform,
        },
      );
    const problems = templateProblems(input);
    if (problems.length) {
      const said = (p: (typeof problems)[number]) => {
        const m = planMessages[p.code as keyof typeof planMessages];
        return m ? fill(m.en, p.params) : p.code;
      };
      const text = problems.map(said).join(' ');
      throw new Invalid(
        'audit.template_invalid',
        en('audit.template_invalid', { problems: text }),
        { problems: text },
        problems.map((p) => ({ field: 'body', code: p.code, params: p.params, message: said(p) })),
      );
    }
  }

  /** The presence and audit named must be the user's to read (else unknown, as if they did not exist). */
  async previewTemplate(
    access: Access,
    input: {
      kind: Template['kind'];
      language: Template['language'];
      platform: string;
      body?: string;
      presenceId?: number;
      auditId?: number;
    },
  ) {
    access.require('audit.read');
    if (input.presenceId) {
      const row = await registry.getPresenceRow(this.db, input.presenceId);
      if (!row)
        throw new NotFound('presence.not_found', `No presence with id ${input.presenceId}.`, {
          id: input.presenceId,
        });
      requireOnPresence(access, 'audit.read', presenceTarget({ id: row.id, unitId: row.unit_id }));
    }
    if (input.auditId) await requireOnAudit(this.h, access, 'audit.read', input.auditId);
    if (input.body !== undefined) this.checkTemplate({ ...input, body: input.body });
    const all = await this.templates();
    const templates: Template[] =
      input.body !== undefined
        ? [
            {
              kind: input.kind,
              language: input.language,
              platform: input.platform,
              body: input.body,
              builtIn: false,
            },
            ...all,
          ]
        : all;
    const organisation = (await registry.getOrganisationName(this.db)) ?? 'Vigie';
    let presence: Presence | undefined;
    let target: Presence | undefined;
    if (input.presenceId)
      presence = (await registry.listPresences(this.db, this.h.dialect, { ids: [input.presenceId] }))[0];
    if (presence && input.auditId) {
      const [row] = await store.itemRows(this.db, input.auditId, presence.id);
      const into = row?.decision_into ?? row?.recommendation_into;
      if (into) target = (await registry.listPresences(this.db, this.h.dialect, { ids: [into] }))[0];
    }
    // Without a presence, a sample: the organisation's name and a platform it is likely to keep.
    const sample = target?.platform ?? (input.platform === '*' ? 'linkedin' : input.platform);
    const settings = await this.settings();
    return renderMessage(
      input.kind,
      input.language,
      input.platform,
      {
        organisation,
        name: presence?.name ?? presence?.handle ?? organisation,
        target_name: target?.name ?? target?.handle ?? organisation,
        target_platform: getPlatform(sample)?.name ?? sample,
        target_url:
          target?.url ??
          getPlatform(sample)?.profileUrl.replace('{handle}', 'organisation') ??
          'https://example.org',
        n: 1,
        count: settings.redirectPosts,
        weeks: settings.redirectWeeks,
        date: formatDate(addDays(today(), settings.taskDays * 2), input.language),
      },
      templates,
    );
  }

  // ---------- KPIs (step h)

  async kpis(access: Access, presenceId: number): Promise<Kpi[]> {
    await this.requirePresence(access, 'audit.read', presenceId);
    return (await store.kpiRows(this.db, presenceId)).map(toKpi);
  }

  async addKpi(
    access: Access,
    presenceId: number,
    input: KpiInput & { auditId?: number | null },
  ): Promise<Kpi> {
    const actor = access.actor;
    await this.requirePresence(access, 'plan.update', presenceId);
    const k = kpiInputSchema.parse({
      objective: input.objective,
      metric: input.metric,
      target: input.target,
      period: input.period,
      baseline: input.baseline ?? null,
    });
    if (input.auditId != null) await requireOnAudit(this.h, access, 'audit.read', input.auditId);
    const existing = await store.kpiRows(this.db, presenceId);
    if (existing.some((e) => e.metric === k.metric && e.period === k.period))
      throw new Conflict(
        'audit.kpi_duplicate',
        en('audit.kpi_duplicate', { metric: k.metric, period: k.period }),
        {
          metric: k.metric,
          period: k.period,
        },
      );
    const at = nowIso();
    const id = await this.db.transaction().execute(async (trx) => {
      const kpiId = await store.insertKpi(trx, {
        presence_id: presenceId,
        audit_id: input.auditId ?? null,
        objective: k.objective,
        metric: k.metric,
        target: k.target,
        period: k.period,
        baseline: k.baseline,
        created_at: at,
        created_by: actor,
      });
      await appendChanges(trx, [
        {
          at,
          actor,
          entity: 'kpi',
          entity_id: kpiId,
          action: 'create',
          diff: {
            presence: [null, presenceId],
            audit: [null, input.auditId ?? null],
            objective: [null, k.objective],
            metric: [null, k.metric],
            target: [null, k.target],
            period: [null, k.period],
            baseline: [null, k.baseline],
          },
          batch: null,
          reason: null,
        },
      ]);
      return kpiId;
    });
    return toKpi((await store.kpiRow(this.db, id))!);
  }

  async deleteKpi(access: Access, id: number): Promise<void> {
    const actor = access.actor;
    await this.db.transaction().execute(async (trx) => {
      const before = await store.kpiRow(trx, id);
      if (!before) throw new NotFound('audit.kpi_not_found', en('audit.kpi_not_found', { id }), { id });
      access.require('plan.update');
      access.requireOn('plan.update', (await kpiTargetOf(trx, id)) ?? { id }, 'audit.kpi_not_found');
      await store.deleteKpi(trx, id);
      await appendChanges(trx, [
        {
          at: nowIso(),
          actor,
          entity: 'kpi',
          entity_id: id,
          action: 'delete',
          diff: {
            presence: [before.presence_id, null],
            audit: [before.audit_id, null],
            objective: [before.objective, null],
            metric: [before.metric, null],
            target: [Number(before.target), null],
            period: [before.period, null],
            baseline: [before.baseline === null ? null : Number(before.baseline), null],
          },
          batch: null,
          reason: null,
        },
      ]);
    });
  }

  /** KPI suggestions for a presence, from its objective and, when an audit judged it, its facts. */
  async kpiSuggestions(access: Access, presenceId: number): Promise<KpiInput[]> {
    const p = await this.requirePresence(access, 'audit.read', presenceId);
    const settings = await this.settings();
    const posts = await store.postAggregates(
      this.db,
      `${addDays(today(), -90)}T23:59:59.999Z`,
      `${today()}T23:59:59.999Z`,
      new Set([p.id]),
    );
    const metrics = await store.metricAggregates(this.db, addDays(today(), -90), today(), new Set([p.id]));
    const f = factsOf(
      { presence: p, posts: posts.get(p.id) ?? null, metrics: metrics.get(p.id) ?? null },
      { asOf: today(), settings, leftPeople: new Set(), overlaps: [] },
    );
    return suggestKpis(f.objective.value.kind, {
      audience: f.audience.value,
      postsPerWeek: f.postsPerWeek.value,
      engagementPerPost: f.engagementPerPost.value,
    });
  }

  private async requirePresence(access: Access, permission: Permission, id: number): Promise<Presence> {
    const [p] = await registry.listPresences(this.db, this.h.dialect, { ids: [id] });
    if (!p) throw new NotFound('presence.not_found', `No presence with id ${id}.`, { id });
    requireOnPresence(access, permission, presenceTarget(p));
    return p;
  }

  // ---------- report (step a–h, for the executive committee)

  async report(
    access: Access,
    auditId: number,
    format: 'html' | 'pdf' | 'csv',
    locale: Locale,
  ): Promise<{ body: string | Buffer; contentType: string; fileName: string }> {
    access.require('export');
    await requireOnAudit(this.h, access, 'export', auditId);
    const audit = await this.get(access, auditId);
    const base = `vigie-audit-${auditId}-${audit.asOf}`;
    // Loaded when a report is asked for: charts and the browser driver are heavy for every CLI start.
    const [{ findingsCsv }, { renderReportHtml }, { printPdf }] = await Promise.all([
      import('./report/csv'),
      import('./report/html'),
      import('./report/pdf'),
    ]);
    if (format === 'csv')
      return {
        body: findingsCsv(audit, locale),
        contentType: 'text/csv; charset=utf-8',
        fileName: `${base}.csv`,
      };
    const previous = audit.previousId ? await this.get(access, audit.previousId).catch(() => null) : null;
    const html = renderReportHtml(
      {
        organisation: (await registry.getOrganisationName(this.db)) ?? '',
        audit,
        tasks: await this.loadTasks(auditId),
        previous,
        generatedAt: nowIso(),
      },
      locale,
    );
    if (format === 'html')
      return { body: html, contentType: 'text/html; charset=utf-8', fileName: `${base}.html` };
    return { body: await printPdf(html), contentType: 'application/pdf', fileName: `${base}.pdf` };
  }
}

/** The language of the messages a presence publishes: its own, else the charter's first, else French. */
function messageLanguage(p: Presence, settings: RuleSettings): 'fr' | 'en' {
  for (const l of [...p.languages, ...settings.charter.languages]) {
    const base = l.slice(0, 2).toLowerCase();
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

function summarise(row: store.AuditRow, counts: Awaited<ReturnType<typeof store.auditCounts>>): AuditSummary {
  const byRecommendation: Partial<Record<Decision, number>> = {};
  const byDecision: Partial<Record<Decision, number>> = {};
  let presences = 0;
  let decided = 0;
  let kept = 0;
  for (const c of counts.items) {
    if (c.audit_id !== row.id) continue;
    presences += c.n;
    const rec = c.recommendation as Decision;
    byRecommendation[rec] = (byRecommendation[rec] ?? 0) + c.n;
    if (c.decision) {
      decided += c.n;
      const d = c.decision as Decision;
      byDecision[d] = (byDecision[d] ?? 0) + c.n;
    }
    if (KEEPING_DECISIONS.includes((c.decision ?? c.recommendation) as Decision)) kept += c.n;
  }
  let total = 0;
  let done = 0;
  for (const t of counts.tasks) {
    if (t.audit_id !== row.id) continue;
    total += t.n;
    if (t.status === 'done' || t.status === 'skipped') done += t.n;
  }
  return {
    id: row.id,
    name: row.name,
    unitId: row.unit_id,
    unit: row.unit_name,
    asOf: row.as_of,
    status: row.status as AuditSummary['status'],
    createdAt: row.created_at,
    createdBy: row.created_by,
    previousId: row.previous_id,
    presences,
    decided,
    kept,
    byRecommendation,
    byDecision,
    tasks: { total, done },
  };
}

function toItem(r: store.ItemRow): AuditItem {
  return {
    presenceId: r.presence_id,
    presence: r.snapshot,
    facts: r.facts,
    findings: r.findings,
    recommendation: {
      decision: r.recommendation as Decision,
      into: r.recommendation_into,
      reasons: r.reasons,
    },
    decision: r.decision
      ? {
          decision: r.decision as Decision,
          into: r.decision_into,
          reason: r.decision_reason ?? '',
          by: r.decided_by ?? '',
          at: r.decided_at ?? '',
        }
      : null,
  };
}

function toTask(r: Awaited<ReturnType<typeof store.taskRows>>[number]): Task {
  return {
    id: r.id,
    auditId: r.audit_id,
    presenceId: r.presence_id,
    presence: {
      platform: r.platform ?? '',
      handle: r.handle ?? null,
      name: r.presence_name ?? null,
      unit: r.unit_name ?? null,
    },
    unitId: r.unit_id ?? null,
    kind: r.kind as TaskKind,
    step: r.step,
    params: JSON.parse(r.params) as Task['params'],
    message: r.message,
    ownerId: r.owner_id,
    owner: r.owner_name ?? null,
    dueOn: r.due_on,
    status: r.status as TaskStatus,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function toKpi(r: NonNullable<Awaited<ReturnType<typeof store.kpiRow>>>): Kpi {
  return {
    id: r.id,
    presenceId: r.presence_id,
    auditId: r.audit_id,
    objective: r.objective as Kpi['objective'],
    metric: r.metric as Kpi['metric'],
    target: Number(r.target),
    period: r.period as Kpi['period'],
    baseline: r.baseline === null ? null : Number(r.baseline),
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
