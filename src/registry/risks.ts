// The registry's risks, defined once: which presences count, and what puts each one at risk. The
// overview's cards, the presences list's `risk` filter, the presence page, the audit's findings and
// the report's counts all read them from here, so that the same registry gives the same numbers
// everywhere (issue 12: "owner has left" was 32 on the overview, 30 in the list of audited presences
// and 22 in the report, because each place had its own population and its own predicate).
//
// Pure, and without values from zod-bearing modules: the web app imports it as it is.
import type { MfaState, PresenceStatus, RecoveryKind } from './model';

export const RISKS = [
  'no_owner',
  'owner_left',
  'no_custodian',
  'custodian_left',
  'personal_recovery',
  'mfa_off',
  'dead_platform',
] as const;
export type Risk = (typeof RISKS)[number];

/** The overview's field counting each risk (`Overview['risks']`). */
export const RISK_FIELD = {
  no_owner: 'noOwner',
  owner_left: 'ownerLeft',
  no_custodian: 'noCustodian',
  custodian_left: 'custodianLeft',
  personal_recovery: 'personalRecovery',
  mfa_off: 'mfaOff',
  dead_platform: 'deadPlatform',
} as const satisfies Record<Risk, string>;
export type RiskCounts = { [K in Risk as (typeof RISK_FIELD)[K]]: number };

/**
 * The statuses of presences that exist for the organisation: the population risks are counted over,
 * and the one an audit judges. Closed and archived presences are history, not presence: an archived
 * Google+ page with its owner gone is not a risk any more.
 */
export const CURRENT_STATUSES = [
  'discovered',
  'active',
  'dormant',
  'abandoned',
  'closing',
  'redirecting',
] as const satisfies readonly PresenceStatus[];

export function isCurrent(status: PresenceStatus | string): boolean {
  return (CURRENT_STATUSES as readonly string[]).includes(status);
}

/** Someone a presence names (owner, custodian): nobody, someone who has left, or someone here. */
export type PersonState = 'none' | 'left' | 'active';

export function personState(id: number | null, left: boolean): PersonState {
  return id === null ? 'none' : left ? 'left' : 'active';
}

/** What the risks are judged on: a presence's status and custody, and whether its platform still operates. */
export interface RiskFacts {
  status: PresenceStatus | string;
  platformAlive: boolean;
  owner: PersonState;
  custodian: PersonState;
  recovery: RecoveryKind;
  mfa: MfaState;
}

/** What the registry knows of a presence, as its store returns it. */
export interface RiskPresence {
  status: PresenceStatus;
  ownerId: number | null;
  ownerLeft: boolean;
  custodianId: number | null;
  /** Absent: not known to have left. */
  custodianLeft?: boolean;
  recoveryContact: RecoveryKind;
  mfa: MfaState;
}

export function riskFactsOf(p: RiskPresence, platformAlive: boolean): RiskFacts {
  return {
    status: p.status,
    platformAlive,
    owner: personState(p.ownerId, p.ownerLeft),
    custodian: personState(p.custodianId, p.custodianLeft === true),
    recovery: p.recoveryContact,
    mfa: p.mfa,
  };
}

/**
 * The risks a presence carries, in the order of RISKS. None for a presence that is history. On a
 * platform that has closed, only that: nobody can sign in there any more, so its owner, keys, MFA
 * and recovery contact can neither be abused nor fixed, and the one thing to do is to remove it
 * (the audit's decision `remove`).
 */
export function risksOf(f: RiskFacts): Risk[] {
  if (!isCurrent(f.status)) return [];
  if (!f.platformAlive) return ['dead_platform'];
  const out: Risk[] = [];
  if (f.owner === 'none') out.push('no_owner');
  if (f.owner === 'left') out.push('owner_left');
  if (f.custodian === 'none') out.push('no_custodian');
  if (f.custodian === 'left') out.push('custodian_left');
  if (f.recovery === 'personal') out.push('personal_recovery');
  if (f.mfa === 'off') out.push('mfa_off');
  return out;
}

export function hasRisk(f: RiskFacts, risk: Risk): boolean {
  return risksOf(f).includes(risk);
}

export function noRisks(): RiskCounts {
  return {
    noOwner: 0,
    ownerLeft: 0,
    noCustodian: 0,
    custodianLeft: 0,
    personalRecovery: 0,
    mfaOff: 0,
    deadPlatform: 0,
  };
}

/** How many presences carry each risk (a presence counts once per risk). */
export function countRisks(all: Iterable<RiskFacts>): RiskCounts {
  const counts = noRisks();
  for (const f of all) for (const r of risksOf(f)) counts[RISK_FIELD[r]]++;
  return counts;
}

export function isRisk(v: string | null | undefined): v is Risk {
  return (RISKS as readonly string[]).includes(v ?? '');
}
