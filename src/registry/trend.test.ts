import { describe, expect, it } from 'vitest';
import { noRisks } from './risks';
import { type FigurePresence, type FrozenItemRow, figuresOf, frozenFigures, frozenPresence } from './trend';

const fine = {
  owner: 'active',
  custodian: 'active',
  recovery: 'corporate',
  mfa: 'on',
} as const;

function presence(
  platform: string,
  status: string,
  audience: number | null,
  more: Partial<FigurePresence['facts']> = {},
): FigurePresence {
  return { platform, audience, facts: { status, platformAlive: true, ...fine, ...more } };
}

/** An audit item as src/audit writes it: a PresenceSnapshot and AuditFacts, with evidence. */
function item(
  presenceId: number,
  snapshot: { platform: string; status: string; unitId: number | null; audience: number | null },
  facts: {
    owner?: string;
    custodian?: string;
    recovery?: string;
    mfa?: string;
    alive?: boolean;
  } = {},
): FrozenItemRow {
  const evidence = { source: 'registry', field: 'x', value: null };
  return {
    presenceId,
    snapshot: {
      handle: null,
      url: 'https://x.com/a',
      name: null,
      unit: null,
      owner: null,
      languages: [],
      ...snapshot,
    },
    facts: {
      owner: { value: facts.owner ?? 'active', evidence },
      custody: {
        value: {
          custodian: facts.custodian ?? 'active',
          recovery: facts.recovery ?? 'corporate',
          mfa: facts.mfa ?? 'on',
        },
        evidence,
      },
      platformAlive: {
        value: facts.alive ?? true,
        evidence: { source: 'catalogue', platform: snapshot.platform },
      },
      posts90: { value: null, evidence: { source: 'none' } },
    },
  };
}

describe('figuresOf', () => {
  it('counts the current presences only: their platforms, audience and risks', () => {
    const f = figuresOf([
      presence('x', 'active', 1000, { owner: 'left' }),
      presence('x', 'dormant', null, { mfa: 'off' }),
      presence('facebook', 'abandoned', 250, { owner: 'none', recovery: 'personal' }),
      // History: neither its platform, nor its audience, nor its owner gone count.
      presence('vine', 'archived', 99_000, { owner: 'left' }),
      presence('flickr', 'closed', 5, { mfa: 'off' }),
    ]);
    expect(f).toEqual({
      presences: 3,
      platforms: 2,
      audience: 1250,
      risks: { ...noRisks(), ownerLeft: 1, mfaOff: 1, noOwner: 1, personalRecovery: 1 },
    });
  });

  it('is all zeros for nothing', () => {
    expect(figuresOf([])).toEqual({ presences: 0, platforms: 0, audience: 0, risks: noRisks() });
  });
});

describe('frozenPresence', () => {
  it('reads the snapshot and facts an audit froze', () => {
    const p = frozenPresence(
      item(
        7,
        { platform: 'vine', status: 'dormant', unitId: 3, audience: 12 },
        { owner: 'left', alive: false },
      ),
    );
    expect(p).toEqual({
      presenceId: 7,
      platform: 'vine',
      unitId: 3,
      audience: 12,
      facts: {
        status: 'dormant',
        platformAlive: false,
        owner: 'left',
        custodian: 'active',
        recovery: 'corporate',
        mfa: 'on',
      },
    });
  });

  it('refuses an item without what the risks are judged on', () => {
    const good = item(1, { platform: 'x', status: 'active', unitId: null, audience: null });
    expect(frozenPresence(good)).not.toBeNull();
    const facts = good.facts as Record<string, unknown>;
    expect(frozenPresence({ ...good, facts: { ...facts, owner: { value: 'gone' } } })).toBeNull();
    expect(frozenPresence({ ...good, facts: { ...facts, custody: undefined } })).toBeNull();
    expect(frozenPresence({ ...good, facts: { ...facts, platformAlive: { value: 'yes' } } })).toBeNull();
    expect(frozenPresence({ ...good, snapshot: { platform: 'x' } })).toBeNull();
    expect(frozenPresence({ ...good, snapshot: null })).toBeNull();
    expect(frozenPresence({ ...good, facts: [] })).toBeNull();
  });
});

describe('frozenFigures', () => {
  const rows = [
    item(1, { platform: 'x', status: 'active', unitId: 10, audience: 100 }, { owner: 'left' }),
    item(2, { platform: 'x', status: 'active', unitId: 11, audience: 50 }, { owner: 'left', mfa: 'off' }),
    item(3, { platform: 'vine', status: 'dormant', unitId: 11, audience: 7 }, { alive: false }),
    item(4, { platform: 'facebook', status: 'active', unitId: null, audience: null }, { owner: 'none' }),
  ];

  it('counts every frozen presence for a reader of everything', () => {
    expect(frozenFigures(rows, null, new Set())).toEqual({
      presences: 4,
      platforms: 3,
      audience: 157,
      risks: { ...noRisks(), ownerLeft: 2, mfaOff: 1, deadPlatform: 1, noOwner: 1 },
    });
  });

  it('counts, for a scoped reader, the presences of their units then, those they see now and those named', () => {
    // Unit 10 is theirs; presence 3 moved into their scope since; presence 4 is granted by name.
    const f = frozenFigures(rows, { unitIds: [10], presenceIds: [4] }, new Set([1, 3]));
    expect(f).toEqual({
      presences: 3,
      platforms: 3,
      audience: 107,
      risks: { ...noRisks(), ownerLeft: 1, deadPlatform: 1, noOwner: 1 },
    });
    expect(frozenFigures(rows, { unitIds: [], presenceIds: [] }, new Set())).toEqual(figuresOf([]));
  });

  it('gives no figures when an item cannot be read, rather than a count that skipped it', () => {
    expect(frozenFigures([...rows, { presenceId: 9, snapshot: {}, facts: {} }], null, new Set())).toBeNull();
  });
});
