// The report's sections after the cover, one printed page each: what must be decided, the presences
// in figures, the audience at stake by unit, the plan's timeline, the comparison with the previous
// audit, the method, and a one-page annex. Each list is cut to what fits its page (the rest is in the
// CSV annex), so that every section stays on its page and the contents' page numbers hold.
import { RISKS } from '../../registry/risks';
import {
  type Audit,
  type AuditItem,
  FINDING_CODES,
  KEEPING_DECISIONS,
  type RuleSettings,
  type Task,
} from '../model';
import {
  DECISION_COLOURS,
  ENDING_COLOUR,
  KEPT_COLOUR,
  lighten,
  statusChart,
  statusCounts,
  TASK_COLOURS,
} from './charts';
import {
  atStake,
  audienceByUnit,
  audienceOf,
  audienceValue,
  awaiting,
  compare,
  DECISION_ORDER,
  decisionRows,
  findingCounts,
  isKept,
  type Overview,
  overview,
  type Period,
  type PlanRow,
  planRows,
  planTotal,
  stepRows,
  type TaskCounts,
  timeline,
  type UnitStake,
} from './figures';
import {
  type BarRow,
  barChart,
  type Column,
  type Ctx,
  dateCell,
  decisionBadge,
  decisionDot,
  legend,
  more,
  numberCell,
  outcomeCell,
  presenceCell,
  type Segment,
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
  platformName,
  plural,
  th,
  tr,
} from './text';

/** One page of the report: its anchor, its title's catalogue key, its body. */
export interface Section {
  id: string;
  title: string;
  body: string;
}

/** Rows each list may take so that its page holds it whatever the names (two lines each at most). */
export const LIMITS = {
  largest: 8,
  platforms: 10,
  units: 20,
  timeline: 10,
  steps: 6,
  planUnits: 6,
  annex: 20,
} as const;

const n = (ctx: Ctx, v: number) => formatNumber(ctx.locale, v);

// ---------------------------------------------------------------------------------------------------
// What must be decided

function tiles(ctx: Ctx, figures: Overview, tasks: Task[]): string {
  const plan = planTotal(tasks, ctx.today);
  const list: [string, string, boolean][] = [
    ['audit.report.tile.decided', `${n(ctx, figures.decided)} / ${n(ctx, figures.before)}`, false],
    ['audit.report.tile.ending', n(ctx, figures.before - figures.after), false],
    ['audit.report.tile.high', n(ctx, figures.highRisk), figures.highRisk > 0],
    ['audit.report.tile.tasks', plan.total ? `${n(ctx, plan.settled)} / ${n(ctx, plan.total)}` : '—', false],
    ['audit.report.tile.overdue', n(ctx, plan.overdue), plan.overdue > 0],
  ];
  const html = list.map(
    ([key, value, alert]) =>
      `<div class="tile${alert ? ' alert' : ''}"><span class="value">${escapeHtml(value)}</span><span class="name">${th(ctx.locale, key)}</span></div>`,
  );
  return `<div class="tiles">${html.join('')}</div>`;
}

export function decideSection(ctx: Ctx, audit: Audit, tasks: Task[]): Section {
  const { locale } = ctx;
  const figures = overview(audit);
  const lead = figures.pending
    ? plural(locale, 'audit.report.decide.lead', figures.pending)
    : tr(locale, 'audit.report.pending.none');
  const rows = decisionRows(audit);
  const total = rows.reduce(
    (t, r) => ({
      pending: t.pending + r.pending,
      pendingAudience: t.pendingAudience + r.pendingAudience,
      decided: t.decided + r.decided,
    }),
    { pending: 0, pendingAudience: 0, decided: 0 },
  );
  const byRecommendation = table(
    ctx,
    [
      { head: 'audit.report.col.recommendation', cell: (r) => decisionBadge(ctx, r.decision) },
      { head: 'audit.report.col.awaiting', num: true, cell: (r) => n(ctx, r.pending) },
      { head: 'audit.report.col.awaiting_audience', num: true, cell: (r) => n(ctx, r.pendingAudience) },
      { head: 'audit.report.col.decided', num: true, cell: (r) => n(ctx, r.decided) },
    ],
    rows,
    {
      cls: 'figures',
      foot: [
        th(locale, 'audit.report.decide.total'),
        n(ctx, total.pending),
        n(ctx, total.pendingAudience),
        n(ctx, total.decided),
      ],
    },
  );
  const ending = atStake(audit);
  const largest = ending.length
    ? table(
        ctx,
        [
          { head: 'audit.report.col.presence', cls: 'presence', cell: (i) => presenceCell(i) },
          { head: 'audit.report.col.unit', cell: (i) => textCell(i.presence.unit) },
          { head: 'audit.report.col.audience', num: true, cell: (i) => numberCell(ctx, audienceValue(i)) },
          { head: 'audit.report.col.decision', cell: (i) => outcomeCell(ctx, i) },
        ],
        ending.slice(0, LIMITS.largest),
        { cls: 'list' },
      ) + more(ctx, ending.length - LIMITS.largest)
    : `<p class="muted">${th(locale, 'audit.report.decide.none_at_stake')}</p>`;
  const body = [
    `<p class="lead">${escapeHtml(lead)}</p>`,
    tiles(ctx, figures, tasks),
    `<h3>${th(locale, 'audit.report.decide.by_recommendation')}</h3>`,
    byRecommendation,
    `<h3>${th(locale, 'audit.report.decide.largest')}</h3>`,
    largest,
  ];
  return { id: 'decide', title: 'audit.report.section.decide', body: body.join('') };
}

// ---------------------------------------------------------------------------------------------------
// The presences in figures

function decisionBars(ctx: Ctx, figures: Overview): string {
  const rows: BarRow[] = DECISION_ORDER.map((d) => {
    const { decided, pending } = figures.byDecision[d];
    const colour = DECISION_COLOURS[d];
    return {
      label: escapeHtml(label(ctx.locale, 'audit.decision', d)),
      segments: [
        { value: decided, colour },
        { value: pending, colour: lighten(colour, 0.6) },
      ],
      value: n(ctx, decided + pending),
    };
  });
  const key = legend([
    { html: th(ctx.locale, 'audit.report.chart.decided'), colour: '#868e96' },
    { html: th(ctx.locale, 'audit.report.chart.recommended'), colour: lighten('#868e96', 0.6) },
  ]);
  return barChart(rows, { cls: 'narrow' }) + key;
}

function platformBars(ctx: Ctx, audit: Audit): string {
  const groups = new Map<string, AuditItem[]>();
  for (const i of audit.items)
    groups.set(i.presence.platform, [...(groups.get(i.presence.platform) ?? []), i]);
  const sorted = [...groups.entries()].sort(
    (a, b) => b[1].length - a[1].length || platformName(a[0]).localeCompare(platformName(b[0])),
  );
  // "Others (1)" would hide a name for nothing: one more row says more.
  const cut = sorted.length === LIMITS.platforms + 1 ? LIMITS.platforms + 1 : LIMITS.platforms;
  const shown = sorted.slice(0, cut).map(([id, items]) => ({ name: escapeHtml(platformName(id)), items }));
  const rest = sorted.slice(cut);
  if (rest.length)
    shown.push({
      name: th(ctx.locale, 'audit.report.chart.others', { count: rest.length }),
      items: rest.flatMap(([, items]) => items),
    });
  const rows: BarRow[] = shown.map(({ name, items }) => {
    const kept = items.filter(isKept).length;
    return {
      label: name,
      segments: [
        { value: kept, colour: KEPT_COLOUR },
        { value: items.length - kept, colour: ENDING_COLOUR },
      ],
      value: n(ctx, items.length),
    };
  });
  const key = legend([
    { html: th(ctx.locale, 'audit.report.chart.kept'), colour: KEPT_COLOUR },
    { html: th(ctx.locale, 'audit.report.chart.ending'), colour: ENDING_COLOUR },
  ]);
  return barChart(rows) + key;
}

/** The registry's risks, counted as the overview's cards count them. */
function riskTiles(ctx: Ctx, audit: Audit): string {
  const counts = findingCounts(audit);
  const html = RISKS.map(
    (r) =>
      `<div><b>${n(ctx, counts.get(r) ?? 0)}</b><span>${escapeHtml(label(ctx.locale, 'audit.report.code', r))}</span></div>`,
  );
  return `<div class="counts">${html.join('')}</div>`;
}

function figure(ctx: Ctx, key: string, html: string): string {
  return `<figure><figcaption>${th(ctx.locale, key)}</figcaption>${html}</figure>`;
}

function statusRing(ctx: Ctx, audit: Audit): string {
  const items = statusCounts(audit, ctx.locale).map(
    (s) =>
      `<li><i style="background:${s.colour}"></i><span>${escapeHtml(s.name)}</span><b>${n(ctx, s.value)}</b></li>`,
  );
  return `<div class="ring">${statusChart(audit, ctx.locale)}<ul>${items.join('')}</ul></div>`;
}

export function figuresSection(ctx: Ctx, audit: Audit): Section {
  const figures = overview(audit);
  const body = [
    '<div class="two">',
    figure(ctx, 'audit.report.chart.status', statusRing(ctx, audit)),
    figure(ctx, 'audit.report.chart.decision', decisionBars(ctx, figures)),
    '</div>',
    figure(ctx, 'audit.report.chart.risks', riskTiles(ctx, audit)),
    figure(ctx, 'audit.report.chart.platform', platformBars(ctx, audit)),
  ];
  return { id: 'figures', title: 'audit.report.section.figures', body: body.join('') };
}

// ---------------------------------------------------------------------------------------------------
// Audience at stake by unit

const ENDING_ORDER = DECISION_ORDER.filter((d) => !KEEPING_DECISIONS.includes(d));

/** A unit's stake as bar segments: each ending decision's colour, lighter where not decided yet. */
function stakeSegments(stake: UnitStake['stake']): Segment[] {
  return ENDING_ORDER.flatMap((d) => [
    { value: stake[d]?.decided ?? 0, colour: DECISION_COLOURS[d] },
    { value: stake[d]?.pending ?? 0, colour: lighten(DECISION_COLOURS[d], 0.6) },
  ]);
}

export function audienceSection(ctx: Ctx, audit: Audit): Section {
  const { locale } = ctx;
  const units = audienceByUnit(audit);
  const total = units.reduce((s, u) => s + u.stakeTotal, 0);
  const pending = units.reduce((s, u) => s + u.stakePending, 0);
  if (!total)
    return {
      id: 'audience',
      title: 'audit.report.section.audience',
      body: `<p class="lead">${th(locale, 'audit.report.audience.none')}</p>`,
    };
  const withStake = units.filter((u) => u.stakeTotal > 0);
  // "Others (1)" would hide a name for nothing: one more row says more.
  const cut = withStake.length === LIMITS.units + 1 ? LIMITS.units + 1 : LIMITS.units;
  const shown = withStake.slice(0, cut);
  const rest = withStake.slice(cut);
  const value = (stake: number, audience: number) =>
    `${n(ctx, stake)}<span class="of">${th(locale, 'audit.report.audience.of', { audience: n(ctx, audience) })}</span>`;
  const rows: BarRow[] = shown.map((u) => ({
    label: escapeHtml(u.unit ?? tr(locale, 'audit.report.chart.no_unit')),
    segments: stakeSegments(u.stake),
    value: value(u.stakeTotal, u.audience),
  }));
  if (rest.length) {
    const stake: UnitStake['stake'] = {};
    for (const u of rest)
      for (const d of ENDING_ORDER) {
        const slot = stake[d] ?? { decided: 0, pending: 0 };
        slot.decided += u.stake[d]?.decided ?? 0;
        slot.pending += u.stake[d]?.pending ?? 0;
        stake[d] = slot;
      }
    rows.push({
      label: th(locale, 'audit.report.chart.others', { count: rest.length }),
      segments: stakeSegments(stake),
      value: value(
        rest.reduce((s, u) => s + u.stakeTotal, 0),
        rest.reduce((s, u) => s + u.audience, 0),
      ),
    });
  }
  const used = ENDING_ORDER.filter((d) => units.some((u) => u.stake[d]));
  const key = legend([
    ...used.map((d) => ({
      html: escapeHtml(label(locale, 'audit.decision', d)),
      colour: DECISION_COLOURS[d],
    })),
    { html: th(locale, 'audit.report.chart.pending_part'), colour: lighten('#868e96', 0.6) },
  ]);
  const lead = th(locale, 'audit.report.audience.lead', {
    audience: n(ctx, total),
    pending: n(ctx, pending),
  });
  const chart = barChart(rows, {
    cls: 'units',
    head: [
      th(locale, 'audit.report.col.unit'),
      th(locale, 'audit.report.col.at_stake'),
      th(locale, 'audit.report.col.unit_audience'),
    ],
  });
  const body = [`<p class="lead">${lead}</p>`, key, chart];
  return { id: 'audience', title: 'audit.report.section.audience', body: body.join('') };
}

// ---------------------------------------------------------------------------------------------------
// The action plan's timeline

function periodLabel(ctx: Ctx, first: string, last: string | null, period: Period): string {
  const { locale } = ctx;
  const d = new Date(`${first}T00:00:00Z`);
  const intl = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { ...options, timeZone: 'UTC' }).format(d);
  const start =
    period === 'week'
      ? tr(locale, 'audit.report.plan.week', { date: formatDate(locale, first, 'medium') })
      : period === 'month'
        ? intl({ month: 'long', year: 'numeric' })
        : period === 'quarter'
          ? tr(locale, 'audit.report.plan.quarter', {
              quarter: Math.floor(d.getUTCMonth() / 3) + 1,
              year: String(d.getUTCFullYear()),
            })
          : String(d.getUTCFullYear());
  return last === null ? th(locale, 'audit.report.plan.later', { date: start }) : escapeHtml(start);
}

const taskStatus = (ctx: Ctx, s: string) => th(ctx.locale, `audit.task_status.${s}`);

/** A row of tasks as a bar: settled first, then late, then still ahead; and "settled / all". */
function taskBar(ctx: Ctx, label: string, c: TaskCounts): BarRow {
  const all = c.done + c.skipped + c.overdue + c.open;
  return {
    label,
    segments: [
      { value: c.done, colour: TASK_COLOURS.done },
      { value: c.skipped, colour: TASK_COLOURS.skipped },
      { value: c.overdue, colour: TASK_COLOURS.overdue },
      { value: c.open, colour: TASK_COLOURS.open },
    ],
    value:
      `${n(ctx, c.done + c.skipped)} / ${n(ctx, all)}` +
      (c.overdue ? `<span class="late">${n(ctx, c.overdue)}</span>` : ''),
  };
}

function taskLegend(ctx: Ctx): string {
  return legend([
    { html: taskStatus(ctx, 'done'), colour: TASK_COLOURS.done },
    { html: taskStatus(ctx, 'skipped'), colour: TASK_COLOURS.skipped },
    { html: th(ctx.locale, 'audit.report.col.overdue'), colour: TASK_COLOURS.overdue },
    { html: taskStatus(ctx, 'todo'), colour: TASK_COLOURS.open },
  ]);
}

function unitProgress(ctx: Ctx, tasks: Task[]): string {
  const { locale } = ctx;
  const rows = planRows(tasks, (t) => t.presence.unit, ctx.today);
  const cut = rows.length === LIMITS.planUnits + 1 ? LIMITS.planUnits + 1 : LIMITS.planUnits;
  const rest = rows.slice(cut);
  const shown: (PlanRow & { others?: number })[] = rows.slice(0, cut);
  if (rest.length) {
    const keys = new Set(rest.map((r) => r.key));
    shown.push({
      ...planTotal(
        tasks.filter((t) => keys.has(t.presence.unit)),
        ctx.today,
      ),
      others: rest.length,
    });
  }
  const progress = (r: PlanRow) => {
    const width = r.total ? Math.round((r.settled / r.total) * 100) : 0;
    return `<span class="progress"><i style="width:${width}%"></i></span>${n(ctx, r.settled)} / ${n(ctx, r.total)}`;
  };
  const overdue = (r: PlanRow) => (r.overdue ? `<span class="late">${n(ctx, r.overdue)}</span>` : '0');
  const columns: Column<PlanRow & { others?: number }>[] = [
    {
      head: 'audit.report.col.unit',
      cell: (r) =>
        r.others
          ? th(locale, 'audit.report.chart.others', { count: r.others })
          : textCell(r.key ?? tr(locale, 'audit.report.chart.no_unit')),
    },
    { head: 'audit.report.col.progress', cls: 'nowrap', cell: progress },
    { head: 'audit.report.col.overdue', num: true, cell: overdue },
    { head: 'audit.report.col.next_due', num: true, cell: (r) => dateCell(ctx, r.nextDue) },
  ];
  const total = planTotal(tasks, ctx.today);
  const foot = [th(locale, 'audit.report.plan.total'), ...columns.slice(1).map((c) => c.cell(total))];
  return table(ctx, columns, shown, { cls: 'figures wide', foot });
}

export function planSection(ctx: Ctx, tasks: Task[]): Section {
  const { locale } = ctx;
  if (!tasks.length)
    return {
      id: 'plan',
      title: 'audit.report.section.plan',
      body: `<p class="lead">${th(locale, 'audit.report.plan.none')}</p>`,
    };
  const total = planTotal(tasks, ctx.today);
  const lead = th(locale, 'audit.report.plan.lead', {
    count: total.total,
    done: n(ctx, total.settled),
    overdue: n(ctx, total.overdue),
    date: formatDate(locale, ctx.today),
  });
  const { period, rows } = timeline(tasks, ctx.today, LIMITS.timeline);
  const when = barChart(
    rows.map((r) => taskBar(ctx, periodLabel(ctx, r.first, r.last, period), r)),
    { cls: 'timeline' },
  );
  const byStep = stepRows(tasks, ctx.today);
  const stepBars = byStep
    .slice(0, byStep.length > LIMITS.steps ? LIMITS.steps - 1 : LIMITS.steps)
    .map((r) => taskBar(ctx, th(locale, 'audit.report.plan.step', { step: r.step }), r));
  if (byStep.length > LIMITS.steps) {
    const later = byStep.slice(LIMITS.steps - 1);
    const sum = (k: keyof TaskCounts) => later.reduce((s, r) => s + r[k], 0);
    const counts = { done: sum('done'), skipped: sum('skipped'), overdue: sum('overdue'), open: sum('open') };
    stepBars.push(taskBar(ctx, th(locale, 'audit.report.plan.step_later', { step: later[0]!.step }), counts));
  }
  const steps = barChart(stepBars, { cls: 'timeline' });
  const body = [
    `<p class="lead">${lead}</p>`,
    taskLegend(ctx),
    `<h3>${th(locale, 'audit.report.plan.by_due')}</h3>`,
    when,
    `<h3>${th(locale, 'audit.report.plan.by_step')}</h3>`,
    steps,
    `<h3>${th(locale, 'audit.report.plan.by_unit')}</h3>`,
    unitProgress(ctx, tasks),
  ];
  return { id: 'plan', title: 'audit.report.section.plan', body: body.join('') };
}

// ---------------------------------------------------------------------------------------------------
// Comparison with the previous audit

interface Delta {
  name: string;
  previous: number;
  current: number;
  /** Which way is bad (more risks are), so that the change is coloured; otherwise neutral. */
  worse?: 'up' | 'down';
}

function deltaTable(ctx: Ctx, head: string, rows: Delta[], when: [string, string]): string {
  const change = (r: Delta) => {
    const d = r.current - r.previous;
    const bad = r.worse && d !== 0 && (r.worse === 'up') === d > 0;
    const cls = !r.worse || d === 0 ? '' : bad ? 'change-bad' : 'change-good';
    return `<span class="${cls}">${formatChange(ctx.locale, d)}</span>`;
  };
  const columns: Column<Delta>[] = [
    { head, cell: (r) => r.name },
    { head: escapeHtml(when[0]), raw: true, num: true, cell: (r) => n(ctx, r.previous) },
    { head: escapeHtml(when[1]), raw: true, num: true, cell: (r) => n(ctx, r.current) },
    { head: 'audit.report.col.change', num: true, cell: change },
  ];
  return table(ctx, columns, rows, { cls: 'figures' });
}

export function comparisonSection(ctx: Ctx, previous: Audit, current: Audit): Section {
  const { locale } = ctx;
  const c = compare(previous, current, FINDING_CODES);
  const { previous: p, current: now } = c.overview;
  const when: [string, string] = [
    formatDate(locale, previous.asOf, 'medium'),
    formatDate(locale, current.asOf, 'medium'),
  ];
  const row = (key: string, a: number, b: number, worse?: 'up' | 'down'): Delta => ({
    name: th(locale, key),
    previous: a,
    current: b,
    worse,
  });
  const audience = (a: Audit) => a.items.reduce((s, i) => s + audienceOf(i), 0);
  const stake = (a: Audit) => atStake(a).reduce((s, i) => s + audienceOf(i), 0);
  const key = [
    row('audit.report.compare.presences', p.before, now.before),
    row('audit.report.compare.kept', p.after, now.after),
    row('audit.report.compare.decided', p.decided, now.decided),
    row('audit.report.compare.high', p.highRisk, now.highRisk, 'up'),
    row('audit.report.compare.audience', audience(previous), audience(current)),
    row('audit.report.compare.at_stake', stake(previous), stake(current)),
  ];
  const movements = `<p>${fillHtml(locale, 'audit.report.compare.movements', {
    added: `<b>${n(ctx, c.added)}</b>`,
    removed: `<b>${n(ctx, c.removed)}</b>`,
  })}</p>`;
  const findings = c.findings.map((f) => ({
    name: escapeHtml(label(locale, 'audit.report.code', f.code)),
    previous: f.previous,
    current: f.current,
    worse: 'up' as const,
  }));
  const decisions = c.decisions.map((d) => ({
    name: decisionDot(ctx, d.decision),
    previous: d.previous,
    current: d.current,
  }));
  // Findings in two columns, so that all of them (23 at most) hold on the page.
  const half = Math.ceil(findings.length / 2);
  const body = [
    `<p class="lead">${th(locale, 'audit.report.compare.intro', { name: previous.name, date: formatDate(locale, previous.asOf) })}</p>`,
    '<div class="two">',
    `<div><h3>${th(locale, 'audit.report.compare.overview')}</h3>${deltaTable(ctx, 'audit.report.col.indicator', key, when)}</div>`,
    `<div><h3>${th(locale, 'audit.report.compare.decisions')}</h3>${deltaTable(ctx, 'audit.report.col.decision', decisions, when)}</div>`,
    '</div>',
    movements,
    `<h3>${th(locale, 'audit.report.compare.findings')}</h3>`,
    '<div class="two">',
    `<div>${deltaTable(ctx, 'audit.report.col.finding', findings.slice(0, half), when)}</div>`,
    half < findings.length
      ? `<div>${deltaTable(ctx, 'audit.report.col.finding', findings.slice(half), when)}</div>`
      : '',
    '</div>',
  ];
  return { id: 'comparison', title: 'audit.report.section.comparison', body: body.join('') };
}

// ---------------------------------------------------------------------------------------------------
// Method

type SettingKey = Exclude<keyof RuleSettings, 'charter'> | keyof RuleSettings['charter'];

/** The settings as the audit's settings page groups them. */
const SETTING_GROUPS: [string, SettingKey[]][] = [
  ['activity', ['dormantDays', 'abandonedDays', 'minPosts90']],
  ['engagement', ['minEngagementPerPost', 'decliningShare']],
  ['decisions', ['investAudience', 'investPosts90', 'investEngagementPerPost', 'pollAudience']],
  ['plan', ['redirectPosts', 'redirectWeeks', 'taskDays']],
  ['charter', ['namePattern', 'requiredLink', 'languages']],
];

function settingValue(ctx: Ctx, s: RuleSettings, key: SettingKey): string {
  const { locale } = ctx;
  const count = (k: string, v: number) => escapeHtml(plural(locale, k, v, { count: n(ctx, v) }));
  const perPost = (v: number) =>
    th(locale, 'audit.report.unit.per_post', { value: formatNumber(locale, v, 2) });
  const unchecked = `<span class="muted">${th(locale, 'audit.report.method.not_checked')}</span>`;
  switch (key) {
    case 'dormantDays':
    case 'abandonedDays':
    case 'taskDays':
      return escapeHtml(formatDays(locale, s[key]));
    case 'minPosts90':
    case 'investPosts90':
    case 'redirectPosts':
      return count('audit.report.unit.posts', s[key]);
    case 'investAudience':
    case 'pollAudience':
      return count('audit.report.unit.followers', s[key]);
    case 'redirectWeeks':
      return count('audit.report.unit.weeks', s[key]);
    case 'minEngagementPerPost':
    case 'investEngagementPerPost':
      return perPost(s[key]);
    case 'decliningShare':
      return escapeHtml(
        new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
          style: 'percent',
          maximumFractionDigits: 1,
        }).format(s.decliningShare),
      );
    case 'namePattern':
    case 'requiredLink':
      return s.charter[key] ? `<code class="clamp2">${escapeHtml(s.charter[key])}</code>` : unchecked;
    case 'languages':
      return s.charter.languages.length
        ? `<span class="clamp2">${escapeHtml(s.charter.languages.join(', '))}</span>`
        : unchecked;
  }
}

export function methodSection(ctx: Ctx, audit: Audit): Section {
  const { locale } = ctx;
  const groups = SETTING_GROUPS.map(([group, keys]) => {
    const rows = keys
      .map(
        (k) =>
          `<tr><th scope="row">${th(locale, `audit.report.method.setting.${k}`)}</th><td>${settingValue(ctx, audit.settings, k)}</td></tr>`,
      )
      .join('');
    const cls = group === 'charter' ? 'settings charter' : 'settings';
    return `<table class="${cls}"><caption>${th(locale, `audit.report.method.group.${group}`)}</caption><tbody>${rows}</tbody></table>`;
  });
  const kept = new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'disjunction' }).format(
    KEEPING_DECISIONS.map((d) => label(locale, 'audit.decision', d).toLocaleLowerCase(locale)),
  );
  const reading = [
    th(locale, 'audit.report.method.read.after', { kept }),
    th(locale, 'audit.report.method.read.stake'),
    th(locale, 'audit.report.method.read.audience'),
    th(locale, 'audit.report.method.read.overdue'),
  ];
  const decisions = DECISION_ORDER.map(
    (d) => `<dt>${decisionBadge(ctx, d)}</dt><dd>${th(locale, `audit.report.hint.${d}`)}</dd>`,
  );
  const command = `vigie audit report ${audit.id} --format csv --out ${tr(locale, 'audit.report.method.csv_file')}`;
  const body = [
    `<p class="lead">${th(locale, 'audit.report.method.what', { date: formatDate(locale, audit.asOf) })}</p>`,
    `<h3>${th(locale, 'audit.report.method.thresholds')}</h3>`,
    `<div class="settings-grid">${groups.join('')}</div>`,
    `<h3>${th(locale, 'audit.report.method.decisions')}</h3>`,
    `<dl class="hints">${decisions.join('')}</dl>`,
    `<h3>${th(locale, 'audit.report.method.reading')}</h3>`,
    `<ul class="reading">${reading.map((r) => `<li>${r}</li>`).join('')}</ul>`,
    `<p class="csv-note">${fillHtml(locale, 'audit.report.method.csv', { command: `<code class="command">${escapeHtml(command)}</code>` })}</p>`,
  ];
  return { id: 'method', title: 'audit.report.section.method', body: body.join('') };
}

// ---------------------------------------------------------------------------------------------------
// Annex: the presences awaiting a decision (the largest audiences; all of them are in the CSV)

export function annexSection(ctx: Ctx, audit: Audit): Section | null {
  const { locale } = ctx;
  const waiting = awaiting(audit);
  if (!waiting.length) return null;
  const shown = waiting.slice(0, LIMITS.annex);
  const lead =
    shown.length < waiting.length
      ? plural(locale, 'audit.report.annex.lead', waiting.length, { shown: n(ctx, shown.length) })
      : tr(locale, 'audit.report.annex.all', { count: n(ctx, waiting.length) });
  const columns: Column<AuditItem>[] = [
    { head: 'audit.report.col.presence', cls: 'presence', cell: (i) => presenceCell(i) },
    { head: 'audit.report.col.unit', cell: (i) => textCell(i.presence.unit) },
    { head: 'audit.report.col.audience', num: true, cell: (i) => numberCell(ctx, audienceValue(i)) },
    {
      head: 'audit.report.col.recommendation',
      cell: (i) => decisionDot(ctx, i.recommendation.decision),
    },
  ];
  const body = [
    `<p class="lead">${escapeHtml(lead)}</p>`,
    table(ctx, columns, shown, { cls: 'list compact' }),
    more(ctx, waiting.length - shown.length),
  ];
  return { id: 'annex', title: 'audit.report.section.annex', body: body.join('') };
}
