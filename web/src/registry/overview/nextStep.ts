// The overview's link to what comes next in the method: run the first audit, or go on with the one
// whose presences are not all decided yet.
import type { AuditSummary } from '../../../../src/audit/model';

export type NextStep =
  /** `first`: no audit at all yet (else the reader sees none, but the organisation has one). */
  | { kind: 'run'; first: boolean }
  /** `continue`: the reader may decide (audit.run); `follow`: they may only read it. */
  | { kind: 'continue' | 'follow'; audit: Pick<AuditSummary, 'id' | 'name'>; undecided: number };

/**
 * What to offer, from the audits the reader may see (GET /api/audits, undefined while loading):
 * nothing without `audit.read`; to run an audit, to whoever may, when they see none (`anyAudit`: the
 * organisation has one all the same, which a unit's manager may not see); else the open audit with
 * presences still to decide, the whole organisation's before a unit's, the newest first.
 */
export function nextStep(
  audits: readonly AuditSummary[] | undefined,
  can: { read: boolean; run: boolean },
  anyAudit = false,
): NextStep | null {
  if (!can.read || !audits) return null;
  if (audits.length === 0) return can.run ? { kind: 'run', first: !anyAudit } : null;
  const pending = audits
    .filter((a) => a.status === 'open' && a.presences > a.decided)
    .sort((a, b) => Number(a.unitId !== null) - Number(b.unitId !== null) || b.id - a.id);
  const audit = pending[0];
  if (!audit) return null;
  return {
    kind: can.run ? 'continue' : 'follow',
    audit: { id: audit.id, name: audit.name },
    undecided: audit.presences - audit.decided,
  };
}
