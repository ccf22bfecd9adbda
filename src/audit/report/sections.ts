// The report's sections after the summary and the charts: risks, decisions, action plan, comparison.
// Each returns one <section> (a page break before it when printed).
import { type Audit, type AuditItem, FINDING_CODES, type FindingCode, type Task } from '../model';
import {
  audienceOf,
  audienceValue,
  CUSTODY_CODES,
  compare,
  DECISION_ORDER,
  daysBetween,
  effectiveDecision,
  findingCounts,
  overdueTasks,
  type PlanRow,
  planRows,
  planTotal,
  totalAudience,
  withFinding,
} from './figures';
import {
  type Column,
  type Ctx,
  dateCell,
  daysCell,
  decisionBadge,
  findingChips,
  intoCell,
  itemCell,
  more,
  nameIn,
  numberCell,
  outcomeCell,
  platformCell,
  presenceCell,
  table,
  textCell,
} from './parts';
import {
  escapeHtml,
  fillHtml,
  formatChange,
  formatDate,
  formatDays,
  formatNumber,
  label,
  plural,
  reasonText,
  th,
  tr,
} from './text';

const RISK_ROWS = 10;
const OVERDUE_ROWS = 25;

function section(ctx: Ctx, id: string, titleKey: string, body: string): string {
  return `<section id="${id}"><h2>${th(ctx.locale, titleKey)}</h2>${body}</section>`;
}

// ---------------------------------------------------------------------------------------------------
// 3. Main risks

const PRESENCE: Column<AuditItem> = { head: 'audit.report.col.presence', cell: itemCell };
const PLATFORM: Column<AuditItem> = {
  head: 'audit.report.col.platform',
  cell: (i) => platformCell(i.presence.platform),
};
const UNIT: Column<AuditItem> = { head: 'audit.report.col.unit', cell: (i) => textCell(i.presence.unit) };

function audienceColumn(ctx: Ctx): Column<AuditItem> {
  return { head: 'audit.report.col.audience', num: true, cell: (i) => numberCell(ctx, audienceValue(i)) };
}

function outcomeColumn(ctx: Ctx): Column<AuditItem> {
  return { head: 'audit.report.col.decision', cell: (i) => outcomeCell(ctx, i) };
}

function riskBlock(ctx: Ctx, key: string, lead: string, items: AuditItem[], columns: Column<AuditItem>[]) {
  const body = items.length
    ? table(ctx, columns, items.slice(0, RISK_ROWS)) + more(ctx, items.length - RISK_ROWS)
    : `<p class="muted">${th(ctx.locale, 'audit.report.risk.none')}</p>`;
  return `<div class="risk"><h3>${th(ctx.locale, `audit.report.risk.${key}.title`)}</h3>${lead}${body}</div>`;
}

function custodyBlock(ctx: Ctx, audit: Audit, risks: { item: AuditItem; codes: FindingCode[] }[]): string {
  const counts = findingCounts(audit);
  const tiles = CUSTODY_CODES.map(
    (c) =>
      `<div><b>${formatNumber(ctx.locale, counts.get(c) ?? 0)}</b><span>${escapeHtml(label(ctx.locale, 'audit.report.code', c))}</span></div>`,
  ).join('');
  const lead = `<p class="risk-lead">${th(ctx.locale, 'audit.report.risk.custody.text')}</p><div class="counts">${tiles}</div>`;
  const columns: Column<{ item: AuditItem; codes: FindingCode[] }>[] = [
    { head: 'audit.report.col.presence', cell: (r) => itemCell(r.item) },
    { head: 'audit.report.col.platform', cell: (r) => platformCell(r.item.presence.platform) },
    { head: 'audit.report.col.unit', cell: (r) => textCell(r.item.presence.unit) },
    { head: 'audit.report.col.audience', num: true, cell: (r) => numberCell(ctx, audienceValue(r.item)) },
    { head: 'audit.report.col.issues', cell: (r) => findingChips(ctx, r.codes) },
  ];
  const worst = risks.length
    ? `<p><b>${th(ctx.locale, 'audit.report.risk.custody.worst')}</b></p>${table(ctx, columns, risks.slice(0, 8))}${more(ctx, risks.length - 8)}`
    : `<p class="muted">${th(ctx.locale, 'audit.report.risk.none')}</p>`;
  return `<div class="risk"><h3>${th(ctx.locale, 'audit.report.risk.custody.title')}</h3>${lead}${worst}</div>`;
}

export function risksSection(
  ctx: Ctx,
  audit: Audit,
  custody: { item: AuditItem; codes: FindingCode[] }[],
): string {
  const lead = (key: string, extra = '') =>
    `<p class="risk-lead">${th(ctx.locale, `audit.report.risk.${key}.text`)}${extra}</p>`;
  const abandoned = withFinding(audit, 'abandoned_with_audience');
  const total = abandoned.length
    ? ` <b>${th(ctx.locale, 'audit.report.total_audience', { audience: totalAudience(abandoned) })}</b>`
    : '';
  const inactive: Column<AuditItem> = {
    head: 'audit.report.col.inactive',
    num: true,
    cell: (i) => daysCell(ctx, i.facts.daysSinceActivity.value),
  };
  const owner: Column<AuditItem> = {
    head: 'audit.report.col.owner',
    cell: (i) => textCell(i.presence.owner),
  };
  const body = [
    `<p>${th(ctx.locale, 'audit.report.risks.intro')}</p>`,
    custodyBlock(ctx, audit, custody),
    riskBlock(ctx, 'abandoned', lead('abandoned', total), abandoned, [
      PRESENCE,
      PLATFORM,
      UNIT,
      audienceColumn(ctx),
      inactive,
      outcomeColumn(ctx),
    ]),
    riskBlock(ctx, 'owner_left', lead('owner_left'), withFinding(audit, 'owner_left'), [
      PRESENCE,
      PLATFORM,
      UNIT,
      owner,
      outcomeColumn(ctx),
    ]),
    riskBlock(ctx, 'dead', lead('dead'), withFinding(audit, 'dead_platform'), [
      PRESENCE,
      PLATFORM,
      UNIT,
      audienceColumn(ctx),
      outcomeColumn(ctx),
    ]),
  ];
  return section(ctx, 'risks', 'audit.report.section.risks', body.join(''));
}

// ---------------------------------------------------------------------------------------------------
// 4. Decisions, grouped by what will happen to each presence

function reasonCell(ctx: Ctx, item: AuditItem): string {
  if (item.decision) return escapeHtml(item.decision.reason);
  const reasons = item.recommendation.reasons.map(
    (r) => `<li>${escapeHtml(reasonText(ctx.locale, r, (id) => nameIn(ctx, id)))}</li>`,
  );
  return reasons.length ? `<ul class="reasons">${reasons.join('')}</ul>` : '<span class="muted">—</span>';
}

function decisionCell(ctx: Ctx, item: AuditItem): string {
  const d = item.decision;
  if (!d) return `<span class="badge pending">${th(ctx.locale, 'audit.report.decision.pending')}</span>`;
  const by = th(ctx.locale, 'audit.report.decision.by', {
    by: d.by,
    date: formatDate(ctx.locale, d.at, 'medium'),
  });
  return `${escapeHtml(label(ctx.locale, 'audit.decision', d.decision))}<span class="by">${by}</span>`;
}

export function decisionsSection(ctx: Ctx, audit: Audit): string {
  const columns: Column<AuditItem>[] = [
    PRESENCE,
    PLATFORM,
    UNIT,
    {
      head: 'audit.report.col.recommendation',
      cell: (i) => escapeHtml(label(ctx.locale, 'audit.decision', i.recommendation.decision)),
    },
    { head: 'audit.report.col.decision', cell: (i) => decisionCell(ctx, i) },
    {
      head: 'audit.report.col.into',
      cell: (i) => intoCell(ctx, i.decision ? i.decision.into : i.recommendation.into),
    },
    { head: 'audit.report.col.reason', cls: 'wrap', cell: (i) => reasonCell(ctx, i) },
  ];
  const groups = DECISION_ORDER.map((d) => {
    const items = audit.items
      .filter((i) => effectiveDecision(i) === d)
      .sort(
        (a, b) =>
          (a.presence.unit ?? '').localeCompare(b.presence.unit ?? '') || audienceOf(b) - audienceOf(a),
      );
    if (!items.length) return '';
    const decided = items.filter((i) => i.decision).length;
    const count = plural(ctx.locale, 'audit.report.decisions.group', decided, {
      decided,
      total: items.length,
    });
    return `<div class="group"><h3>${decisionBadge(ctx, d)} <span class="muted">${escapeHtml(count)}</span></h3>${table(ctx, columns, items, { cls: 'decisions' })}</div>`;
  });
  const intro = `<p class="muted">${th(ctx.locale, 'audit.report.decisions.intro')}</p>`;
  return section(ctx, 'decisions', 'audit.report.section.decisions', intro + groups.join(''));
}

// ---------------------------------------------------------------------------------------------------
// 5. Action plan

function progressCell(ctx: Ctx, row: PlanRow): string {
  const share = row.total ? row.settled / row.total : 0;
  const width = Math.round(share * 100);
  return `<span class="bar"><i style="width:${width}%"></i></span>${formatNumber(ctx.locale, row.settled)} / ${formatNumber(ctx.locale, row.total)}`;
}

function planTable(
  ctx: Ctx,
  tasks: Task[],
  keyHead: string,
  keyOf: (t: Task) => string | null,
  none: string,
) {
  const rows = planRows(tasks, keyOf, ctx.today);
  const total = planTotal(tasks, ctx.today);
  const overdue = (r: PlanRow) =>
    r.overdue ? `<span class="late">${formatNumber(ctx.locale, r.overdue)}</span>` : '0';
  const columns: Column<PlanRow>[] = [
    {
      head: keyHead,
      cell: (r) => (r.key === null ? `<span class="muted">${escapeHtml(none)}</span>` : escapeHtml(r.key)),
    },
    { head: 'audit.report.col.progress', cell: (r) => progressCell(ctx, r) },
    { head: 'audit.report.col.skipped', num: true, cell: (r) => formatNumber(ctx.locale, r.skipped) },
    { head: 'audit.report.col.overdue', num: true, cell: overdue },
    { head: 'audit.report.col.next_due', num: true, cell: (r) => dateCell(ctx, r.nextDue) },
  ];
  const foot = [th(ctx.locale, 'audit.report.plan.total'), ...columns.slice(1).map((c) => c.cell(total))];
  return table(ctx, columns, rows, { foot });
}

function overdueTable(ctx: Ctx, tasks: Task[]): string {
  const late = overdueTasks(tasks, ctx.today);
  if (!late.length) return `<p>${th(ctx.locale, 'audit.report.plan.no_overdue')}</p>`;
  const columns: Column<Task>[] = [
    {
      head: 'audit.report.col.task',
      cls: 'wrap',
      cell: (t) => escapeHtml(tr(ctx.locale, `audit.task.${t.kind}`, t.params)),
    },
    { head: 'audit.report.col.presence', cell: (t) => presenceCell(t.presence) },
    { head: 'audit.report.col.unit', cell: (t) => textCell(t.presence.unit) },
    { head: 'audit.report.col.owner', cell: (t) => textCell(t.owner) },
    { head: 'audit.report.col.due', num: true, cell: (t) => dateCell(ctx, t.dueOn) },
    {
      head: 'audit.report.col.late',
      num: true,
      cell: (t) =>
        `<span class="late">${escapeHtml(formatDays(ctx.locale, daysBetween(t.dueOn, ctx.today)))}</span>`,
    },
  ];
  return table(ctx, columns, late.slice(0, OVERDUE_ROWS)) + more(ctx, late.length - OVERDUE_ROWS);
}

export function planSection(ctx: Ctx, tasks: Task[]): string {
  const { locale } = ctx;
  if (!tasks.length)
    return section(
      ctx,
      'plan',
      'audit.report.section.plan',
      `<p>${th(locale, 'audit.report.plan.none')}</p>`,
    );
  const unassigned = tr(locale, 'audit.report.plan.unassigned');
  const body = [
    `<p class="muted">${th(locale, 'audit.report.plan.intro', { date: formatDate(locale, ctx.today) })}</p>`,
    `<h3>${th(locale, 'audit.report.plan.by_unit')}</h3>`,
    planTable(
      ctx,
      tasks,
      'audit.report.col.unit',
      (t) => t.presence.unit,
      tr(locale, 'audit.report.chart.no_unit'),
    ),
    `<h3>${th(locale, 'audit.report.plan.by_owner')}</h3>`,
    planTable(ctx, tasks, 'audit.report.col.owner', (t) => t.owner, unassigned),
    `<h3>${th(locale, 'audit.report.plan.overdue')}</h3>`,
    overdueTable(ctx, tasks),
  ];
  return section(ctx, 'plan', 'audit.report.section.plan', body.join(''));
}

// ---------------------------------------------------------------------------------------------------
// 6. Comparison with the previous audit

interface Delta {
  name: string;
  previous: number;
  current: number;
}

/** `worse` says which way is bad (more findings are), so the change is coloured; otherwise neutral. */
function deltaTable(ctx: Ctx, head: string, rows: Delta[], worse?: 'up'): string {
  const change = (r: Delta) => {
    const d = r.current - r.previous;
    const cls = worse && d !== 0 ? (d > 0 ? 'change-up' : 'change-down') : '';
    return `<span class="${cls}">${formatChange(ctx.locale, d)}</span>`;
  };
  const columns: Column<Delta>[] = [
    { head, cell: (r) => r.name },
    { head: 'audit.report.col.previous', num: true, cell: (r) => formatNumber(ctx.locale, r.previous) },
    { head: 'audit.report.col.current', num: true, cell: (r) => formatNumber(ctx.locale, r.current) },
    { head: 'audit.report.col.change', num: true, cell: change },
  ];
  return table(ctx, columns, rows);
}

export function comparisonSection(ctx: Ctx, previous: Audit, current: Audit): string {
  const { locale } = ctx;
  const c = compare(previous, current, FINDING_CODES);
  const { previous: p, current: n } = c.overview;
  const row = (key: string, a: number, b: number): Delta => ({
    name: th(locale, key),
    previous: a,
    current: b,
  });
  const overview = [
    row('audit.report.compare.presences', p.before, n.before),
    row('audit.report.compare.kept', p.after, n.after),
    row('audit.report.compare.decided', p.decided, n.decided),
  ];
  const movements = `<p>${fillHtml(locale, 'audit.report.compare.movements', {
    added: `<b>${formatNumber(locale, c.added)}</b>`,
    removed: `<b>${formatNumber(locale, c.removed)}</b>`,
  })}</p>`;
  const findings = c.findings.map((f) => ({
    name: escapeHtml(label(locale, 'audit.report.code', f.code)),
    previous: f.previous,
    current: f.current,
  }));
  const decisions = c.decisions.map((d) => ({
    name: decisionBadge(ctx, d.decision),
    previous: d.previous,
    current: d.current,
  }));
  const body = [
    `<p class="muted">${th(locale, 'audit.report.compare.intro', { name: previous.name, date: formatDate(locale, previous.asOf) })}</p>`,
    `<h3>${th(locale, 'audit.report.compare.overview')}</h3>`,
    deltaTable(ctx, 'audit.report.col.indicator', overview),
    movements,
    `<h3>${th(locale, 'audit.report.compare.findings')}</h3>`,
    deltaTable(ctx, 'audit.report.col.finding', findings, 'up'),
    `<h3>${th(locale, 'audit.report.compare.decisions')}</h3>`,
    deltaTable(ctx, 'audit.report.col.decision', decisions),
  ];
  return section(ctx, 'comparison', 'audit.report.section.comparison', body.join(''));
}
