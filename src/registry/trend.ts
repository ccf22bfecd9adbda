// The overview's figures, and the same figures as the last audit of the whole organisation froze them,
// so that the overview can say what changed since ("Owner has left: 30, was 32 at the audit").
//
// Both sides are counted by one function over one population, the current presences (risks.ts): an
// audit judges only those, and freezes each one's snapshot and facts in audit_items. The risks of
// then come from those frozen facts through risksOf, as the audit's own findings do.
//
// Pure, and without values from zod-bearing modules: the web app may import it as it is.
import { countRisks, isCurrent, type PersonState, type RiskCounts, type RiskFacts } from './risks';

/** The overview's figures over the current presences (the ones an audit judges). */
export interface OverviewFigures {
  presences: number;
  platforms: number;
  /** Followers added up (presences without a count add nothing). */
  audience: number;
  risks: RiskCounts;
}

/** What the figures are computed from, for a presence now or as an audit froze it. */
export interface FigurePresence {
  platform: string;
  audience: number | null;
  facts: RiskFacts;
}

export function figuresOf(presences: Iterable<FigurePresence>): OverviewFigures {
  const current: FigurePresence[] = [];
  for (const p of presences) if (isCurrent(p.facts.status)) current.push(p);
  return {
    presences: current.length,
    platforms: new Set(current.map((p) => p.platform)).size,
    audience: current.reduce((sum, p) => sum + (p.audience ?? 0), 0),
    risks: countRisks(current.map((p) => p.facts)),
  };
}

/** A presence as an audit froze it: the parts of its snapshot and facts the figures need. */
export interface FrozenPresence extends FigurePresence {
  presenceId: number;
  /** Its unit at the audit's time (who may see it then). */
  unitId: number | null;
}

/** An audit item as stored: the JSON of its snapshot (PresenceSnapshot) and facts (AuditFacts). */
export interface FrozenItemRow {
  presenceId: number;
  snapshot: unknown;
  facts: unknown;
}

const PERSON_STATES: readonly string[] = ['none', 'left', 'active'] satisfies PersonState[];
const RECOVERY: readonly string[] = ['corporate', 'personal', 'unknown'];
const MFA: readonly string[] = ['on', 'off', 'unknown'];

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
/** A fact's value (`{ value, evidence }` in AuditFacts). */
const factValue = (facts: Record<string, unknown>, name: string): unknown => record(facts[name])?.value;
const oneOf = <T extends string>(v: unknown, allowed: readonly string[]): T | null =>
  typeof v === 'string' && allowed.includes(v) ? (v as T) : null;

/**
 * The presence an audit item froze, or null when its snapshot or facts lack what the risks are
 * judged on (an item written by another version of Vigie): such an audit is not compared with, as a
 * count that skipped some presences would show a change that did not happen.
 */
export function frozenPresence(row: FrozenItemRow): FrozenPresence | null {
  const snapshot = record(row.snapshot);
  const facts = record(row.facts);
  if (!snapshot || !facts) return null;
  const custody = record(factValue(facts, 'custody'));
  const owner = oneOf<PersonState>(factValue(facts, 'owner'), PERSON_STATES);
  const custodian = oneOf<PersonState>(custody?.custodian, PERSON_STATES);
  const recovery = oneOf<RiskFacts['recovery']>(custody?.recovery, RECOVERY);
  const mfa = oneOf<RiskFacts['mfa']>(custody?.mfa, MFA);
  const alive = factValue(facts, 'platformAlive');
  const { status, platform, unitId, audience } = snapshot;
  if (!owner || !custodian || !recovery || !mfa || typeof alive !== 'boolean') return null;
  if (typeof status !== 'string' || typeof platform !== 'string') return null;
  return {
    presenceId: row.presenceId,
    platform,
    unitId: typeof unitId === 'number' ? unitId : null,
    audience: typeof audience === 'number' ? audience : null,
    facts: { status, platformAlive: alive, owner, custodian, recovery, mfa },
  };
}

/** Who may see what (src/core/access.ts `scopeFilter`): null for everything. */
export interface FigureScope {
  unitIds: readonly number[];
  presenceIds: readonly number[];
}

/**
 * The figures an audit froze, over what the reader may see: the presences they see now (`visible`),
 * and those whose unit at the audit's time is in their scope (a presence deleted since, or moved
 * out). Null when an item cannot be read (see frozenPresence).
 */
export function frozenFigures(
  rows: readonly FrozenItemRow[],
  scope: FigureScope | null,
  visible: ReadonlySet<number>,
): OverviewFigures | null {
  const frozen: FrozenPresence[] = [];
  for (const row of rows) {
    const p = frozenPresence(row);
    if (!p) return null;
    frozen.push(p);
  }
  if (!scope) return figuresOf(frozen);
  const units = new Set(scope.unitIds);
  const named = new Set(scope.presenceIds);
  return figuresOf(
    frozen.filter(
      (p) =>
        visible.has(p.presenceId) || named.has(p.presenceId) || (p.unitId !== null && units.has(p.unitId)),
    ),
  );
}
