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

/** Keep-decisions first, then the ones that end a presence: the order of every decision list and axis. */
export const DECISION_ORDER: readonly Decision[] = [
  'invest',
  'maintain',
  'claim',
  'investigate',
  'merge',
  'close_redirect',
  'progressive_redirect',
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
// Risks (section 3)

export const CUSTODY_CODES = [
  'no_custodian',
  'custodian_left',
  'personal_recovery',
  'mfa_off',
  'mfa_unknown',
] as const satisfies readonly FindingCode[];

const WEIGHT: Record<Severity, number> = { high: 9, medium: 3, low: 1 };

/** The audience the audit measured, else the registry's figure; null: unknown. */
export function audienceValue(item: AuditItem): number | null {
  return item.facts.audience.value ?? item.presence.audience;
}

/** The audience for sorting and sums: unknown counts as none. */
export function audienceOf(item: AuditItem): number {
  return audienceValue(item) ?? 0;
}

/** Presences whose credentials are most at risk: the heaviest custody findings first, then the largest audience. */
export function custodyRisks(audit: Audit): { item: AuditItem; codes: FindingCode[] }[] {
  const custody = new Set<FindingCode>(CUSTODY_CODES);
  return audit.items
    .map((item) => {
      const findings = item.findings.filter((f) => custody.has(f.code));
      const score = findings.reduce((s, f) => s + WEIGHT[f.severity], 0);
      return { item, codes: [...new Set(findings.map((f) => f.code))], score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || audienceOf(b.item) - audienceOf(a.item))
    .map(({ item, codes }) => ({ item, codes }));
}

/** Presences carrying a finding, the largest audience first. */
export function withFinding(audit: Audit, code: FindingCode): AuditItem[] {
  return audit.items.filter((i) => hasFinding(i, code)).sort((a, b) => audienceOf(b) - audienceOf(a));
}

export function totalAudience(items: AuditItem[]): number {
  return items.reduce((s, i) => s + audienceOf(i), 0);
}

// ---------------------------------------------------------------------------------------------------
// Action plan (section 5)

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

// ---------------------------------------------------------------------------------------------------
// Comparison with the previous audit (section 6)

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
