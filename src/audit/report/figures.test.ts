import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type Task } from '../model';
import {
  compare,
  custodyRisks,
  effectiveDecision,
  findingCounts,
  isOverdue,
  overdueTasks,
  overview,
  planRows,
  planTotal,
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

describe('risks', () => {
  it('ranks the presences whose keys are most at risk first', () => {
    const risks = custodyRisks(audit);
    // A custodian who left, or MFA off, weighs more than a missing custodian; then the audience decides.
    expect(risks[0]!.item.presenceId).toBe(12);
    expect(risks[0]!.codes).toEqual(['custodian_left']);
    expect(risks.every((r) => r.codes.length > 0)).toBe(true);
    expect(risks.map((r) => r.item.presenceId)).not.toContain(1);
  });

  it('counts a presence once per finding code', () => {
    const counts = findingCounts(audit);
    expect(counts.get('abandoned_with_audience')).toBe(4);
    expect(counts.get('dead_platform')).toBe(3);
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
