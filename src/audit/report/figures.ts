// The report's figures, computed from the audit's items and tasks (never from the summary counters, so
// that the page and the data it shows cannot disagree). Pure functions; no words, no HTML.
import { noRisks, RISK_FIELD, RISKS, type RiskCounts } from '../../registry/risks';
import {
  type Audit,
  type AuditItem,
  DECISIONS,
  type Decision,
  type FindingCode,
  KEEPING_DECISIONS,
  SEVERITIES,
  type Severity,
  type Task,
} from '../model';

/**
 * Keep-decisions first, then the ones that end a presence: the order of every decision list and axis,
 * the web app's (DECISIONS in web/src/audit/meta.ts).
 */
export const DECISION_ORDER: readonly Decision[] = [
  'invest',
  'maintain',
  'claim',
  'investigate',
  'merge',
  'progressive_redirect',
  'close_redirect',
  'remove',
];

/** What will happen to a presence: the decision taken, else the recommendation. */
export function effectiveDecision(item: AuditItem): Decision {
  return item.decision?.decision ?? item.recommendation.decision;
}

export function isKept(item: AuditItem): boolean {
  return KEEPING_DECISIONS.includes(effectiveDecision(item));
}

export function hasFinding(item: AuditItem, code: FindingCode): boolean {
  return item.findings.some((f) => f.code === code);
}

export interface Overview {
  /** Presences audited. */
  before: number;
  /** Presences kept once every decision (or, where pending, recommendation) is carried out. */
  after: number;
  decided: number;
  pending: number;
  /** Presences with at least one high-severity finding. */
  highRisk: number;
  byDecision: Record<Decision, { decided: number; pending: number }>;
}

export function overview(audit: Audit): Overview {
  const byDecision = Object.fromEntries(DECISIONS.map((d) => [d, { decided: 0, pending: 0 }])) as Record<
    Decision,
    { decided: number; pending: number }
  >;
  let decided = 0;
  for (const item of audit.items) {
    const slot = byDecision[effectiveDecision(item)];
    if (item.decision) {
      decided++;
      slot.decided++;
    } else slot.pending++;
  }
  return {
    before: audit.items.length,
    after: audit.items.filter(isKept).length,
    decided,
    pending: audit.items.length - decided,
    highRisk: audit.items.filter((i) => i.findings.some((f) => f.severity === 'high')).length,
    byDecision,
  };
}

/** How many presences carry each finding code (a presence counts once per code). */
export function findingCounts(audit: Audit): Map<FindingCode, number> {
  const counts = new Map<FindingCode, number>();
  for (const item of audit.items)
    for (const code of new Set(item.findings.map((f) => f.code)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/**
 * The registry's risks (src/registry/risks.ts) among the audited presences, counted from the
 * findings that carry them: the same definition, and on the same registry the same numbers, as the
 * overview's cards and the presences list's risk filter.
 */
export function riskCounts(audit: Audit): RiskCounts {
  const found = findingCounts(audit);
  const counts = noRisks();
  for (const risk of RISKS) counts[RISK_FIELD[risk]] = found.get(risk satisfies FindingCode) ?? 0;
  return counts;
}

export function countBy<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Risks and audiences

/** The audience the audit measured, else the registry's figure; null: unknown. */
export function audienceValue(item: AuditItem): number | null {
  return item.facts.audience.value ?? item.presence.audience;
}

/** The audience for sorting and sums: unknown counts as none. */
export function audienceOf(item: AuditItem): number {
  return audienceValue(item) ?? 0;
}

/** Presences carrying a finding, the largest audience first. */
export function withFinding(audit: Audit, code: FindingCode): AuditItem[] {
  return audit.items.filter((i) => hasFinding(i, code)).sort((a, b) => audienceOf(b) - audienceOf(a));
}

export function totalAudience(items: AuditItem[]): number {
  return items.reduce((s, i) => s + audienceOf(i), 0);
}

/** Presences that will end (closed, merged, redirected, removed), the largest audience first. */
export function atStake(audit: Audit): AuditItem[] {
  return audit.items.filter((i) => !isKept(i)).sort((a, b) => audienceOf(b) - audienceOf(a));
}

/** Presences still waiting for a decision, the largest audience first. */
export function awaiting(audit: Audit): AuditItem[] {
  return audit.items.filter((i) => !i.decision).sort((a, b) => audienceOf(b) - audienceOf(a));
}

export interface DecisionRow {
  decision: Decision;
  /** Presences recommended this decision and not decided yet. */
  pending: number;
  /** Their audience: what the committee's decision weighs. */
  pendingAudience: number;
  /** Presences for which this decision was taken. */
  decided: number;
}

/** What is left to decide, by the recommended decision; and what was decided. Only decisions in use. */
export function decisionRows(audit: Audit): DecisionRow[] {
  const rows = new Map<Decision, DecisionRow>(
    DECISION_ORDER.map((decision) => [decision, { decision, pending: 0, pendingAudience: 0, decided: 0 }]),
  );
  for (const item of audit.items) {
    const row = rows.get(effectiveDecision(item));
    if (!row) continue;
    if (item.decision) row.decided++;
    else {
      row.pending++;
      row.pendingAudience += audienceOf(item);
    }
  }
  return [...rows.values()].filter((r) => r.pending + r.decided > 0);
}

export interface UnitStake {
  /** The unit's name; null: presences of no unit. */
  unit: string | null;
  presences: number;
  audience: number;
  /** Audience of the presences that end, by what ends them (ending decisions only), decided or not yet. */
  stake: Partial<Record<Decision, { decided: number; pending: number }>>;
  /** Their sum. */
  stakeTotal: number;
  /** Part of the stake not decided yet (only recommended). */
  stakePending: number;
}

/** The audience each unit stands to lose or move: the ending presences' audience, the largest first. */
export function audienceByUnit(audit: Audit): UnitStake[] {
  const units = new Map<string | null, UnitStake>();
  for (const item of audit.items) {
    const key = item.presence.unit ?? null;
    const row = units.get(key) ?? {
      unit: key,
      presences: 0,
      audience: 0,
      stake: {},
      stakeTotal: 0,
      stakePending: 0,
    };
    const audience = audienceOf(item);
    row.presences++;
    row.audience += audience;
    if (!isKept(item)) {
      const decision = effectiveDecision(item);
      const slot = row.stake[decision] ?? { decided: 0, pending: 0 };
      row.stake[decision] = slot;
      if (item.decision) slot.decided += audience;
      else {
        slot.pending += audience;
        row.stakePending += audience;
      }
      row.stakeTotal += audience;
    }
    units.set(key, row);
  }
  return [...units.values()].sort(
    (a, b) =>
      b.stakeTotal - a.stakeTotal ||
      b.audience - a.audience ||
      (a.unit ?? '\uffff').localeCompare(b.unit ?? '\uffff'),
  );
}

// ---------------------------------------------------------------------------------------------------
// Action plan

/** A task no longer to do: done, or skipped as no longer needed (the audit's summary counts both). */
export function isSettled(task: Task): boolean {
  return task.status === 'done' || task.status === 'skipped';
}

/** Open and due before `today` (YYYY-MM-DD). */
export function isOverdue(task: Task, today: string): boolean {
  return !isSettled(task) && task.dueOn < today;
}

export interface PlanRow {
  key: string | null;
  total: number;
  settled: number;
  skipped: number;
  overdue: number;
  /** Earliest due date among the open tasks that are not late yet. */
  nextDue: string | null;
}

export function planRows(tasks: Task[], keyOf: (t: Task) => string | null, today: string): PlanRow[] {
  const rows = new Map<string | null, PlanRow>();
  for (const t of tasks) {
    const key = keyOf(t);
    const row = rows.get(key) ?? { key, total: 0, settled: 0, skipped: 0, overdue: 0, nextDue: null };
    row.total++;
    if (isSettled(t)) row.settled++;
    if (t.status === 'skipped') row.skipped++;
    if (isOverdue(t, today)) row.overdue++;
    else if (!isSettled(t) && (row.nextDue === null || t.dueOn < row.nextDue)) row.nextDue = t.dueOn;
    rows.set(key, row);
  }
  // The rows that most need attention first; unassigned (null) last among equals.
  return [...rows.values()].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.total - b.settled - (a.total - a.settled) ||
      (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'),
  );
}

export function planTotal(tasks: Task[], today: string): PlanRow {
  return (
    planRows(tasks, () => null, today)[0] ?? {
      key: null,
      total: 0,
      settled: 0,
      skipped: 0,
      overdue: 0,
      nextDue: null,
    }
  );
}

export function overdueTasks(tasks: Task[], today: string): Task[] {
  return tasks
    .filter((t) => isOverdue(t, today))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.presenceId - b.presenceId || a.step - b.step);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Tasks by what became of them. */
export interface TaskCounts {
  done: number;
  skipped: number;
  /** Open and due before today. */
  overdue: number;
  /** Open and not late yet. */
  open: number;
}

const noTasks = (): TaskCounts => ({ done: 0, skipped: 0, overdue: 0, open: 0 });

function countTask(counts: TaskCounts, t: Task, today: string): void {
  if (t.status === 'done') counts.done++;
  else if (t.status === 'skipped') counts.skipped++;
  else if (isOverdue(t, today)) counts.overdue++;
  else counts.open++;
}

/** The tasks by their step in their presence's plan: first steps, second steps… */
export function stepRows(tasks: Task[], today: string): (TaskCounts & { step: number })[] {
  const steps = new Map<number, TaskCounts & { step: number }>();
  for (const t of tasks) {
    const row = steps.get(t.step) ?? { step: t.step, ...noTasks() };
    countTask(row, t, today);
    steps.set(t.step, row);
  }
  return [...steps.values()].sort((a, b) => a.step - b.step);
}

export interface TimelineRow extends TaskCounts {
  /** First and last day (YYYY-MM-DD) of the period; `last` null: "and later". */
  first: string;
  last: string | null;
}

/** The periods a timeline may count in, the finest first. */
export const PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export interface Timeline {
  /** The finest period in which the plan holds in the rows allowed. */
  period: Period;
  rows: TimelineRow[];
}

const DAY_MS = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Monday of the week of a YYYY-MM-DD day. */
export function weekStart(day: string): string {
  const t = dayMs(day);
  return isoDay(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS);
}

/** First day of the period holding `day`. */
export function periodStart(day: string, period: Period): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (period === 'week') return weekStart(day);
  if (period === 'year') return `${y}-01-01`;
  const month = period === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  return isoDay(Date.UTC(y, month - 1, 1));
}

/** First day of the period after the one starting on `start`. */
function nextStart(start: string, period: Period): string {
  if (period === 'week') return isoDay(dayMs(start) + 7 * DAY_MS);
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return isoDay(Date.UTC(y, m - 1 + months, 1));
}

/**
 * The tasks by due period, at most `maxRows` rows: weeks when they fit, else months, quarters or
 * years; the last row is "and later" only when even years do not fit. Empty periods between two busy
 * ones are kept, so that the rows read as a calendar.
 */
export function timeline(tasks: Task[], today: string, maxRows = 10): Timeline {
  if (!tasks.length) return { period: 'week', rows: [] };
  const days = tasks.map((t) => t.dueOn).sort();
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const starts = (period: Period) => {
    const out: string[] = [];
    for (let k = periodStart(first, period); k <= last && out.length <= maxRows; k = nextStart(k, period))
      out.push(k);
    return out;
  };
  const period = PERIODS.find((p) => starts(p).length <= maxRows) ?? 'year';
  const keys = starts(period);
  const shown = keys.slice(0, maxRows);
  const cut = keys.length > maxRows;
  const rows: TimelineRow[] = shown.map((k, i) => ({
    first: k,
    last: cut && i === shown.length - 1 ? null : isoDay(dayMs(nextStart(k, period)) - DAY_MS),
    ...noTasks(),
  }));
  for (const t of tasks) {
    const index = shown.indexOf(periodStart(t.dueOn, period));
    // Beyond the last row shown: "and later".
    countTask(rows[index < 0 ? rows.length - 1 : index]!, t, today);
  }
  return { period, rows };
}

// ---------------------------------------------------------------------------------------------------
// Comparison with the previous audit

export interface Comparison {
  overview: { previous: Overview; current: Overview };
  /** Presences in this audit and not in the previous one, and the reverse. */
  added: number;
  removed: number;
  findings: { code: FindingCode; previous: number; current: number }[];
  decisions: { decision: Decision; previous: number; current: number }[];
}

export function compare(previous: Audit, current: Audit, codes: readonly FindingCode[]): Comparison {
  const before = new Set(previous.items.map((i) => i.presenceId));
  const now = new Set(current.items.map((i) => i.presenceId));
  const pf = findingCounts(previous);
  const cf = findingCounts(current);
  const pd = countBy(previous.items.map(effectiveDecision));
  const cd = countBy(current.items.map(effectiveDecision));
  return {
    overview: { previous: overview(previous), current: overview(current) },
    added: [...now].filter((id) => !before.has(id)).length,
    removed: [...before].filter((id) => !now.has(id)).length,
    findings: codes
      .map((code) => ({ code, previous: pf.get(code) ?? 0, current: cf.get(code) ?? 0 }))
      .filter((r) => r.previous > 0 || r.current > 0),
    decisions: DECISION_ORDER.map((decision) => ({
      decision,
      previous: pd.get(decision) ?? 0,
      current: cd.get(decision) ?? 0,
    })).filter((r) => r.previous > 0 || r.current > 0),
  };
}

/** Findings of an item, the most severe first. */
export function bySeverity<T extends { severity: Severity }>(findings: T[]): T[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
