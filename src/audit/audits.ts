// Audits themselves (method step a, and the report): running one (facts → findings →
// recommendations, frozen in one transaction with what each presence looked like), reading them,
// and writing the report for the executive committee.
import type { Access } from '../core/access';
import { addDays, nowIso, today } from '../core/clock';
import { Invalid, NotFound } from '../core/errors';
import { fill, type Locale } from '../core/i18n';
import { appendChanges } from '../core/log';
import { requireUnitInScope } from '../registry/access';
import type { Presence } from '../registry/model';
import { userNames } from '../registry/names';
import { isCurrent } from '../registry/risks';
import { descendantIds } from '../registry/rules';
import * as registry from '../registry/store';
import { readableAudits, requireOnAudit } from './access';
import { type AuditContext, auditRow, en, M, type MessageCode } from './context';
import {
  type Audit,
  type AuditFacts,
  type AuditItem,
  type AuditRun,
  type AuditSummary,
  type Decision,
  KEEPING_DECISIONS,
  type PresenceSnapshot,
  type RuleSettings,
} from './model';
import { auditName } from './name';
import { formatDate } from './plan';
import { factsOf, findingsOf, overlapsOf, type RuleItem, recommendAll } from './rules';
import { readSettings } from './settings';
import * as store from './store';
import { listTasks } from './tasks';

export type RunProgress = (
  phase: 'presences' | 'posts' | 'metrics' | 'rules' | 'store',
  done: number,
  total: number,
) => void;

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

function checkDay(asOf: string): void {
  if (
    !Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) &&
    new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) === asOf
  )
    return;
  const params = { value: asOf };
  const message = en('audit.cli.bad_date', params);
  throw new Invalid('audit.cli.bad_date', message, params, [
    { field: 'asOf', code: 'audit.cli.bad_date', params, message },
  ]);
}

/** `locale`: the language of the audit's default name. */
export async function runAudit(
  ctx: AuditContext,
  access: Access,
  input: AuditRun,
  onProgress?: RunProgress,
  locale: Locale = 'en',
): Promise<AuditSummary> {
  const { db, dialect } = ctx.h;
  access.require('audit.run');
  // An audit covers a unit the user holds, or (organisation-wide roles) the whole organisation.
  requireUnitInScope(access, 'audit.run', input.unitId ?? null);
  const actor = access.actor;
  const asOf = input.asOf ?? today();
  checkDay(asOf);
  const settings = await readSettings(db);
  const units = await registry.listUnits(db);
  const say = (code: MessageCode, params: Record<string, string | number> = {}) =>
    fill(M[code][locale], params, locale);
  let scopeName = say('audit.scope_all');
  let unitIds: number[] | undefined;
  if (input.unitId != null) {
    const unit = units.find((u) => u.id === input.unitId);
    if (!unit) throw new NotFound('unit.not_found', `No unit with id ${input.unitId}.`, { id: input.unitId });
    unitIds = descendantIds(units, unit.id);
    scopeName = unit.name;
  }
  onProgress?.('presences', 0, 1);
  // The registry's current presences (src/registry/risks.ts): closed and archived ones are history.
  const presences = (await registry.listPresences(db, dialect, { unitIds })).filter((p) =>
    isCurrent(p.status),
  );
  if (!presences.length)
    throw new Invalid('audit.empty', en('audit.empty', { scope: scopeName }), { scope: scopeName });
  onProgress?.('presences', 1, 1);

  const ids = new Set(presences.map((p) => p.id));
  const from90 = `${addDays(asOf, -90)}T23:59:59.999Z`;
  const until = `${asOf}T23:59:59.999Z`;
  onProgress?.('posts', 0, 1);
  const posts = await store.postAggregates(db, from90, until, ids);
  onProgress?.('metrics', 0, 1);
  const metrics = await store.metricAggregates(db, addDays(asOf, -90), asOf, ids);
  const people = await registry.allPeopleRows(db);
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

  // Without a name, the audit's is worded for each reader from its scope and date (auditName).
  const name = input.name ?? say('audit.default_name', { scope: scopeName, date: formatDate(asOf, locale) });
  const id = await db.transaction().execute(async (trx) => {
    const previous = await store.previousAuditId(trx, input.unitId ?? null);
    const auditId = await store.insertAudit(trx, {
      name,
      name_generated: input.name === undefined ? 1 : 0,
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
  const row = await auditRow(db, id);
  return summarise(row, await store.auditCounts(db, [id]), locale, await userNames(db, [row.created_by]));
}

// ---------- reading audits

/** The audits this user may read, newest first; `locale`: the reader's, for the names Vigie gave. */
export async function listAudits(
  ctx: AuditContext,
  access: Access,
  locale: Locale = 'en',
): Promise<AuditSummary[]> {
  access.require('audit.read');
  const rows = await store.listAuditRows(ctx.h.db);
  const counts = await store.auditCounts(
    ctx.h.db,
    rows.map((r) => r.id),
  );
  const names = await userNames(ctx.h.db, [...new Set(rows.map((r) => r.created_by))]);
  return readableAudits(
    access,
    rows.map((r) => summarise(r, counts, locale, names)),
  );
}

export async function getAudit(
  ctx: AuditContext,
  access: Access,
  id: number,
  locale: Locale = 'en',
): Promise<Audit> {
  await requireOnAudit(ctx.h, access, 'audit.read', id);
  const row = await auditRow(ctx.h.db, id);
  const rows = await store.itemRows(ctx.h.db, id);
  // Who ran it and who decided, by name (the rows keep logins): one look-up for the whole audit.
  const logins = [row.created_by, ...rows.flatMap((r) => (r.decided_by ? [r.decided_by] : []))];
  const names = await userNames(ctx.h.db, [...new Set(logins)]);
  const summary = summarise(row, await store.auditCounts(ctx.h.db, [id]), locale, names);
  const items = rows.map((r) => toItem(r, names));
  return { ...summary, settings: JSON.parse(row.rules) as RuleSettings, items };
}

export { auditName };

function summarise(
  row: store.AuditRow,
  counts: Awaited<ReturnType<typeof store.auditCounts>>,
  locale: Locale,
  names: ReadonlyMap<string, string>,
): AuditSummary {
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
    name: auditName(row, locale),
    unitId: row.unit_id,
    unit: row.unit_name,
    asOf: row.as_of,
    status: row.status as AuditSummary['status'],
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: names.get(row.created_by) ?? null,
    previousId: row.previous_id,
    presences,
    decided,
    kept,
    byRecommendation,
    byDecision,
    tasks: { total, done },
  };
}

/** `names`: users' names by login, for the decider's (without it, `byName` is null). */
export function toItem(r: store.ItemRow, names: ReadonlyMap<string, string> = new Map()): AuditItem {
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
          byName: (r.decided_by && names.get(r.decided_by)) || null,
          at: r.decided_at ?? '',
        }
      : null,
  };
}

// ---------- report (steps a–h, for the executive committee)

export async function auditReport(
  ctx: AuditContext,
  access: Access,
  auditId: number,
  format: 'html' | 'pdf' | 'csv',
  locale: Locale,
): Promise<{ body: string | Buffer; contentType: string; fileName: string }> {
  access.require('export');
  await requireOnAudit(ctx.h, access, 'export', auditId);
  const audit = await getAudit(ctx, access, auditId, locale);
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
  const previous = audit.previousId
    ? await getAudit(ctx, access, audit.previousId, locale).catch(() => null)
    : null;
  const html = renderReportHtml(
    {
      organisation: (await registry.getOrganisationName(ctx.h.db)) ?? '',
      audit,
      tasks: await listTasks(ctx.h, auditId),
      previous,
      generatedAt: nowIso(),
    },
    locale,
  );
  if (format === 'html')
    return { body: html, contentType: 'text/html; charset=utf-8', fileName: `${base}.html` };
  return { body: await printPdf(html), contentType: 'application/pdf', fileName: `${base}.pdf` };
}
