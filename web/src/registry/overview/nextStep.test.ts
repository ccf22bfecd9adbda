import { describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../../../src/audit/model';
import { nextStep } from './nextStep';

function audit(id: number, more: Partial<AuditSummary> = {}): AuditSummary {
  return {
    id,
    name: `Audit ${id}`,
    unitId: null,
    unit: null,
    asOf: '2026-06-30',
    status: 'open',
    createdAt: '2026-06-30T10:00:00Z',
    createdBy: 'helene',
    createdByName: 'Hélène',
    previousId: null,
    presences: 10,
    decided: 4,
    kept: 8,
    byRecommendation: {},
    byDecision: {},
    tasks: { total: 0, done: 0 },
    ...more,
  } as AuditSummary;
}

const both = { read: true, run: true };

describe('nextStep', () => {
  it('offers the first audit to whoever may run one', () => {
    expect(nextStep([], both)).toEqual({ kind: 'run', first: true });
    expect(nextStep([], { read: true, run: false })).toBeNull();
    // A unit's manager sees none of the organisation's audits: not "the first" for them.
    expect(nextStep([], both, true)).toEqual({ kind: 'run', first: false });
  });

  it('says nothing without audit.read, or while the audits load', () => {
    expect(nextStep([], { read: false, run: true })).toBeNull();
    expect(nextStep(undefined, both)).toBeNull();
  });

  it('goes on with the open audit that has presences to decide: the organisation’s first, the newest', () => {
    const audits = [
      audit(5, { unitId: 3, unit: 'Région Nord' }),
      audit(4, { presences: 10, decided: 10 }),
      audit(3),
      audit(2, { status: 'closed' }),
      audit(1),
    ];
    expect(nextStep(audits, both)).toEqual({
      kind: 'continue',
      audit: { id: 3, name: 'Audit 3' },
      undecided: 6,
    });
    expect(nextStep(audits, { read: true, run: false })?.kind).toBe('follow');
    expect(nextStep([audit(5, { unitId: 3 }), audit(4, { decided: 10 })], both)).toMatchObject({
      audit: { id: 5 },
    });
  });

  it('has nothing to offer when every audit is decided or closed', () => {
    expect(nextStep([audit(2, { decided: 10 }), audit(1, { status: 'closed' })], both)).toBeNull();
  });
});
