import { describe, expect, it } from 'vitest';
import { PRESENCE_STATUSES } from './model';
import {
  CURRENT_STATUSES,
  countRisks,
  isCurrent,
  personState,
  RISK_FIELD,
  RISKS,
  type RiskFacts,
  riskFactsOf,
  risksOf,
} from './risks';

const fine: RiskFacts = {
  status: 'active',
  platformAlive: true,
  owner: 'active',
  custodian: 'active',
  recovery: 'corporate',
  mfa: 'on',
};
const worst: RiskFacts = {
  status: 'active',
  platformAlive: true,
  owner: 'left',
  custodian: 'none',
  recovery: 'personal',
  mfa: 'off',
};

describe('risks', () => {
  it('counts current presences only: closed and archived ones are history', () => {
    expect(PRESENCE_STATUSES.filter(isCurrent)).toEqual([...CURRENT_STATUSES]);
    expect(PRESENCE_STATUSES.filter((s) => !isCurrent(s))).toEqual(['closed', 'archived']);
    for (const status of ['closed', 'archived'] as const) expect(risksOf({ ...worst, status })).toEqual([]);
  });

  it('names each risk from the presence’s custody', () => {
    expect(risksOf(fine)).toEqual([]);
    expect(risksOf(worst)).toEqual(['owner_left', 'no_custodian', 'personal_recovery', 'mfa_off']);
    expect(risksOf({ ...fine, owner: 'none', custodian: 'left' })).toEqual(['no_owner', 'custodian_left']);
    expect(risksOf({ ...fine, mfa: 'unknown', recovery: 'unknown' })).toEqual([]);
  });

  it('on a platform that no longer exists, names that alone', () => {
    expect(risksOf({ ...worst, platformAlive: false })).toEqual(['dead_platform']);
    expect(risksOf({ ...worst, platformAlive: false, status: 'archived' })).toEqual([]);
  });

  it('reads a presence as the store gives it, a custodian not said to have left counting as here', () => {
    const p = {
      status: 'dormant',
      ownerId: 3,
      ownerLeft: true,
      custodianId: 4,
      recoveryContact: 'corporate',
      mfa: 'on',
    } as const;
    expect(riskFactsOf(p, true)).toMatchObject({ owner: 'left', custodian: 'active' });
    expect(riskFactsOf({ ...p, custodianLeft: true }, true).custodian).toBe('left');
    expect(personState(null, true)).toBe('none');
  });

  it('counts once per presence and risk, one field per risk', () => {
    expect(Object.keys(RISK_FIELD)).toEqual([...RISKS]);
    expect(countRisks([fine, worst, worst, { ...worst, platformAlive: false }])).toEqual({
      noOwner: 0,
      ownerLeft: 2,
      noCustodian: 2,
      custodianLeft: 0,
      personalRecovery: 2,
      mfaOff: 2,
      deadPlatform: 1,
    });
  });
});
