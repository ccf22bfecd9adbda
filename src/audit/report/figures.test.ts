import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type Task } from '../model';
import {
  atStake,
  audienceByUnit,
  awaiting,
  compare,
  DECISION_ORDER,
  decisionRows,
  effectiveDecision,
  findingCounts,
  isOverdue,
  overdueTasks,
  overview,
  planRows,
  planTotal,
  stepRows,
  timeline,
} from './figures';
import { GENERATED_AT, reportFixture } from './fixture';

const { audit, tasks, previous } = reportFixture();
const today = GENERATED_AT.slice(0, 10);
const item = (id: number) => audit.items.find((i) => i.presenceId === id)!;

describe('overview', () => {
  it('keeps the decision taken over the recommendation, and the recommendation while pending', () => {
    expect(effectiveDecision(item(17))).toBe('investigate'); // recommended a progressive redirect
    expect(effectiveDecision(item(16))).toBe('progressive_redirect'); // not decided yet
  });

  it('counts before, after, decided and pending from the items', () => {
    const o = overview(audit);
    expect(o.before).toBe(34);
    expect(o.decided + o.pending).toBe(34);
    expect(o.decided).toBe(audit.items.filter((i) => i.decision).length);
    const sum = Object.values(o.byDecision).reduce((s, c) => s + c.decided + c.pending, 0);
    expect(sum).toBe(34);
    const keep = ['invest', 'maintain', 'claim', 'investigate'] as const;
    expect(o.after).toBe(keep.reduce((s, d) => s + o.byDecision[d].decided + o.byDecision[d].pending, 0));
    expect(o.after).toBe(audit.kept);
  });
});

describe('risks and audiences', () => {
  const audienceOf = (id: number) => item(id).facts.audience.value ?? 0;

  it('counts a presence once per finding code', () => {
    const counts = findingCounts(audit);
    expect(counts.get('abandoned_with_audience')).toBe(4);
    expect(counts.get('dead_platform')).toBe(3);
  });

  it('counts what is left to decide by recommendation, with its audience, beside what was decided', () => {
    const rows = decisionRows(audit);
    expect(rows.reduce((s, r) => s + r.pending + r.decided, 0)).toBe(34);
    expect(rows.reduce((s, r) => s + r.pending, 0)).toBe(overview(audit).pending);
    // Pending, recommended a progressive redirect: Ombreval Bordeaux (16) and the formula-named one (26).
    expect(rows.find((r) => r.decision === 'progressive_redirect')).toMatchObject({
      pending: 2,
      pendingAudience: audienceOf(16) + audienceOf(26),
    });
    // Decided against the recommendation: counted under the decision taken (17: investigate).
    expect(rows.find((r) => r.decision === 'investigate')).toMatchObject({ pending: 0, decided: 1 });
    expect(rows.map((r) => r.decision)).toEqual(
      DECISION_ORDER.filter((d) => rows.some((r) => r.decision === d)),
    );
  });

  it('puts at stake the presences that end, the largest audience first', () => {
    const ending = atStake(audit);
    expect(ending.map((i) => i.presenceId).slice(0, 3)).toEqual([12, 33, 16]);
    expect(
      ending.every((i) => !['invest', 'maintain', 'claim', 'investigate'].includes(effectiveDecision(i))),
    ).toBe(true);
    expect(awaiting(audit).every((i) => i.decision === null)).toBe(true);
  });

  it('sums the audience at stake by unit, decided or not, the largest stake first', () => {
    const units = audienceByUnit(audit);
    const retail = units.find((u) => u.unit === 'Ombreval Retail')!;
    // 9 merged, 11 closed, 12 redirected progressively, 13 recommended a close (pending).
    expect(retail.stake).toEqual({
      merge: { decided: audienceOf(9), pending: 0 },
      close_redirect: { decided: audienceOf(11), pending: audienceOf(13) },
      progressive_redirect: { decided: audienceOf(12), pending: 0 },
    });
    expect(retail.stakeTotal).toBe(audienceOf(9) + audienceOf(11) + audienceOf(12) + audienceOf(13));
    expect(retail.stakePending).toBe(audienceOf(13));
    expect(units.find((u) => u.unit === null)?.stakeTotal).toBe(audienceOf(33));
    expect(units.map((u) => u.stakeTotal)).toEqual([...units.map((u) => u.stakeTotal)].sort((a, b) => b - a));
    expect(units.reduce((s, u) => s + u.presences, 0)).toBe(34);
  });
});

describe('action plan', () => {
  const task = (over: Partial<Task>): Task => ({ ...tasks[0]!, ...over });

  it('calls overdue an open task due before today, never a settled one', () => {
    expect(isOverdue(task({ dueOn: '2025-06-19', status: 'todo' }), today)).toBe(true);
    expect(isOverdue(task({ dueOn: '2025-06-19', status: 'doing' }), today)).toBe(true);
    expect(isOverdue(task({ dueOn: '2025-06-20', status: 'todo' }), today)).toBe(false);
    expect(isOverdue(task({ dueOn: '2025-01-01', status: 'done' }), today)).toBe(false);
    expect(isOverdue(task({ dueOn: '2025-01-01', status: 'skipped' }), today)).toBe(false);
  });

  it('sums per unit and per owner to the whole plan', () => {
    const total = planTotal(tasks, today);
    expect(total.total).toBe(tasks.length);
    for (const keyOf of [(t: Task) => t.presence.unit, (t: Task) => t.owner]) {
      const rows = planRows(tasks, keyOf, today);
      expect(rows.reduce((s, r) => s + r.total, 0)).toBe(total.total);
      expect(rows.reduce((s, r) => s + r.settled, 0)).toBe(total.settled);
      expect(rows.reduce((s, r) => s + r.overdue, 0)).toBe(total.overdue);
      // The rows most behind come first.
      expect(rows[0]!.overdue).toBe(Math.max(...rows.map((r) => r.overdue)));
    }
    expect(total.overdue).toBe(overdueTasks(tasks, today).length);
    expect(total.nextDue! >= today).toBe(true);
  });

  it('lays the tasks out by week when they fit, else by month, quarter or year', () => {
    const at = (dueOn: string, status: Task['status'] = 'todo') => task({ dueOn, status });
    const weeks = timeline(
      [at('2025-06-02', 'done'), at('2025-06-08'), at('2025-06-20'), at('2025-07-01')],
      today,
    );
    expect(weeks.period).toBe('week');
    // Monday 2 June to Monday 30 June: five weeks, the empty ones kept.
    expect(weeks.rows.map((r) => r.first)).toEqual([
      '2025-06-02',
      '2025-06-09',
      '2025-06-16',
      '2025-06-23',
      '2025-06-30',
    ]);
    expect(weeks.rows[0]).toMatchObject({ last: '2025-06-08', done: 1, overdue: 1, open: 0 });
    expect(weeks.rows[2]).toMatchObject({ open: 1, overdue: 0 }); // due on "today": not late yet
    const months = timeline([at('2025-01-31'), at('2025-06-01'), at('2025-09-30')], today);
    expect(months.period).toBe('month');
    expect(months.rows).toHaveLength(9);
    expect(months.rows[0]).toMatchObject({ first: '2025-01-01', last: '2025-01-31', overdue: 1 });
    const quarters = timeline([at('2025-02-01'), at('2027-05-01')], today);
    expect(quarters.period).toBe('quarter');
    expect(quarters.rows.map((r) => r.first).slice(0, 2)).toEqual(['2025-01-01', '2025-04-01']);
    expect(quarters.rows.at(-1)).toMatchObject({ first: '2027-04-01', last: '2027-06-30', open: 1 });
    const years = timeline([at('2020-03-01'), at('2045-01-01', 'done')], today, 10);
    expect(years.period).toBe('year');
    expect(years.rows).toHaveLength(10);
    // The last row takes the rest: "from 2029 on".
    expect(years.rows.at(-1)).toMatchObject({ first: '2029-01-01', last: null, done: 1 });
    const all = timeline(tasks, today);
    expect(all.rows.reduce((s, r) => s + r.done + r.skipped + r.overdue + r.open, 0)).toBe(tasks.length);
  });

  it('counts the tasks by step of their presence’s plan', () => {
    const steps = stepRows(tasks, today);
    expect(steps.map((r) => r.step)).toEqual([1, 2, 3, 4, 5]);
    const first = tasks.filter((t) => t.step === 1);
    expect(steps[0]).toMatchObject({
      done: first.filter((t) => t.status === 'done').length,
      overdue: first.filter((t) => isOverdue(t, today)).length,
    });
    expect(steps.reduce((s, r) => s + r.done + r.skipped + r.overdue + r.open, 0)).toBe(tasks.length);
  });

  it('lists the overdue tasks, the oldest first', () => {
    const late = overdueTasks(tasks, today);
    expect(late.length).toBeGreaterThan(0);
    expect(late.map((t) => t.dueOn)).toEqual([...late.map((t) => t.dueOn)].sort());
  });
});

describe('compare', () => {
  it('counts the presences that came and went, and the change of every finding', () => {
    const c = compare(previous!, audit, FINDING_CODES);
    expect(c.added).toBe(3);
    expect(c.removed).toBe(4);
    expect(c.overview.previous.before).toBe(35);
    expect(c.findings.find((f) => f.code === 'mfa_off')).toEqual({
      code: 'mfa_off',
      previous: 12,
      current: 3,
    });
    expect(c.findings.every((f) => f.previous > 0 || f.current > 0)).toBe(true);
    const decided = c.decisions.reduce((s, d) => s + d.current, 0);
    expect(decided).toBe(34);
  });
});
