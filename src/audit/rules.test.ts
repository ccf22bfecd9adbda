import { describe, expect, it } from 'vitest';
import { withDuration } from '../core/duration';
import { type Catalogue, fill, type Locale, type Params, type Text, textForms } from '../core/i18n';
import type { Presence } from '../registry/model';
import { auditMessages } from './messages';
import {
  type AuditFacts,
  DECISIONS,
  type Decision,
  FINDING_CODES,
  type FindingCode,
  OBJECTIVE_KINDS,
  type Reason,
  type Recommendation,
  type RuleSettings,
  ruleSettingsSchema,
  SEVERITIES,
} from './model';
import { reasonText } from './report/text';
import {
  CONFLICT_CODES,
  checkDecision,
  classifyObjective,
  DEFAULT_SETTINGS,
  type DecisionState,
  type FactsContext,
  factsOf,
  findingsOf,
  type MetricAggregates,
  overlapsOf,
  type PostAggregates,
  REASON_CODES,
  type RuleItem,
  recommendAll,
} from './rules';

const AS_OF = '2026-06-30';
/** Durations put a no-break space before their unit ("1 an et 4 mois"): compared as plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const S = DEFAULT_SETTINGS;

type P = Presence & { bio?: string | null };

function presence(over: Partial<P> = {}): P {
  return {
    id: 1,
    platform: 'facebook',
    handle: 'ombreval',
    url: 'https://www.facebook.com/ombreval',
    name: 'Ombreval',
    unitId: 1,
    unit: 'Direction régionale Ouest',
    ownerId: 10,
    owner: 'Anne Morel',
    ownerLeft: false,
    deputyId: null,
    deputy: null,
    custodianId: 11,
    custodian: 'Paul Girard',
    objective: 'Notoriété',
    bio: null,
    status: 'active',
    languages: ['fr'],
    audience: 2000,
    audienceOn: '2026-06-01',
    createdOn: '2015-01-01',
    lastActivityOn: '2026-06-25',
    mfa: 'on',
    recoveryContact: 'corporate',
    tags: [],
    notes: null,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    version: 1,
    ...over,
  };
}

function posts(over: Partial<PostAggregates> = {}): PostAggregates {
  return {
    posts: 500,
    first: '2015-01-01T10:00:00.000Z',
    last: '2026-06-25T10:00:00.000Z',
    posts90: 12,
    replies90: 3,
    engagement90: 60,
    counted90: 12,
    engagementAll: null,
    countedAll: 0,
    ...over,
  };
}

function metrics(over: Partial<MetricAggregates> = {}): MetricAggregates {
  return {
    days: 90,
    first: '2026-04-01',
    last: '2026-06-29',
    audienceStart: { day: '2026-04-02', value: 2000 },
    audienceEnd: { day: '2026-06-29', value: 2100 },
    ...over,
  };
}

interface Data {
  posts?: PostAggregates | null;
  metrics?: MetricAggregates | null;
  overlaps?: number[];
  settings?: RuleSettings;
  leftPeople?: number[];
}

function ctx(d: Data = {}): FactsContext {
  return {
    asOf: AS_OF,
    settings: d.settings ?? S,
    leftPeople: new Set(d.leftPeople ?? [99]),
    overlaps: d.overlaps ?? [],
  };
}

function facts(over: Partial<P> = {}, d: Data = {}): AuditFacts {
  return factsOf({ presence: presence(over), posts: d.posts ?? null, metrics: d.metrics ?? null }, ctx(d));
}

/**
 * Every finding, reason and conflict the tests produce, so that the last block can check their
 * messages can be filled (it relies on the blocks above having run, as they do in file order).
 */
const produced: { code: string; params: Record<string, string | number> }[] = [];

function findingCodes(over: Partial<P> = {}, d: Data = {}): FindingCode[] {
  const p = presence(over);
  const found = findingsOf(p.status, facts(over, d), d.settings ?? S);
  for (const f of found) produced.push({ code: `audit.finding.${f.code}`, params: f.params });
  return found.map((f) => f.code);
}

function item(over: Partial<P> = {}, d: Data = {}): RuleItem {
  const p = presence(over);
  const f = facts(over, d);
  const findings = findingsOf(p.status, f, d.settings ?? S);
  for (const x of findings) produced.push({ code: `audit.finding.${x.code}`, params: x.params });
  return {
    presenceId: p.id,
    status: p.status,
    platform: p.platform,
    unitId: p.unitId,
    audience: f.audience.value,
    facts: f,
    findings,
  };
}

function recommend(items: RuleItem[], settings: RuleSettings = S): Map<number, Recommendation> {
  const out = recommendAll(items, settings);
  for (const r of out.values()) produced.push(...r.reasons);
  return out;
}

const codes = (reasons: Reason[]) => reasons.map((r) => r.code.replace('audit.reason.', ''));

/** Active, followed and posting: what a good kept presence looks like. */
const healthy: Data = { posts: posts() };

// ---------------------------------------------------------------------------------------------------

describe('default settings', () => {
  it('are valid settings', () => {
    expect(ruleSettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
});

describe('classifyObjective', () => {
  it.each([
    ['Notoriété', 'awareness'],
    ['Engagement de la communauté', 'engagement'],
    ['Relation client : répondre aux demandes sous 24 h', 'customer_care'],
    ['Recrutement', 'recruitment'],
    ['Marque employeur', 'recruitment'],
    ['Génération de leads', 'leads'],
    ['Trafic vers le site', 'traffic'],
    ['Relations presse', 'press'],
    ['Information voyageurs en temps réel', 'information'],
    ['Visibilité locale (agences et points de vente)', 'awareness'],
    ['Publication des données ouvertes', 'information'],
    ['Relations développeurs (API)', 'engagement'],
    ['Campagne ponctuelle', 'awareness'],
    ['SERVICE CLIENT', 'customer_care'],
    ['notoriete', 'awareness'],
    ['Customer care', 'customer_care'],
    ['Brand awareness', 'awareness'],
    ['Hiring', 'recruitment'],
    ['Employer branding', 'recruitment'],
    ['Lead generation', 'leads'],
    ['Website traffic', 'traffic'],
    ['Press relations', 'press'],
    ['Real-time traffic information', 'information'],
    ['Traffic info for commuters', 'information'],
    ['Community engagement', 'engagement'],
    ['Ventes en ligne', 'leads'],
    ['Recrutement et marque employeur', 'recruitment'],
  ])('%s → %s', (text, kind) => {
    expect(classifyObjective(text)).toBe(kind);
  });

  it('gives null when nothing can be told', () => {
    expect(classifyObjective(null)).toBeNull();
    expect(classifyObjective('')).toBeNull();
    expect(classifyObjective('  — ')).toBeNull();
    expect(classifyObjective('Divers')).toBeNull();
    // Whole words only: "leadership" is not leads, "prestige" is not press.
    expect(classifyObjective('Prestige')).toBeNull();
  });
});

describe('factsOf', () => {
  it('dates the last activity from the later of the last post and the registry, saying which', () => {
    const byPosts = facts(
      { lastActivityOn: '2026-06-01' },
      { posts: posts({ last: '2026-06-20T08:00:00.000Z' }) },
    );
    expect(byPosts.daysSinceActivity.value).toBe(10);
    expect(byPosts.daysSinceActivity.evidence).toMatchObject({ source: 'posts', posts: 500 });

    const byRegistry = facts(
      { lastActivityOn: '2026-06-28' },
      { posts: posts({ last: '2026-06-20T08:00:00.000Z' }) },
    );
    expect(byRegistry.daysSinceActivity.value).toBe(2);
    expect(byRegistry.daysSinceActivity.evidence).toEqual({
      source: 'registry',
      field: 'lastActivityOn',
      value: '2026-06-28',
    });

    const none = facts({ lastActivityOn: null });
    expect(none.daysSinceActivity).toEqual({ value: null, evidence: { source: 'none' } });
    // An audit dated before the activity sees no negative silence.
    expect(facts({ lastActivityOn: '2026-07-15' }).daysSinceActivity.value).toBe(0);
  });

  it('counts cadence and replies over 90 days, null without post data', () => {
    const f = facts({}, { posts: posts({ posts90: 26, replies90: 13 }) });
    expect(f.posts90.value).toBe(26);
    expect(f.postsPerWeek.value).toBe(2);
    expect(f.replyRate.value).toBe(0.5);
    expect(f.posts90.evidence).toEqual({ source: 'posts', posts: 26, first: '2026-04-01', last: AS_OF });

    for (const p of [null, posts({ posts: 0, posts90: 0, first: null, last: null })]) {
      const g = facts({}, { posts: p });
      expect([g.posts90.value, g.postsPerWeek.value, g.replyRate.value]).toEqual([null, null, null]);
    }
  });

  it('says nothing of replies where the export does not tell them', () => {
    expect(facts({ platform: 'x' }, { posts: posts({ replies90: 0 }) }).replyRate.value).toBe(0);
    expect(facts({ platform: 'linkedin' }, { posts: posts({ replies90: 0 }) }).replyRate.value).toBeNull();
    expect(facts({ platform: 'linkedin' }, { posts: posts({ replies90: 2 }) }).replyRate.value).toBe(0.17);
    expect(
      facts({ platform: 'linkedin' }, { posts: posts({ replies90: 0, kindsKnown: true }) }).replyRate.value,
    ).toBe(0);
    expect(
      facts({ platform: 'x' }, { posts: posts({ replies90: 0, kindsKnown: false }) }).replyRate.value,
    ).toBeNull();
  });

  it('does not count cadence on posts that stop before the activity the registry knows', () => {
    const f = facts(
      { lastActivityOn: '2026-06-20' },
      { posts: posts({ last: '2026-03-01T00:00:00.000Z', posts90: 0, replies90: 0 }) },
    );
    expect(f.posts90.value).toBeNull();
    expect(f.daysSinceActivity.value).toBe(10);
    // Activity known before the window: the posts do cover it, and there were none.
    const g = facts(
      { lastActivityOn: '2026-03-15' },
      { posts: posts({ last: '2026-03-01T00:00:00.000Z', posts90: 0, replies90: 0 }) },
    );
    expect(g.posts90.value).toBe(0);
  });

  it('measures engagement over 90 days, else over all posts, else not at all', () => {
    expect(facts({}, { posts: posts({ engagement90: 75, counted90: 10 }) }).engagementPerPost.value).toBe(
      7.5,
    );
    const all = facts(
      {},
      { posts: posts({ posts90: 0, engagement90: null, counted90: 0, engagementAll: 300, countedAll: 100 }) },
    );
    expect(all.engagementPerPost.value).toBe(3);
    expect(all.engagementPerPost.evidence).toMatchObject({
      source: 'posts',
      posts: 100,
      first: '2015-01-01T10:00:00.000Z',
    });
    expect(
      facts({}, { posts: posts({ engagement90: null, counted90: 0 }) }).engagementPerPost.value,
    ).toBeNull();
    expect(facts().engagementPerPost.value).toBeNull();
  });

  it('takes the audience from the registry, else from the metrics', () => {
    const reg = facts(
      { audience: 2000, audienceOn: '2026-06-01' },
      { metrics: metrics({ audienceEnd: null }) },
    );
    expect(reg.audience).toEqual({
      value: 2000,
      evidence: { source: 'registry', field: 'audience', value: 2000, on: '2026-06-01' },
    });
    const met = facts({ audience: null, audienceOn: null }, { metrics: metrics() });
    expect(met.audience.value).toBe(2100);
    expect(met.audience.evidence).toMatchObject({ source: 'metrics', last: '2026-06-29' });
    // A newer figure in the metrics wins over an older one in the registry.
    expect(facts({ audience: 1500, audienceOn: '2026-01-01' }, { metrics: metrics() }).audience.value).toBe(
      2100,
    );
    expect(facts({ audience: null }).audience.value).toBeNull();
  });

  it('computes the audience trend from two figures', () => {
    const f = facts(
      {},
      {
        metrics: metrics({
          audienceStart: { day: '2026-04-05', value: 2000 },
          audienceEnd: { day: '2026-06-28', value: 1700 },
        }),
      },
    );
    expect(f.audienceTrend.value).toBe(-0.15);
    expect(f.audienceTrend.evidence).toMatchObject({
      source: 'metrics',
      first: '2026-04-05',
      last: '2026-06-28',
    });
    const one = { day: '2026-06-28', value: 1700 };
    expect(
      facts({}, { metrics: metrics({ audienceStart: one, audienceEnd: one }) }).audienceTrend.value,
    ).toBeNull();
    expect(
      facts({}, { metrics: metrics({ audienceStart: { day: '2026-04-05', value: 0 } }) }).audienceTrend.value,
    ).toBeNull();
    expect(facts().audienceTrend.value).toBeNull();
  });

  it('tells who answers for the presence and who holds its keys', () => {
    expect(facts({ ownerId: null, owner: null }).owner.value).toBe('none');
    expect(facts({ ownerLeft: true }).owner.value).toBe('left');
    expect(facts({ ownerId: 99 }).owner.value).toBe('left');
    expect(facts().owner).toEqual({
      value: 'active',
      evidence: { source: 'registry', field: 'owner', value: 'Anne Morel' },
    });
    expect(facts({ custodianId: null, custodian: null }).custody.value.custodian).toBe('none');
    expect(facts({ custodianId: 99, custodian: 'Luc Martin' }).custody.value).toEqual({
      custodian: 'left',
      recovery: 'corporate',
      mfa: 'on',
    });
    expect(facts({ recoveryContact: 'personal', mfa: 'unknown' }).custody.value).toMatchObject({
      recovery: 'personal',
      mfa: 'unknown',
    });
  });

  it('checks the platform against the catalogue', () => {
    expect(facts({ platform: 'googleplus' }).platformAlive).toEqual({
      value: false,
      evidence: { source: 'catalogue', platform: 'googleplus' },
    });
    expect(facts({ platform: 'facebook' }).platformAlive.value).toBe(true);
  });

  it('carries the objective and its kind', () => {
    expect(facts({ objective: ' Relations presse ' }).objective.value).toEqual({
      text: 'Relations presse',
      kind: 'press',
    });
    expect(facts({ objective: null }).objective.value).toEqual({ text: null, kind: null });
    expect(facts({}, { overlaps: [4, 7] }).overlaps.value).toEqual([4, 7]);
  });
});

describe('charter', () => {
  const charter = (over: Partial<RuleSettings['charter']>) => ({ ...S, charter: { ...S.charter, ...over } });
  const check = (p: Partial<P>, c: Partial<RuleSettings['charter']>) =>
    facts(p, { settings: charter(c) }).charter.value;

  it('checks the name against the pattern, when there is one and a name', () => {
    expect(check({ name: 'Ombreval Ouest' }, { namePattern: '^Ombreval' }).name).toBe(true);
    expect(check({ name: 'Agence de Brest' }, { namePattern: '^Ombreval' }).name).toBe(false);
    expect(check({ name: 'Agence de Brest' }, { namePattern: '' }).name).toBeNull();
    expect(check({ name: null }, { namePattern: '^Ombreval' }).name).toBeNull();
    // A pattern stored before the settings schema refused it checks nothing rather than failing the audit.
    expect(check({ name: 'Ombreval' }, { namePattern: '(' }).name).toBeNull();
  });

  it('looks for the required link in the bio, whatever its case and scheme', () => {
    expect(check({ bio: 'Infos : WWW.OMBREVAL.EXAMPLE/fr' }, { requiredLink: 'ombreval.example' }).link).toBe(
      true,
    );
    expect(
      check({ bio: 'Voir ombreval.example' }, { requiredLink: 'https://www.ombreval.example/' }).link,
    ).toBe(true);
    expect(check({ bio: 'Bienvenue !' }, { requiredLink: 'ombreval.example' }).link).toBe(false);
    expect(check({ bio: null }, { requiredLink: 'ombreval.example' }).link).toBeNull();
    expect(check({ bio: 'Bienvenue !' }, { requiredLink: '' }).link).toBeNull();
  });

  it('wants every language of the presence within the charter', () => {
    expect(check({ languages: ['fr', 'en-GB'] }, { languages: ['fr', 'en'] }).language).toBe(true);
    expect(check({ languages: ['fr', 'de'] }, { languages: ['fr', 'en'] }).language).toBe(false);
    expect(check({ languages: [] }, { languages: ['fr'] }).language).toBeNull();
    expect(check({ languages: ['de'] }, { languages: [] }).language).toBeNull();
  });
});

describe('overlapsOf', () => {
  const c = (id: number, over: Partial<P> = {}) => presence({ id, ...over });

  it('pairs live presences of a unit on a platform that share a language', () => {
    const m = overlapsOf([
      c(1),
      c(2, { languages: ['fr', 'en'] }),
      c(3, { languages: ['en'] }),
      c(4, { languages: ['de'] }),
      c(5, { platform: 'x' }),
      c(6, { unitId: 2 }),
    ]);
    expect(m.get(1)).toEqual([2]);
    expect(m.get(2)).toEqual([1, 3]);
    expect(m.get(3)).toEqual([2]);
    expect(m.has(4)).toBe(false);
    expect(m.has(5)).toBe(false);
    expect(m.has(6)).toBe(false);
  });

  it('pairs presences without languages only with each other', () => {
    const m = overlapsOf([c(1, { languages: [] }), c(2, { languages: [] }), c(3)]);
    expect(m.get(1)).toEqual([2]);
    expect(m.has(3)).toBe(false);
  });

  it('ignores presences without unit, on their way out, and web sites', () => {
    expect(overlapsOf([c(1, { unitId: null }), c(2, { unitId: null })]).size).toBe(0);
    for (const status of ['closed', 'archived', 'closing', 'redirecting'] as const)
      expect(overlapsOf([c(1), c(2, { status })]).size).toBe(0);
    expect(overlapsOf([c(1, { platform: 'website' }), c(2, { platform: 'website' })]).size).toBe(0);
    expect(overlapsOf([c(1), c(2, { status: 'discovered' })]).get(1)).toEqual([2]);
  });
});

describe('findingsOf', () => {
  it('finds nothing wrong with a healthy, governed presence', () => {
    expect(findingCodes({}, healthy)).toEqual([]);
  });

  it.each<[string, Partial<P>, Data, FindingCode, Record<string, string | number>?]>([
    ['no data', { lastActivityOn: null, audience: null }, {}, 'no_data'],
    [
      'abandoned',
      { lastActivityOn: '2025-06-01', audience: 300 },
      {},
      'abandoned',
      { days: 394, last: '2025-06-01', count: 394 },
    ],
    [
      'abandoned with audience',
      { lastActivityOn: '2025-06-01', audience: 4000 },
      {},
      'abandoned_with_audience',
      { audience: 4000, days: 394, count: 4000 },
    ],
    [
      'dormant',
      { lastActivityOn: '2026-03-01' },
      {},
      'dormant',
      { days: 121, last: '2026-03-01', count: 121 },
    ],
    [
      'low cadence',
      {},
      { posts: posts({ posts90: 4 }) },
      'low_cadence',
      { posts: 4, perWeek: 0.3, min: 6, count: 4 },
    ],
    [
      'low engagement',
      {},
      { posts: posts({ engagement90: 12, counted90: 12 }) },
      'low_engagement',
      { value: 1, min: 2, count: 1 },
    ],
    [
      'audience declining',
      {},
      {
        metrics: metrics({
          audienceStart: { day: '2026-04-02', value: 2000 },
          audienceEnd: { day: '2026-06-29', value: 1500 },
        }),
      },
      'audience_declining',
      { percent: 25, first: '2026-04-02', last: '2026-06-29' },
    ],
    ['no replies', {}, { posts: posts({ replies90: 0 }) }, 'no_replies', { posts: 12, count: 12 }],
    ['no owner', { ownerId: null, owner: null }, {}, 'no_owner'],
    ['owner left', { ownerLeft: true }, {}, 'owner_left', { owner: 'Anne Morel' }],
    ['no custodian', { custodianId: null, custodian: null }, {}, 'no_custodian'],
    [
      'custodian left',
      { custodianId: 99, custodian: 'Luc Martin' },
      {},
      'custodian_left',
      { custodian: 'Luc Martin' },
    ],
    ['personal recovery', { recoveryContact: 'personal' }, {}, 'personal_recovery'],
    ['mfa off', { mfa: 'off' }, {}, 'mfa_off'],
    ['mfa unknown', { mfa: 'unknown' }, {}, 'mfa_unknown'],
    ['dead platform', { platform: 'vine' }, {}, 'dead_platform', { platform: 'Vine' }],
    [
      'declared dormant, abandoned by the thresholds',
      { status: 'dormant', lastActivityOn: '2025-02-27' },
      {},
      'status_differs',
      {
        declared: 'dormant',
        declared_fr: 'en sommeil',
        measured: 'abandoned',
        measured_fr: 'abandonnée',
        days: 488,
        dormant: 90,
        abandoned: 365,
        count: 488,
      },
    ],
    [
      'name off charter',
      { name: 'Agence de Brest' },
      { settings: { ...S, charter: { ...S.charter, namePattern: '^Ombreval' } } },
      'name_off_charter',
      { name: 'Agence de Brest', pattern: '^Ombreval' },
    ],
    [
      'bio without link',
      { bio: 'Bienvenue' },
      { settings: { ...S, charter: { ...S.charter, requiredLink: 'ombreval.example' } } },
      'bio_without_link',
      { link: 'ombreval.example' },
    ],
    ['language off charter', { languages: ['de'] }, {}, 'language_off_charter', { languages: 'fr, en' }],
    ['overlap', {}, { overlaps: [4, 7] }, 'overlap', { count: 2, ids: '4, 7' }],
    ['discovered', { status: 'discovered' }, {}, 'discovered'],
    ['no objective', { objective: null }, {}, 'no_objective'],
  ])('%s', (_name, over, d, code, params) => {
    const f = findingsOf(presence(over).status, facts(over, d), d.settings ?? S);
    for (const x of f) produced.push({ code: `audit.finding.${x.code}`, params: x.params });
    const hit = f.find((x) => x.code === code);
    expect(hit, code).toBeDefined();
    if (params) expect(hit?.params).toEqual(params);
  });

  it('does not find what the data cannot tell', () => {
    expect(findingCodes({ lastActivityOn: '2026-06-01', audience: null })).not.toContain('no_data');
    expect(findingCodes({ platform: 'linkedin' }, { posts: posts({ replies90: 0 }) })).not.toContain(
      'no_replies',
    );
    expect(findingCodes({}, { posts: posts({ posts90: 0, replies90: 0 }) })).not.toContain('no_replies');
    expect(findingCodes({ bio: 'x' })).not.toContain('bio_without_link'); // no link required
    expect(findingCodes({ objective: 'Divers' })).not.toContain('no_objective'); // written, not classified
  });

  it('does not repeat silence as low cadence, nor both dormant and abandoned', () => {
    const dormant = findingCodes(
      { lastActivityOn: '2026-03-01' },
      { posts: posts({ last: '2026-03-01T00:00:00.000Z', posts90: 0 }) },
    );
    expect(dormant).toContain('dormant');
    expect(dormant).not.toContain('low_cadence');
    const abandoned = findingCodes({ lastActivityOn: '2024-01-01' });
    expect(abandoned).toContain('abandoned');
    expect(abandoned).not.toContain('dormant');
    expect(findingCodes({ lastActivityOn: '2024-01-01', audience: 999 })).not.toContain(
      'abandoned_with_audience',
    );
  });

  it('weighs unanswered posts more where customer care is the objective', () => {
    const f = findingsOf(
      'active',
      facts({ objective: 'Service client' }, { posts: posts({ replies90: 0 }) }),
      S,
    );
    expect(f.find((x) => x.code === 'no_replies')?.severity).toBe('high');
  });

  it('on a dead platform, only says what can still be acted upon', () => {
    expect(
      findingCodes({
        platform: 'googleplus',
        mfa: 'off',
        ownerId: null,
        lastActivityOn: null,
        audience: null,
      }),
    ).toEqual(['dead_platform']);
  });

  it('puts the most severe first, with their severities', () => {
    const f = findingsOf(
      'active',
      facts({ mfa: 'unknown', ownerLeft: true, objective: null, lastActivityOn: '2026-03-01' }),
      S,
    );
    expect(f.map((x) => [x.code, x.severity])).toEqual([
      ['owner_left', 'high'],
      ['dormant', 'medium'],
      ['status_differs', 'low'],
      ['mfa_unknown', 'low'],
      ['no_objective', 'low'],
    ]);
  });

  // Issue 12: "Dormant" in the registry was "Abandoned: 488 days" in the audit, with nothing saying
  // that the two disagree. Both are shown: what a person declared and what the activity measures.
  it('shows the status a person declared next to the one the activity measures, where they differ', () => {
    const f = findingsOf(
      'dormant',
      facts({ status: 'dormant', lastActivityOn: '2025-02-27', audience: 300 }),
      S,
    );
    const differs = f.find((x) => x.code === 'status_differs')!;
    expect(f.map((x) => x.code)).toContain('abandoned');
    const text = (locale: Locale, params = differs.params) =>
      plain(
        fill(auditMessages['audit.finding.status_differs'][locale], withDuration(locale, params), locale),
      );
    // 488 days since the last activity, said as a person says it; the thresholds stay in days.
    expect(text('en')).toBe(
      'Declared dormant in the registry, but its last activity was 1 year 4 months ago: abandoned by the audit’s thresholds (dormant after 90 days, abandoned after 365).',
    );
    expect(text('fr')).toBe(
      'Déclarée « en sommeil » au registre, mais sa dernière activité remonte à 1 an et 4 mois : « abandonnée » selon les seuils de l’audit (en sommeil après 90 jours, abandonnée après 365).',
    );
    const one = { ...differs.params, days: 1, count: 1 };
    expect(text('en', one)).toContain('was 1 day ago');
    expect(text('fr', one)).toContain('remonte à 1 jour :');
    // Declared abandoned but active again, declared active but dormant: both directions are shown.
    const measured = (over: Partial<P>) =>
      findingsOf(presence(over).status, facts(over), S).find((x) => x.code === 'status_differs')?.params
        .measured;
    expect(measured({ status: 'abandoned', lastActivityOn: '2026-06-20' })).toBe('active');
    expect(measured({ status: 'active', lastActivityOn: '2026-03-01' })).toBe('dormant');
  });

  it('says nothing of the status when it agrees with the activity, or says something else than activity', () => {
    const differs = (over: Partial<P>) => findingCodes(over).includes('status_differs');
    expect(differs({ status: 'abandoned', lastActivityOn: '2025-02-27' })).toBe(false);
    expect(differs({ status: 'dormant', lastActivityOn: '2026-03-01' })).toBe(false);
    expect(differs({ status: 'active', lastActivityOn: '2026-06-25' })).toBe(false);
    expect(differs({ status: 'active', lastActivityOn: null })).toBe(false); // nothing measured
    for (const status of ['discovered', 'closing', 'redirecting'] as const)
      expect(differs({ status, lastActivityOn: '2025-02-27' }), status).toBe(false);
    // On a dead platform, activity is not judged at all.
    expect(differs({ platform: 'vine', status: 'active', lastActivityOn: '2015-01-01' })).toBe(false);
  });
});

describe('recommendAll: decision paths', () => {
  // Each case is judged alongside a strong presence of its unit, so that ending ones have a target.
  const hub = () =>
    item(
      { id: 100, platform: 'x', audience: 9000 },
      { posts: posts({ posts90: 40, engagement90: 800, counted90: 40 }) },
    );

  it.each<[string, Partial<P>, Data, Decision, string]>([
    ['closing', { status: 'closing' }, healthy, 'close_redirect', 'already_closing'],
    ['redirecting', { status: 'redirecting' }, healthy, 'progressive_redirect', 'already_redirecting'],
    ['discovered', { status: 'discovered' }, healthy, 'claim', 'discovered'],
    ['no data', { lastActivityOn: null, audience: null }, {}, 'investigate', 'no_data'],
    [
      'no data, registered as abandoned',
      { status: 'abandoned', lastActivityOn: null, audience: null },
      {},
      'investigate',
      'no_data',
    ],
    // Issue 12: nobody can post a redirect message on a closed platform: remove, never close_redirect.
    ['dead platform with a closing year', { platform: 'googleplus' }, {}, 'remove', 'dead_platform_closed'],
    ['dead platform without one', { platform: 'viadeo' }, {}, 'remove', 'dead_platform'],
    [
      'dead platform, found by discovery',
      { platform: 'vine', status: 'discovered' },
      {},
      'remove',
      'dead_platform_closed',
    ],
    [
      'dead platform, closure already under way',
      { platform: 'periscope', status: 'closing' },
      {},
      'remove',
      'dead_platform_closed',
    ],
    [
      'dead platform, redirect already under way',
      { platform: 'storify', status: 'redirecting' },
      {},
      'remove',
      'dead_platform_closed',
    ],
    [
      'audience but no activity known',
      { lastActivityOn: null, audience: 3000 },
      {},
      'investigate',
      'activity_unknown',
    ],
    [
      'abandoned, large audience',
      { lastActivityOn: '2025-01-01', audience: 5000 },
      {},
      'progressive_redirect',
      'abandoned_poll',
    ],
    [
      'abandoned, small audience',
      { lastActivityOn: '2025-01-01', audience: 200 },
      {},
      'close_redirect',
      'abandoned_close',
    ],
    [
      'abandoned, audience unknown',
      { lastActivityOn: '2025-01-01', audience: null },
      {},
      'close_redirect',
      'abandoned_close_unknown',
    ],
    [
      'dormant, large audience',
      { lastActivityOn: '2026-03-01', audience: 1000 },
      {},
      'progressive_redirect',
      'dormant_poll',
    ],
    [
      'dormant, small audience',
      { lastActivityOn: '2026-03-01', audience: 999 },
      {},
      'close_redirect',
      'dormant_close',
    ],
    [
      'dormant, audience unknown',
      { lastActivityOn: '2026-03-01', audience: null },
      {},
      'close_redirect',
      'dormant_close_unknown',
    ],
    [
      'low cadence, large audience',
      { audience: 3000 },
      { posts: posts({ posts90: 2 }) },
      'maintain',
      'keep_audience',
    ],
    [
      'low engagement, large audience',
      { audience: 3000 },
      { posts: posts({ engagement90: 6 }) },
      'maintain',
      'keep_audience',
    ],
    [
      'low cadence, small audience',
      { audience: 300 },
      { posts: posts({ posts90: 2 }) },
      'maintain',
      'maintain',
    ],
    [
      'performs well',
      { audience: 8000 },
      { posts: posts({ posts90: 30, engagement90: 450, counted90: 30 }) },
      'invest',
      'invest',
    ],
    [
      'short of the investment bar',
      { audience: 4999 },
      { posts: posts({ posts90: 30, engagement90: 450, counted90: 30 }) },
      'maintain',
      'maintain',
    ],
    ['active, no post data', { audience: 8000 }, {}, 'maintain', 'maintain'],
  ])('%s → %s', (_name, over, d, decision, first) => {
    const r = recommend([hub(), item({ id: 1, ...over }, d)]).get(1)!;
    expect(r.decision).toBe(decision);
    expect(codes(r.reasons)[0]).toBe(first);
  });

  it('explains the poll threshold and the figures in the reasons', () => {
    const r = recommend([hub(), item({ id: 1, lastActivityOn: '2025-01-01', audience: 5000 })]).get(1)!;
    expect(r.reasons[0]).toEqual({
      code: 'audit.reason.abandoned_poll',
      params: { days: 545, audience: 5000, count: 5000 },
    });
    const g = recommend([item({ id: 1, platform: 'googleplus' })]).get(1)!;
    expect(g.reasons[0]).toEqual({
      code: 'audit.reason.dead_platform_closed',
      params: { platform: 'Google+', year: '2019' },
    });
  });

  it('never closes a presence it knows nothing about, whatever else is wrong', () => {
    const blind = [
      { lastActivityOn: null, audience: null },
      { lastActivityOn: null, audience: null, status: 'dormant' as const },
      { lastActivityOn: null, audience: null, ownerLeft: true, mfa: 'off' as const },
      { lastActivityOn: null, audience: null, objective: null },
    ].map((over, i) => item({ id: i + 1, ...over }, { overlaps: [1, 2, 3, 4].filter((x) => x !== i + 1) }));
    const r = recommend([hub(), ...blind]);
    for (const id of [1, 2, 3, 4]) expect(r.get(id)?.decision, `#${id}`).toBe('investigate');
  });

  it('adds what governance lacks without changing the decision', () => {
    const r = recommend([
      hub(),
      item(
        {
          id: 1,
          ownerLeft: true,
          custodianId: 99,
          custodian: 'Luc Martin',
          recoveryContact: 'personal',
          mfa: 'off',
          objective: null,
          languages: ['de'],
        },
        healthy,
      ),
    ]).get(1)!;
    expect(r.decision).toBe('maintain');
    expect(codes(r.reasons)).toEqual([
      'maintain',
      'reassign_owner',
      'recover_credentials',
      'enable_mfa',
      'corporate_recovery',
      'charter_language',
      'set_objective',
    ]);
    expect(r.reasons[1]?.params).toEqual({ owner: 'Anne Morel' });

    const closing = recommend([
      hub(),
      item({
        id: 1,
        lastActivityOn: '2025-01-01',
        audience: 100,
        ownerId: null,
        objective: null,
        mfa: 'unknown',
      }),
    ]).get(1)!;
    expect(closing.decision).toBe('close_redirect');
    // Someone must carry out the closure; an objective no longer matters.
    expect(codes(closing.reasons)).toEqual(['abandoned_close', 'redirect_to', 'assign_owner', 'check_mfa']);
  });
});

describe('recommendAll: follow-ups', () => {
  it('asks a kept presence to follow the charter, answer and watch its audience', () => {
    const settings = {
      ...S,
      charter: { ...S.charter, namePattern: '^Ombreval', requiredLink: 'ombreval.example' },
    };
    const r = recommend(
      [
        item(
          { id: 1, name: 'Agence de Brest', bio: 'Bienvenue', custodianId: null, custodian: null },
          {
            settings,
            posts: posts({ replies90: 0 }),
            metrics: metrics({ audienceEnd: { day: '2026-06-29', value: 1600 } }),
          },
        ),
      ],
      settings,
    ).get(1)!;
    expect(r.decision).toBe('maintain');
    expect(codes(r.reasons)).toEqual([
      'maintain',
      'audience_declining',
      'answer_audience',
      'assign_custodian',
      'charter_name',
      'charter_link',
    ]);
    expect(r.reasons.find((x) => x.code === 'audit.reason.charter_name')?.params).toEqual({
      name: 'Agence de Brest',
      pattern: '^Ombreval',
    });
  });
});

describe('recommendAll: targets', () => {
  const good = { posts: posts({ posts90: 40, engagement90: 800, counted90: 40 }) };
  const abandoned = { lastActivityOn: '2025-01-01', audience: 200 };

  it('sends the audience to the same unit on the same platform first', () => {
    const r = recommend([
      item({ id: 1, ...abandoned }),
      item({ id: 2, audience: 1500 }, healthy), // unit 1, facebook: maintain
      item({ id: 3, platform: 'x', audience: 9000 }, good), // unit 1, x: invest
      item({ id: 4, unitId: 2, audience: 90_000 }, good), // unit 2, facebook: invest
    ]);
    expect(r.get(2)?.decision).toBe('maintain');
    expect(r.get(1)).toMatchObject({ decision: 'close_redirect', into: 2 });
    expect(r.get(1)?.reasons).toContainEqual({ code: 'audit.reason.redirect_to', params: { into: '2' } });
  });

  it('then to the same unit on any platform, invested first', () => {
    const r = recommend([
      item({ id: 1, ...abandoned }),
      item({ id: 3, platform: 'x', audience: 9000 }, good),
      item({ id: 5, platform: 'instagram', audience: 20_000 }, healthy),
      item({ id: 4, unitId: 2, audience: 90_000 }, good),
    ]);
    expect(r.get(1)?.into).toBe(3);
  });

  it('then to the same platform at any unit (the hub), and a presence without unit goes there too', () => {
    const r = recommend([
      item({ id: 1, unitId: 3, ...abandoned }),
      item({ id: 6, unitId: null, ...abandoned }),
      item({ id: 3, platform: 'x', audience: 9000 }, good),
      item({ id: 4, unitId: 2, audience: 1200 }, healthy),
      item({ id: 7, unitId: 5, audience: 3000 }, healthy),
    ]);
    expect(r.get(1)?.into).toBe(7);
    expect(r.get(6)?.into).toBe(7);
  });

  it('sends a dead platform’s presence nowhere: there is no audience left to send', () => {
    const r = recommend([
      item({ id: 1, platform: 'googleplus', ownerId: null, mfa: 'off' }),
      item({ id: 3, platform: 'x', audience: 9000 }, good),
    ]);
    expect(r.get(1)).toMatchObject({ decision: 'remove', into: null });
    // Nor asks for an owner, a custodian or MFA on an account nobody can sign in to.
    expect(codes(r.get(1)!.reasons)).toEqual(['dead_platform_closed']);
  });

  it('says when no target was found, and never targets an ending or unclaimed presence', () => {
    const r = recommend([
      item({ id: 1, ...abandoned }),
      item({ id: 2, lastActivityOn: '2026-03-01', audience: 100 }),
      item({ id: 3, status: 'discovered' }, healthy),
      item({ id: 4, lastActivityOn: null, audience: null }),
    ]);
    expect(r.get(1)?.into).toBeNull();
    expect(r.get(2)?.into).toBeNull();
    expect(codes(r.get(1)!.reasons)).toContain('no_target');
  });
});

describe('recommendAll: overlaps', () => {
  const o = (id: number, others: number[], over: Partial<P> = {}, d: Data = healthy) =>
    item({ id, ...over }, { ...d, overlaps: others });

  it('keeps the strongest and merges the others into it', () => {
    const r = recommend([
      o(1, [2, 3], { audience: 1500 }),
      o(2, [1, 3], { audience: 3000 }),
      o(3, [1, 2], { audience: 800 }),
    ]);
    expect(r.get(2)?.decision).toBe('maintain');
    expect(r.get(2)?.reasons).toContainEqual({
      code: 'audit.reason.overlap_kept',
      params: { ids: '1, 3' },
    });
    expect(r.get(1)).toMatchObject({ decision: 'merge', into: 2 });
    expect(r.get(3)).toMatchObject({ decision: 'merge', into: 2 });
    expect(r.get(1)?.reasons[0]).toEqual({ code: 'audit.reason.overlap_merge', params: { into: '2' } });
  });

  it.each<[string, Partial<P>, Data, Partial<P>, Data, number]>([
    [
      'more recent activity',
      { lastActivityOn: '2026-06-10' },
      { posts: null },
      { lastActivityOn: '2026-06-20' },
      { posts: null },
      2,
    ],
    ['then more posts', {}, { posts: posts({ posts90: 20 }) }, {}, { posts: posts({ posts90: 10 }) }, 1],
    ['then the lowest id', {}, healthy, {}, healthy, 1],
  ])('breaks ties on the audience by %s', (_name, a, da, b, db, kept) => {
    const r = recommend([o(1, [2], { audience: 2000, ...a }, da), o(2, [1], { audience: 2000, ...b }, db)]);
    expect(r.get(kept)?.decision).toBe('maintain');
    expect(r.get(3 - kept)).toMatchObject({ decision: 'merge', into: kept });
  });

  it('keeps a weaker duplicate that deserves investment', () => {
    const strong = { posts: posts({ posts90: 40, engagement90: 800, counted90: 40 }) };
    const r = recommend([o(1, [2], { audience: 50_000 }, strong), o(2, [1], { audience: 8000 }, strong)]);
    expect(r.get(1)?.decision).toBe('invest');
    expect(r.get(2)?.decision).toBe('invest');
    expect(r.get(2)?.reasons).toContainEqual({ code: 'audit.reason.overlap_invest', params: { into: '1' } });
  });

  it('never merges a live presence into an abandoned one, however large', () => {
    const r = recommend([
      o(1, [2], { audience: 20_000, lastActivityOn: '2024-01-01' }, {}),
      o(2, [1], { audience: 1500 }),
    ]);
    expect(r.get(2)?.decision).toBe('maintain');
    expect(r.get(1)).toMatchObject({ decision: 'progressive_redirect', into: 2 });
  });

  it('merges only direct duplicates: French and English accounts stay apart', () => {
    const langs = (l: string[]) => ({ languages: l });
    const bilingualFirst = recommend([
      o(1, [2, 3], { audience: 5000, ...langs(['fr', 'en']) }),
      o(2, [1], { audience: 2000, ...langs(['fr']) }),
      o(3, [1], { audience: 1000, ...langs(['en']) }),
    ]);
    expect([bilingualFirst.get(2)?.into, bilingualFirst.get(3)?.into]).toEqual([1, 1]);
    const frenchFirst = recommend([
      o(1, [2, 3], { audience: 2000, ...langs(['fr', 'en']) }),
      o(2, [1], { audience: 5000, ...langs(['fr']) }),
      o(3, [1], { audience: 1000, ...langs(['en']) }),
    ]);
    expect(frenchFirst.get(1)).toMatchObject({ decision: 'merge', into: 2 });
    expect(frenchFirst.get(3)?.decision).toBe('maintain');
  });

  it('leaves duplicates that are discovered or unknown to their own decision', () => {
    const r = recommend([
      o(1, [2, 3], { audience: 3000 }),
      o(2, [1, 3], { status: 'discovered', audience: 9000 }),
      o(3, [1, 2], { lastActivityOn: null, audience: null }, {}),
    ]);
    expect([r.get(1)?.decision, r.get(2)?.decision, r.get(3)?.decision]).toEqual([
      'maintain',
      'claim',
      'investigate',
    ]);
  });
});

describe('recommendations never conflict with each other', () => {
  it('can all be taken as recommended, one after the other', () => {
    const good = { posts: posts({ posts90: 40, engagement90: 800, counted90: 40 }) };
    const items = [
      item({ id: 1, audience: 3000 }, { ...healthy, overlaps: [2, 3] }),
      item({ id: 2, audience: 1500 }, { ...healthy, overlaps: [1, 3] }),
      item({ id: 3, audience: 50_000, lastActivityOn: '2024-01-01' }, { overlaps: [1, 2] }),
      item({ id: 4, platform: 'x', audience: 9000 }, good),
      item({ id: 5, platform: 'googleplus' }),
      item({ id: 6, unitId: 2, lastActivityOn: '2026-02-01', audience: 100 }),
      item({ id: 7, unitId: 2, status: 'closing' }),
      item({ id: 8, unitId: 3, status: 'discovered' }),
      item({ id: 9, unitId: 3, lastActivityOn: null, audience: null }),
    ];
    const recs = recommend(items);
    const state: DecisionState = {
      items: new Map(
        items.map((i) => {
          const r = recs.get(i.presenceId)!;
          return [
            i.presenceId,
            { status: i.status, decision: null, recommendation: r.decision, into: r.into },
          ];
        }),
      ),
    };
    for (const [id, r] of recs) {
      expect(
        checkDecision({ presenceId: id, decision: r.decision, into: r.into }, state),
        `#${id}`,
      ).toBeNull();
      state.items.set(id, { ...state.items.get(id)!, decision: r.decision });
    }
  });
});

describe('checkDecision', () => {
  type Row = [number, Decision | null, Decision, number | null];
  const state = (rows: Row[]): DecisionState => ({
    items: new Map(
      rows.map(([id, decision, recommendation, into]) => [
        id,
        { status: 'active', decision, recommendation, into },
      ]),
    ),
  });
  // 1 kept, 2 recommended to close into 1, 3 decided to merge into 1, 4 decided kept though recommended to close.
  const s = state([
    [1, null, 'maintain', null],
    [2, null, 'close_redirect', 1],
    [3, 'merge', 'maintain', 1],
    [4, 'maintain', 'close_redirect', null],
    [5, null, 'invest', null],
  ]);
  const check = (presenceId: number, decision: Decision, into: number | null = null) =>
    checkDecision({ presenceId, decision, into }, s);

  it('accepts consistent decisions', () => {
    expect(check(2, 'remove')).toBeNull();
    expect(check(2, 'merge', 1)).toBeNull();
    expect(check(2, 'close_redirect', null)).toBeNull();
    expect(check(2, 'progressive_redirect', 4)).toBeNull(); // decided kept beats recommended closing
    expect(check(1, 'invest')).toBeNull();
    expect(check(5, 'close_redirect', 1)).toBeNull();
    expect(check(4, 'close_redirect', 5)).toBeNull();
  });

  it.each<[string, number, Decision, number | null, string, Record<string, string | number>]>([
    ['merge without a target', 2, 'merge', null, 'merge_needs_into', { id: '2' }],
    ['a target for a decision that takes none', 1, 'invest', 5, 'into_not_allowed', { id: '1', into: '5' }],
    ['a presence into itself', 2, 'merge', 2, 'into_self', { id: '2' }],
    ['a target outside the audit', 2, 'merge', 42, 'into_not_in_audit', { id: '2', into: '42' }],
    ['merge into a presence recommended to close', 5, 'merge', 2, 'into_ending', { id: '5', into: '2' }],
    [
      'redirect into a presence decided to merge',
      5,
      'close_redirect',
      3,
      'into_ending',
      { id: '5', into: '3' },
    ],
    [
      'ending a presence others are merged into',
      1,
      'close_redirect',
      5,
      'has_dependents',
      { id: '1', count: 1, ids: '3' },
    ],
    ['a presence outside the audit', 42, 'invest', null, 'not_in_audit', { id: '42' }],
    ['a target for a removal', 2, 'remove', 5, 'into_not_allowed', { id: '2', into: '5' }],
    [
      'removing a presence others are merged into',
      1,
      'remove',
      null,
      'has_dependents',
      { id: '1', count: 1, ids: '3' },
    ],
  ])('refuses %s', (_name, id, decision, into, code, params) => {
    const c = check(id, decision, into);
    expect(c).toEqual({ code: `audit.conflict.${code}`, params });
    if (c) produced.push(c);
  });

  it('refuses to merge or redirect into a presence being removed, as into one being closed', () => {
    const t = state([
      [1, null, 'remove', null],
      [2, 'remove', 'remove', null],
      [3, null, 'maintain', null],
    ]);
    for (const decision of ['merge', 'close_redirect', 'progressive_redirect'] as const)
      for (const into of [1, 2]) {
        const c = checkDecision({ presenceId: 3, decision, into }, t);
        expect(c, `${decision} into #${into}`).toEqual({
          code: 'audit.conflict.into_ending',
          params: { id: '3', into: String(into) },
        });
        if (c) produced.push(c);
      }
  });

  it('does not count undecided recommendations as dependents', () => {
    // 2 is only recommended to close into 1: closing 1 is the reviewer's call.
    const t = state([
      [1, null, 'maintain', null],
      [2, null, 'close_redirect', 1],
      [3, null, 'maintain', null],
    ]);
    expect(checkDecision({ presenceId: 1, decision: 'close_redirect', into: 3 }, t)).toBeNull();
  });
});

describe('sentences that count', () => {
  const catalogue: Catalogue = auditMessages;
  /** As the server writes them (report/text.ts `namedParams`): the days also said as a duration. */
  const say = (locale: Locale, x: { code: string; params: Params }) =>
    fill(catalogue[x.code]?.[locale] ?? x.code, withDuration(locale, x.params), locale);
  /** French groups thousands with a narrow no-break space. */
  const MILLION_FR = '1\u202f000\u202f000';
  const findingOf = (code: FindingCode, over: Partial<P>, d: Data = {}) => {
    const f = item(over, d).findings.find((x) => x.code === code);
    expect(f, code).toBeDefined();
    return { code: `audit.finding.${code}`, params: f?.params ?? {} };
  };
  const reasonOf = (code: string, over: Partial<P>, d: Data = {}) => {
    const r = recommend([item({ id: 1, ...over }, d)], d.settings ?? S).get(1);
    const x = r?.reasons.find((y) => y.code === `audit.reason.${code}`);
    expect(x, `${code} in ${r?.reasons.map((y) => y.code)}`).toBeDefined();
    return x ?? { code, params: {} };
  };

  it('counts the posts of a low cadence: 1 post, 2 posts, 0 publication', () => {
    const one = findingOf('low_cadence', {}, { posts: posts({ posts90: 1 }) });
    expect(say('en', one)).toBe('Only 1 post in 90 days (0.1 a week), below the expected minimum of 6.');
    expect(say('fr', one)).toBe(
      'Seulement 1 publication en 90 jours (0,1 par semaine), sous le minimum attendu de 6.',
    );
    const two = findingOf('low_cadence', {}, { posts: posts({ posts90: 2 }) });
    expect(say('en', two)).toBe('Only 2 posts in 90 days (0.2 a week), below the expected minimum of 6.');
    expect(say('fr', two)).toBe(
      'Seulement 2 publications en 90 jours (0,2 par semaine), sous le minimum attendu de 6.',
    );
    const none = findingOf('low_cadence', {}, { posts: posts({ posts90: 0 }) });
    expect(say('en', none)).toMatch(/^Only 0 posts in 90 days/);
    expect(say('fr', none)).toMatch(/^Seulement 0 publication en 90 jours/);
    // A minimum of 1 reads too.
    const min1 = findingOf(
      'low_cadence',
      {},
      { posts: posts({ posts90: 0 }), settings: { ...S, minPosts90: 1 } },
    );
    expect(say('en', min1)).toMatch(/below the expected minimum of 1\.$/);
    expect(say('fr', min1)).toMatch(/sous le minimum attendu de 1\.$/);
    const reason = reasonOf('low_cadence', {}, { posts: posts({ posts90: 1 }) });
    expect(say('en', reason)).toBe(
      '1 post in 90 days, below the expected minimum of 6: publish more regularly.',
    );
    expect(say('fr', reason)).toBe(
      '1 publication en 90 jours, sous le minimum attendu de 6 : publiez plus régulièrement.',
    );
  });

  it('counts the unanswered posts: 1 post, 2 posts', () => {
    const one = findingOf('no_replies', {}, { posts: posts({ posts90: 1, replies90: 0 }) });
    expect(say('en', one)).toBe(
      '1 post in 90 days and not a single reply: the audience’s questions go unanswered.',
    );
    expect(say('fr', one)).toBe(
      '1 publication en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    );
    const two = findingOf('no_replies', {}, { posts: posts({ posts90: 2, replies90: 0 }) });
    expect(say('en', two)).toBe(
      '2 posts in 90 days and not a single reply: the audience’s questions go unanswered.',
    );
    expect(say('fr', two)).toBe(
      '2 publications en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    );
    const answer = reasonOf('answer_audience', {}, { posts: posts({ posts90: 1, replies90: 0 }) });
    expect(say('en', answer)).toBe('Answer the audience: 1 post in 90 days, not a single reply.');
    expect(say('fr', answer)).toBe('Répondez aux internautes : 1 publication en 90 jours, aucune réponse.');
  });

  it('counts the people who follow an abandoned presence: 1 person, 2 people, 1 000 000 de personnes', () => {
    const low = { settings: { ...S, pollAudience: 1 } };
    const one = findingOf('abandoned_with_audience', { lastActivityOn: '2025-06-01', audience: 1 }, low);
    expect(say('en', one)).toBe(
      'Abandoned for 1 year 1 month while 1 person still follows it: their questions and complaints reach nobody.',
    );
    expect(plain(say('fr', one))).toBe(
      'Abandonnée depuis 1 an et 1 mois alors que 1 personne la suit encore : ses questions et ses réclamations ne parviennent à personne.',
    );
    const two = findingOf('abandoned_with_audience', { lastActivityOn: '2025-06-01', audience: 2 }, low);
    expect(say('en', two)).toBe(
      'Abandoned for 1 year 1 month while 2 people still follow it: their questions and complaints reach nobody.',
    );
    expect(plain(say('fr', two))).toBe(
      'Abandonnée depuis 1 an et 1 mois alors que 2 personnes la suivent encore : leurs questions et leurs réclamations ne parviennent à personne.',
    );
    const million = findingOf('abandoned_with_audience', {
      lastActivityOn: '2025-06-01',
      audience: 1_000_000,
    });
    expect(say('en', million)).toMatch(
      /^Abandoned for 1 year 1 month while 1,000,000 people still follow it:/,
    );
    expect(plain(say('fr', million))).toMatch(
      new RegExp(
        `^Abandonnée depuis 1 an et 1 mois alors que ${MILLION_FR} de personnes la suivent encore :`,
      ),
    );
    const poll = reasonOf('abandoned_poll', { lastActivityOn: '2025-06-01', audience: 1 }, low);
    expect(say('en', poll)).toMatch(/^No activity for 1 year 1 month, but 1 person follows it:/);
    expect(plain(say('fr', poll))).toMatch(
      /^Aucune activité depuis 1 an et 1 mois, mais 1 personne la suit :/,
    );
  });

  it('counts the followers of a presence to close: 0 followers, 1 follower, 1 abonné, 0 abonné', () => {
    const one = reasonOf('abandoned_close', { lastActivityOn: '2025-06-01', audience: 1 });
    expect(say('en', one)).toBe(
      'No activity for 1 year 1 month and only 1 follower: close it with a message that redirects to the kept presence.',
    );
    expect(plain(say('fr', one))).toBe(
      'Aucune activité depuis 1 an et 1 mois et seulement 1 abonné : fermez-la avec un message de redirection vers la présence conservée.',
    );
    const none = reasonOf('dormant_close', { lastActivityOn: '2026-03-01', audience: 0 });
    expect(say('en', none)).toBe(
      'Dormant for 4 months with only 0 followers: close it with a redirect message.',
    );
    expect(plain(say('fr', none))).toBe(
      'En sommeil depuis 4 mois pour seulement 0 abonné : fermez-la avec un message de redirection.',
    );
  });

  it('counts the people who follow a presence whose activity is unknown', () => {
    const one = reasonOf('activity_unknown', { lastActivityOn: null, audience: 1 });
    expect(say('en', one)).toBe(
      '1 person follows it, but nothing is known of its activity: check it before deciding.',
    );
    expect(say('fr', one)).toBe(
      '1 personne la suit, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
    );
    const two = reasonOf('activity_unknown', { lastActivityOn: null, audience: 2 });
    expect(say('en', two)).toMatch(/^2 people follow it,/);
    expect(say('fr', two)).toMatch(/^2 personnes la suivent,/);
    const million = reasonOf('activity_unknown', { lastActivityOn: null, audience: 1_000_000 });
    expect(say('fr', million)).toMatch(new RegExp(`^${MILLION_FR} de personnes la suivent,`));
  });

  it('says how long since the last activity of a maintained presence, and names the bar’s figures', () => {
    const settings = { ...S, investAudience: 1, investPosts90: 1, investEngagementPerPost: 1 };
    const one = reasonOf('maintain', { lastActivityOn: '2026-06-29' }, { settings });
    expect(say('en', one)).toBe(
      'Active (last activity 1 day ago) but short of the bar for investment (followers: 1; posts in 90 days: 1; interactions per post: 1): maintain it.',
    );
    expect(plain(say('fr', one))).toBe(
      'Active (dernière activité il y a 1 jour), mais en deçà du seuil d’investissement (abonnés : 1 ; publications en 90 jours : 1 ; interactions par publication : 1) : maintenez-la.',
    );
    const two = reasonOf('maintain', { lastActivityOn: '2026-06-28' });
    expect(say('en', two)).toMatch(/^Active \(last activity 2 days ago\)/);
    expect(plain(say('fr', two))).toMatch(/^Active \(dernière activité il y a 2 jours\)/);
    const invest = { code: 'audit.reason.invest', params: { audience: 1, posts: 1, engagement: 1 } };
    expect(say('en', invest)).toBe(
      'It delivers (followers: 1; posts in 90 days: 1; interactions per post: 1): invest in it and set its KPIs.',
    );
    expect(say('fr', invest)).toBe(
      'Elle porte ses fruits (abonnés : 1 ; publications en 90 jours : 1 ; interactions par publication : 1) : investissez-y et fixez ses indicateurs clés.',
    );
  });

  it('counts interactions per post, whole or not: 1 interaction, 1.5 interactions, 1,5 interaction', () => {
    const one = findingOf('low_engagement', {}, { posts: posts({ engagement90: 12, counted90: 12 }) });
    expect(say('en', one)).toMatch(/^1 interaction per post on average/);
    expect(say('fr', one)).toMatch(/^1 interaction par publication en moyenne/);
    const half = findingOf('low_engagement', {}, { posts: posts({ engagement90: 18, counted90: 12 }) });
    expect(say('en', half)).toMatch(/^1\.5 interactions per post on average/);
    expect(say('fr', half)).toMatch(/^1,5 interaction par publication en moyenne/);
  });

  // Every sentence that counts, filled with 0, 1, 2 and a million of what it counts (the days of a
  // silence at values the settings allow, at least the smallest threshold, 7).
  const COUNTING: [string, string, Params][] = [
    ['audit.finding.low_cadence', 'posts', { perWeek: 0.5, min: 6 }],
    ['audit.finding.low_engagement', 'value', { min: 2 }],
    ['audit.finding.no_replies', 'posts', {}],
    ['audit.finding.abandoned_with_audience', 'audience', { days: 30 }],
    ['audit.reason.activity_unknown', 'audience', {}],
    ['audit.reason.abandoned_poll', 'audience', { days: 30 }],
    ['audit.reason.abandoned_close', 'audience', { days: 30 }],
    ['audit.reason.dormant_poll', 'audience', { days: 7 }],
    ['audit.reason.dormant_close', 'audience', { days: 7 }],
    ['audit.reason.keep_audience', 'audience', {}],
    ['audit.reason.low_cadence', 'posts', { min: 6 }],
    ['audit.reason.low_engagement', 'value', { min: 2 }],
    ['audit.reason.answer_audience', 'posts', {}],
  ];
  const WORDS: Record<Locale, { one: string[]; other: string[] }> = {
    en: {
      one: ['post', 'person', 'day', 'follower', 'interaction'],
      other: ['posts', 'people', 'days', 'followers', 'interactions'],
    },
    fr: {
      one: ['publication', 'personne', 'jour', 'abonné', 'interaction'],
      other: ['publications', 'personnes', 'jours', 'abonnés', 'interactions'],
    },
  };
  /** Numbers that take the singular: French says "0 publication". */
  const SINGULAR: Record<Locale, number[]> = { en: [1], fr: [0, 1] };
  /** The nouns right after the figure `n` (not after "90" or "0.5"). */
  const nounsAfter = (text: string, n: number, words: string[]) =>
    [...text.matchAll(new RegExp(`(?<![\\d,.\u202f])${n} (${words.join('|')})(?!\\p{L})`, 'gu'))].map(
      (m) => m[1],
    );

  it.each(COUNTING)('%s agrees with its count in both languages', (code, counted, others) => {
    const text = (locale: Locale, n: number) =>
      say(locale, { code, params: { ...others, [counted]: n, count: n } });
    for (const locale of ['en', 'fr'] as const)
      for (const n of [0, 1, 2]) {
        const words = WORDS[locale];
        const form = SINGULAR[locale].includes(n) ? 'one' : 'other';
        const found = nounsAfter(text(locale, n), n, [...words.one, ...words.other]);
        expect(found, `${locale} ${n}: ${text(locale, n)}`).not.toEqual([]);
        for (const w of found) expect(words[form], `${locale} ${n}: ${text(locale, n)}`).toContain(w);
      }
    expect(text('fr', 1_000_000)).toMatch(new RegExp(`${MILLION_FR} (de |d’)`));
    expect(text('en', 1_000_000)).toContain('1,000,000 ');
  });

  // Issue 12: "No activity for 4909 days". How long a presence has been silent is a duration, said in
  // days below two months only; the sentences that said it no longer count days.
  const SILENT: [string, Params][] = [
    ['audit.finding.abandoned', { last: '2012-12-01' }],
    ['audit.finding.dormant', { last: '2012-12-01' }],
    [
      'audit.finding.status_differs',
      { declared: 'active', measured: 'abandoned', dormant: 90, abandoned: 365 },
    ],
    ['audit.finding.abandoned_with_audience', { audience: 2, count: 2 }],
    ['audit.reason.abandoned_poll', { audience: 2, count: 2 }],
    ['audit.reason.abandoned_close', { audience: 2, count: 2 }],
    ['audit.reason.abandoned_close_unknown', {}],
    ['audit.reason.dormant_poll', { audience: 2, count: 2 }],
    ['audit.reason.dormant_close', { audience: 2, count: 2 }],
    ['audit.reason.dormant_close_unknown', {}],
    ['audit.reason.maintain', { audience: 1, posts: 1, engagement: 1 }],
  ];

  it.each(SILENT)('%s says how long as a duration, in both languages', (code, others) => {
    const text = (locale: Locale, days: number) => plain(say(locale, { code, params: { ...others, days } }));
    expect(text('en', 4909)).toContain(' 13 years 5 months');
    expect(text('fr', 4909)).toContain(' 13 ans et 5 mois');
    expect(text('en', 486)).toContain(' 1 year 4 months');
    expect(text('fr', 486)).toContain(' 1 an et 4 mois');
    expect(text('en', 1)).toContain(' 1 day');
    expect(text('fr', 1)).toContain(' 1 jour');
    expect(text('en', 45)).toContain(' 45 days');
    for (const locale of ['en', 'fr'] as const) {
      expect(text(locale, 4909)).not.toMatch(/4[\s,.\u202f]?909/);
      expect(text(locale, 4909)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('messages', () => {
  const catalogue: Catalogue = auditMessages;
  const placeholders = (text: Text) =>
    [...new Set(textForms(text).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
  const factNames = Object.keys(facts());

  const required = [
    ...FINDING_CODES.map((c) => `audit.finding.${c}`),
    ...REASON_CODES.map((c) => `audit.reason.${c}`),
    ...DECISIONS.map((c) => `audit.decision.${c}`),
    ...SEVERITIES.map((c) => `audit.severity.${c}`),
    ...OBJECTIVE_KINDS.map((c) => `audit.objective.${c}`),
    ...factNames.map((c) => `audit.fact.${c}`),
    ...CONFLICT_CODES.map((c) => `audit.conflict.${c}`),
    'audit.settings.abandoned_before_dormant',
    'audit.settings.bad_pattern',
    'audit.settings.pattern_backreference',
    'audit.settings.pattern_lookaround',
    'audit.settings.pattern_too_complex',
  ];

  it('has every code in English and French, with the same placeholders', () => {
    expect(factNames).toHaveLength(13);
    for (const code of required) {
      const m = catalogue[code];
      expect(m, code).toBeDefined();
      for (const text of [m?.en ?? '', m?.fr ?? ''])
        for (const form of textForms(text)) expect(form.trim(), code).not.toBe('');
      expect(placeholders(m?.fr ?? ''), code).toEqual(placeholders(m?.en ?? ''));
    }
    for (const [code, m] of Object.entries(catalogue))
      expect(placeholders(m.fr), code).toEqual(placeholders(m.en));
  });

  it('has no message for a code nothing uses', () => {
    const known = new Set(required);
    expect(Object.keys(catalogue).filter((k) => !known.has(k))).toEqual([]);
  });

  it('is given every parameter its findings, reasons and conflicts need', () => {
    expect(produced.length).toBeGreaterThan(100);
    const seen = new Set(produced.map((p) => p.code));
    // Every finding and reason code turned up in the tests above.
    for (const c of FINDING_CODES) expect(seen, c).toContain(`audit.finding.${c}`);
    for (const c of REASON_CODES) expect(seen, c).toContain(`audit.reason.${c}`);
    for (const c of CONFLICT_CODES) expect(seen, c).toContain(`audit.conflict.${c}`);
    for (const { code, params } of produced) {
      const m = catalogue[code];
      expect(m, code).toBeDefined();
      // `duration` is made from `days` where the sentence is written (report/text.ts `namedParams`).
      for (const locale of ['en', 'fr'] as const)
        expect(
          fill(m?.[locale] ?? '', withDuration(locale, params), locale),
          `${code} ${locale}`,
        ).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives every sentence that counts its `count`: the quantity the sentence counts', () => {
    /** The param each counting sentence counts; overlaps and dependents are counted by `count` itself. */
    const COUNTED: Record<string, string> = {
      'audit.finding.low_cadence': 'posts',
      'audit.finding.low_engagement': 'value',
      'audit.finding.no_replies': 'posts',
      'audit.finding.abandoned_with_audience': 'audience',
      'audit.reason.activity_unknown': 'audience',
      'audit.reason.abandoned_poll': 'audience',
      'audit.reason.abandoned_close': 'audience',
      'audit.reason.dormant_poll': 'audience',
      'audit.reason.dormant_close': 'audience',
      'audit.reason.keep_audience': 'audience',
      'audit.reason.low_cadence': 'posts',
      'audit.reason.low_engagement': 'value',
      'audit.reason.answer_audience': 'posts',
    };
    const counting = Object.keys(catalogue).filter(
      (k) => typeof catalogue[k]?.en !== 'string' || typeof catalogue[k]?.fr !== 'string',
    );
    expect(counting.filter((k) => !k.startsWith('audit.settings.')).sort()).toEqual(
      [...Object.keys(COUNTED), 'audit.finding.overlap', 'audit.conflict.has_dependents'].sort(),
    );
    const seen = new Set<string>();
    for (const { code, params } of produced) {
      if (!counting.includes(code)) continue;
      seen.add(code);
      expect(typeof params.count, code).toBe('number');
      const counted = COUNTED[code];
      if (counted) expect(params.count, code).toBe(params[counted]);
    }
    expect([...seen].sort()).toEqual(counting.sort());
  });

  it('writes ids without thousands separators', () => {
    const r = recommend([
      item({ id: 12_345, lastActivityOn: '2025-01-01', audience: 100 }),
      item({ id: 23_456, audience: 3000 }, healthy),
    ]).get(12_345)!;
    const redirect = r.reasons.find((x) => x.code === 'audit.reason.redirect_to')!;
    expect(redirect.params).toEqual({ into: '23456' });
  });

  it('gives presences as ids, which the report names: never "presence #5" (issue 12)', () => {
    const r = recommend([
      item({ id: 4, lastActivityOn: '2025-01-01', audience: 100 }),
      item({ id: 5, audience: 3000 }, healthy),
    ]).get(4)!;
    const redirect = r.reasons.find((x) => x.code === 'audit.reason.redirect_to')!;
    const nameOf = (id: number) => (id === 5 ? 'Bibliothèque' : undefined);
    expect(reasonText('en', redirect, nameOf)).toBe('Its audience is sent to Bibliothèque.');
    expect(reasonText('fr', redirect, () => undefined)).toBe(
      'Son audience est redirigée vers une présence supprimée.',
    );
    expect(
      reasonText('en', { code: 'audit.reason.overlap_kept', params: { ids: '4, 7' } }, (id) =>
        id === 4 ? 'Bibliothèque' : id === 7 ? '@bib' : undefined,
      ),
    ).toBe('The strongest of the duplicates: kept, it takes in Bibliothèque and @bib.');
  });

  it('has the report and the CLI say the days of a reason as a duration (issue 12)', () => {
    const r = recommend([item({ id: 4, lastActivityOn: '2025-02-27', audience: null })]).get(4)!;
    const close = r.reasons.find((x) => x.code === 'audit.reason.abandoned_close_unknown')!;
    expect(close.params.days).toBe(488);
    expect(reasonText('en', close)).toMatch(/^No activity for 1 year 4 months, audience unknown:/);
    expect(plain(reasonText('fr', close))).toMatch(
      /^Aucune activité depuis 1 an et 4 mois, audience inconnue :/,
    );
  });
});
