// KPIs (method step h): the measures, targets and periods that say whether a presence serves its
// objective; added and removed with the log, and suggested from the presence's objective and facts.
import type { Access, Permission } from '../core/access';
import { addDays, nowIso, today } from '../core/clock';
import { Conflict, NotFound } from '../core/errors';
import { appendChanges } from '../core/log';
import { presenceTarget, requireOnPresence } from '../registry/access';
import type { Presence } from '../registry/model';
import * as registry from '../registry/store';
import { kpiTargetOf, requireOnAudit } from './access';
import { type AuditContext, en } from './context';
import { type Kpi, type KpiInput, kpiInputSchema } from './model';
import { suggestKpis } from './plan';
import { factsOf } from './rules';
import { readSettings } from './settings';
import * as store from './store';

async function requirePresence(
  ctx: AuditContext,
  access: Access,
  permission: Permission,
  id: number,
): Promise<Presence> {
  const [p] = await registry.listPresences(ctx.h.db, ctx.h.dialect, { ids: [id] });
  if (!p) throw new NotFound('presence.not_found', `No presence with id ${id}.`, { id });
  requireOnPresence(access, permission, presenceTarget(p));
  return p;
}

export async function kpis(ctx: AuditContext, access: Access, presenceId: number): Promise<Kpi[]> {
  await requirePresence(ctx, access, 'audit.read', presenceId);
  return (await store.kpiRows(ctx.h.db, presenceId)).map(toKpi);
}

export async function addKpi(
  ctx: AuditContext,
  access: Access,
  presenceId: number,
  input: KpiInput & { auditId?: number | null },
): Promise<Kpi> {
  const db = ctx.h.db;
  const actor = access.actor;
  await requirePresence(ctx, access, 'plan.update', presenceId);
  const k = kpiInputSchema.parse({
    objective: input.objective,
    metric: input.metric,
    target: input.target,
    period: input.period,
    baseline: input.baseline ?? null,
  });
  if (input.auditId != null) await requireOnAudit(ctx.h, access, 'audit.read', input.auditId);
  const existing = await store.kpiRows(db, presenceId);
  if (existing.some((e) => e.metric === k.metric && e.period === k.period)) {
    const params = { metric: k.metric, period: k.period };
    throw new Conflict('audit.kpi_duplicate', en('audit.kpi_duplicate', params), params);
  }
  const at = nowIso();
  const id = await db.transaction().execute(async (trx) => {
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
  return toKpi((await store.kpiRow(db, id))!);
}

export async function deleteKpi(ctx: AuditContext, access: Access, id: number): Promise<void> {
  const actor = access.actor;
  await ctx.h.db.transaction().execute(async (trx) => {
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
export async function kpiSuggestions(
  ctx: AuditContext,
  access: Access,
  presenceId: number,
): Promise<KpiInput[]> {
  const db = ctx.h.db;
  const p = await requirePresence(ctx, access, 'audit.read', presenceId);
  const settings = await readSettings(db);
  const posts = await store.postAggregates(
    db,
    `${addDays(today(), -90)}T23:59:59.999Z`,
    `${today()}T23:59:59.999Z`,
    new Set([p.id]),
  );
  const metrics = await store.metricAggregates(db, addDays(today(), -90), today(), new Set([p.id]));
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
