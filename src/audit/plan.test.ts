import { describe, expect, it } from 'vitest';
import { addDays } from '../core/clock';
import {
  DECISIONS,
  type Decision,
  KPI_METRICS,
  KPI_PERIODS,
  kpiInputSchema,
  OBJECTIVE_KINDS,
  type RuleSettings,
  TASK_KINDS,
  TASK_STATUSES,
  type TaskKind,
} from './model';
import { formatDate, type PlanInput, planFor, suggestKpis, type TaskDraft, taskOwner } from './plan';
import { planMessages } from './plan-messages';
import { messageLength, PLATFORM_LIMITS } from './templates';

const settings: RuleSettings = {
  dormantDays: 90,
  abandonedDays: 365,
  minPosts90: 6,
  minEngagementPerPost: 2,
  decliningShare: 0.1,
  pollAudience: 1000,
  investAudience: 500,
  investPosts90: 12,
  investEngagementPerPost: 5,
  redirectPosts: 4,
  redirectWeeks: 8,
  taskDays: 14,
  charter: { namePattern: '', requiredLink: '', languages: ['fr', 'en'] },
};

const TARGET_URL = 'https://www.linkedin.com/company/ombreval';

function input(over: Partial<PlanInput> = {}, presence: Partial<PlanInput['presence']> = {}): PlanInput {
  return {
    decision: 'close_redirect',
    decidedOn: '2025-03-03',
    settings,
    presence: {
      id: 7,
      platform: 'x',
      handle: 'ombreval_lyon',
      name: 'Ombreval Lyon',
      ownerId: 11,
      ownerLeft: false,
      custodianId: 12,
      custodianLeft: false,
      mfa: 'on',
      recovery: 'corporate',
      objective: null,
      ...presence,
    },
    target: { id: 3, platform: 'linkedin', handle: 'company/ombreval', name: 'Ombreval', url: TARGET_URL },
    organisation: 'Ombreval',
    language: 'fr',
    templates: [],
    unitManagerId: 99,
    ...over,
  };
}

const kinds = (tasks: TaskDraft[]) => tasks.map((t) => t.kind);
const CLOSE: TaskKind[] = [
  'post_redirect',
  'update_bio',
  'export_archive',
  'revoke_access',
  'delete_or_lock',
];

describe('dates', () => {
  it('adds days in UTC across months, years and leap days', () => {
    expect(addDays('2025-03-03', 14)).toBe('2025-03-17');
    expect(addDays('2024-02-20', 10)).toBe('2024-03-01');
    expect(addDays('2023-12-25', 14)).toBe('2024-01-08');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-03-03', 0)).toBe('2025-03-03');
  });

  it('refuses what is not a day', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('03/03/2025', 1)).toThrow(RangeError);
    expect(() => planFor(input({ decidedOn: '2025-13-01' }))).toThrow(RangeError);
  });

  it('writes a day as a message does', () => {
    expect(formatDate('2025-03-01', 'fr')).toBe('1er mars 2025');
    expect(formatDate('2025-08-15', 'fr')).toBe('15 août 2025');
    expect(formatDate('2025-03-01', 'en')).toBe('1 March 2025');
  });
});

describe('close with redirect, merge (step f)', () => {
  for (const decision of ['close_redirect', 'merge'] as const) {
    it(`${decision}: redirect, bio, archive, access, closure, spaced by taskDays`, () => {
      const tasks = planFor(input({ decision }));
      expect(kinds(tasks)).toEqual(CLOSE);
      expect(tasks.map((t) => t.step)).toEqual([1, 2, 3, 4, 5]);
      expect(tasks.map((t) => t.dueOn)).toEqual([
        '2025-03-17',
        '2025-03-31',
        '2025-04-14',
        '2025-04-28',
        '2025-05-12',
      ]);
    });
  }

  it('writes the redirect and the bio for the platform, pointing to the kept presence, and says when it closes', () => {
    const [post, bio, ...rest] = planFor(input());
    expect(post!.message).toContain(TARGET_URL);
    expect(post!.message).toContain('LinkedIn');
    expect(post!.message).toContain('12 mai 2025');
    expect(messageLength(post!.message!, 'x')).toBeLessThanOrEqual(280);
    expect(bio!.message).toContain(TARGET_URL);
    expect(messageLength(bio!.message!, 'x')).toBeLessThanOrEqual(160);
    expect(post!.params).toMatchObject({ target: 'Ombreval (LinkedIn)', target_url: TARGET_URL });
    for (const t of rest) expect(t.message).toBeNull();
  });

  it('writes in the presence’s language, and uses the organisation’s own text', () => {
    const [en] = planFor(input({ language: 'en' }));
    expect(en!.message).toMatch(/^This account is no longer active/);
    expect(en!.message).toContain('12 May 2025');
    const [mine] = planFor(
      input({
        templates: [
          { kind: 'redirect', language: 'fr', platform: '*', body: 'On part ! {target_url}', builtIn: false },
        ],
      }),
    );
    expect(mine!.message).toBe(`On part ! ${TARGET_URL}`);
  });

  it('leaves the messages to write when no target was chosen, and the titles still read', () => {
    const tasks = planFor(input({ target: null }));
    expect(kinds(tasks)).toEqual(CLOSE);
    expect(tasks[0]!.message).toBeNull();
    expect(tasks[1]!.message).toBeNull();
    expect(tasks[0]!.params.target).toBe('Ombreval');
  });
});

describe('progressive redirect (step g)', () => {
  it('polls, spreads the redirect posts over the weeks, measures, then closes', () => {
    const tasks = planFor(input({ decision: 'progressive_redirect' }));
    expect(kinds(tasks)).toEqual([
      'publish_poll',
      'redirect_post',
      'redirect_post',
      'redirect_post',
      'redirect_post',
      'measure_followers',
      'update_bio',
      'export_archive',
      'revoke_access',
      'delete_or_lock',
    ]);
    expect(tasks.map((t) => t.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Poll on day 14, it ends on day 28; 4 posts over 8 weeks: every 14 days from then; measure at day 28 + 56.
    expect(tasks.map((t) => t.dueOn)).toEqual([
      '2025-03-17',
      '2025-03-31',
      '2025-04-14',
      '2025-04-28',
      '2025-05-12',
      '2025-05-26',
      '2025-06-09',
      '2025-06-23',
      '2025-07-07',
      '2025-07-21',
    ]);
    const posts = tasks.filter((t) => t.kind === 'redirect_post');
    expect(posts.map((p) => p.params.n)).toEqual([1, 2, 3, 4]);
    expect(posts.every((p) => p.params.count === 4)).toBe(true);
    expect(posts[1]!.message).toMatch(/^\(2\/4\) /);
    expect(posts[3]!.message).toContain('21 juillet 2025');
    for (const p of posts) expect(p.message).toContain(TARGET_URL);
    const poll = tasks[0]!;
    expect(poll.message).toContain('31 mars 2025');
    const measure = tasks[5]!;
    expect(measure.params).toMatchObject({
      from: '2025-03-31',
      to: '2025-05-26',
      weeks: 8,
      target: 'Ombreval (LinkedIn)',
    });
    expect(measure.message).toBeNull();
    expect(tasks[6]!.message).toContain(TARGET_URL);
  });

  it('spreads any number of posts evenly within the weeks, in order', () => {
    const tasks = planFor(
      input({
        decision: 'progressive_redirect',
        settings: { ...settings, redirectPosts: 3, redirectWeeks: 2 },
      }),
    );
    const days = tasks
      .filter((t) => t.kind === 'redirect_post')
      .map((t) => (Date.parse(t.dueOn) - Date.parse('2025-03-31')) / 86_400_000);
    expect(days).toEqual([0, 4, 9]);
    const measure = tasks.find((t) => t.kind === 'measure_followers')!;
    expect(measure.dueOn).toBe('2025-04-14');
    const dues = tasks.map((t) => t.dueOn);
    expect([...dues].sort()).toEqual(dues);
  });
});

// Issue 12: a presence on a platform that no longer exists is not closed with a redirect message
// (nobody can post there): the organisation takes down its links, keeps what it knew, and archives it.
describe('remove (a platform that no longer exists)', () => {
  const dead = (over: Partial<PlanInput> = {}, p: Partial<PlanInput['presence']> = {}) =>
    planFor(
      input(
        { decision: 'remove', target: null, ...over },
        { platform: 'googleplus', handle: '+Ombreval', ...p },
      ),
    );

  it('takes the links down, archives what is known, then marks it archived, spaced by taskDays', () => {
    const tasks = dead();
    expect(kinds(tasks)).toEqual(['remove_links', 'archive_record', 'mark_archived']);
    expect(tasks.map((t) => t.step)).toEqual([1, 2, 3]);
    expect(tasks.map((t) => t.dueOn)).toEqual(['2025-03-17', '2025-03-31', '2025-04-14']);
    for (const t of tasks) {
      expect(t.params).toEqual({ platform: 'Google+', account: '+Ombreval' });
      expect(t.message).toBeNull(); // nothing to publish: nobody can post there
      expect(t.ownerId).toBe(11);
    }
    const say = (locale: 'en' | 'fr', t: TaskDraft) =>
      planMessages[`audit.task.${t.kind}` as keyof typeof planMessages][locale].replace(
        /\{(\w+)\}/g,
        (_, k: string) => String(t.params[k]),
      );
    expect(say('en', tasks[0]!)).toBe(
      'Remove the links to +Ombreval (Google+) from the organisation’s websites, e-mail signatures and documents; point to the kept presences instead',
    );
    expect(say('fr', tasks[2]!)).toBe('Passer +Ombreval (Google+) au statut « archivée » dans le registre');
  });

  it('never posts, redirects, polls or asks for keys, whatever is missing, and ignores a target', () => {
    const k = kinds(
      dead(
        { target: input().target },
        { ownerId: null, custodianId: null, mfa: 'off', recovery: 'personal' },
      ),
    );
    expect(k).toEqual(['remove_links', 'archive_record', 'mark_archived']);
  });
});

describe('claim, investigate, invest, maintain', () => {
  it('claim: claim, recover, owner, custodian, then the security that is missing, without duplicates', () => {
    const tasks = planFor(
      input(
        { decision: 'claim' },
        { ownerId: null, custodianId: null, mfa: 'unknown', recovery: 'personal' },
      ),
    );
    expect(kinds(tasks)).toEqual([
      'claim_account',
      'recover_credentials',
      'assign_owner',
      'assign_custodian',
      'enable_mfa',
      'corporate_recovery',
    ]);
    expect(tasks[0]!.params).toMatchObject({ platform: 'X', account: 'ombreval_lyon' });
    expect(tasks.map((t) => t.dueOn)).toEqual([
      '2025-03-17',
      '2025-03-31',
      '2025-04-14',
      '2025-04-14',
      '2025-04-14',
      '2025-04-14',
    ]);
    expect(tasks.every((t) => t.message === null)).toBe(true);
  });

  it('claim of a well-kept account still appoints its owner and custodian', () => {
    expect(kinds(planFor(input({ decision: 'claim' })))).toEqual([
      'claim_account',
      'recover_credentials',
      'assign_owner',
      'assign_custodian',
    ]);
  });

  it('investigate: the investigation first, then the responsibilities', () => {
    const tasks = planFor(input({ decision: 'investigate' }, { ownerLeft: true, mfa: 'off' }));
    expect(kinds(tasks)).toEqual(['investigate', 'assign_owner', 'enable_mfa']);
    expect(tasks.map((t) => t.dueOn)).toEqual(['2025-03-17', '2025-03-31', '2025-03-31']);
  });

  it('invest: the responsibilities, then the objective and KPIs (step h)', () => {
    const tasks = planFor(
      input({ decision: 'invest' }, { custodianLeft: true, objective: 'Faire venir au salon' }),
    );
    expect(kinds(tasks)).toEqual(['assign_custodian', 'set_objective_kpis']);
    expect(tasks[1]!.params).toEqual({ objective: 'Faire venir au salon' });
    expect(tasks.map((t) => t.dueOn)).toEqual(['2025-03-17', '2025-03-31']);
    const clean = planFor(input({ decision: 'invest' }));
    expect(kinds(clean)).toEqual(['set_objective_kpis']);
    expect(clean[0]!.dueOn).toBe('2025-03-17');
  });

  it('maintain: nothing when everything is in place, else the responsibilities', () => {
    expect(planFor(input({ decision: 'maintain' }))).toEqual([]);
    const tasks = planFor(
      input({ decision: 'maintain' }, { ownerId: null, custodianId: null, mfa: 'off', recovery: 'personal' }),
    );
    expect(kinds(tasks)).toEqual(['assign_owner', 'assign_custodian', 'enable_mfa', 'corporate_recovery']);
    expect(tasks[0]!.params).toEqual({ reason: 'none' });
  });

  it('responsibilities follow each fact: left, none, MFA off or unknown, personal recovery (not unknown)', () => {
    const resp = (p: Partial<PlanInput['presence']>) => kinds(planFor(input({ decision: 'maintain' }, p)));
    expect(resp({ ownerLeft: true })).toEqual(['assign_owner']);
    expect(resp({ ownerId: null })).toEqual(['assign_owner']);
    expect(resp({ custodianLeft: true })).toEqual(['assign_custodian']);
    expect(resp({ custodianId: null })).toEqual(['assign_custodian']);
    expect(resp({ mfa: 'off' })).toEqual(['enable_mfa']);
    expect(resp({ mfa: 'unknown' })).toEqual(['enable_mfa']);
    expect(resp({ recovery: 'personal' })).toEqual(['corporate_recovery']);
    expect(resp({ recovery: 'unknown' })).toEqual([]);
    expect(planFor(input({ decision: 'maintain' }, { ownerLeft: true }))[0]!.params).toEqual({
      reason: 'left',
    });
  });

  it('closing decisions carry no responsibility task', () => {
    const p = { ownerId: null, custodianId: null, mfa: 'off', recovery: 'personal' } as const;
    for (const decision of ['close_redirect', 'merge', 'progressive_redirect'] as const) {
      const k = kinds(planFor(input({ decision }, p)));
      for (const r of ['assign_owner', 'assign_custodian', 'enable_mfa', 'corporate_recovery'] as const)
        expect(k).not.toContain(r);
    }
  });
});

describe('who does the tasks', () => {
  const owner = (p: Partial<PlanInput['presence']>, unitManagerId: number | null = 99) =>
    planFor(input({ unitManagerId }, p)).map((t) => t.ownerId);

  it('the owner if still here, else the custodian, else the unit manager, else nobody', () => {
    expect(owner({})).toEqual([11, 11, 11, 11, 11]);
    expect(owner({ ownerLeft: true })).toEqual([12, 12, 12, 12, 12]);
    expect(owner({ ownerId: null })[0]).toBe(12);
    expect(owner({ ownerLeft: true, custodianLeft: true })[0]).toBe(99);
    expect(owner({ ownerId: null, custodianId: null })[0]).toBe(99);
    expect(owner({ ownerId: null, custodianId: null }, null)[0]).toBeNull();
    const { unitManagerId: _, ...noManager } = input({}, { ownerId: null, custodianId: null });
    expect(planFor(noManager)[0]!.ownerId).toBeNull();
  });

  it('taskOwner is the same rule', () => {
    expect(taskOwner(input().presence, 5)).toBe(11);
    expect(taskOwner({ ...input().presence, ownerLeft: true, custodianLeft: true }, 5)).toBe(5);
  });
});

describe('every plan', () => {
  const titleParams = (kind: TaskKind) =>
    [
      ...new Set(
        [planMessages[`audit.task.${kind}`].en, planMessages[`audit.task.${kind}`].fr].flatMap((s) =>
          [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        ),
      ),
    ].sort();

  it('fills its task titles, numbers its steps and never goes back in time', () => {
    for (const decision of DECISIONS)
      for (const target of [input().target, null]) {
        const tasks = planFor(
          input(
            { decision, target },
            { ownerId: null, custodianLeft: true, mfa: 'off', recovery: 'personal', objective: null },
          ),
        );
        expect(tasks.map((t) => t.step)).toEqual(tasks.map((_, i) => i + 1));
        for (const t of tasks) {
          for (const k of titleParams(t.kind))
            expect(t.params, `${decision}/${t.kind}/${k}`).toHaveProperty(k);
          expect(t.dueOn > '2025-03-03', `${decision}/${t.kind}`).toBe(true);
        }
        const dues = tasks.map((t) => t.dueOn);
        expect([...dues].sort(), decision).toEqual(dues);
      }
  });

  it('keeps every message within the platform’s limit, on every platform and in both languages, with long names', () => {
    const long = 'Office intercommunal de tourisme des vallées de l’Ombreval et du Haut-Pays réunis';
    for (const platform of Object.keys(PLATFORM_LIMITS))
      for (const language of ['fr', 'en'] as const)
        for (const decision of ['close_redirect', 'progressive_redirect'] as const) {
          const tasks = planFor(
            input(
              {
                decision,
                language,
                organisation: long,
                target: {
                  id: 3,
                  platform: 'google-business',
                  handle: null,
                  name: `${long} — page officielle`,
                  url: 'https://www.linkedin.com/company/office-intercommunal-du-tourisme-ombreval',
                },
              },
              { platform, name: long },
            ),
          );
          for (const t of tasks.filter((x) => x.message !== null)) {
            const limit =
              t.kind === 'update_bio' ? PLATFORM_LIMITS[platform]!.bio : PLATFORM_LIMITS[platform]!.post;
            expect(
              messageLength(t.message!, platform),
              `${platform}/${language}/${t.kind}`,
            ).toBeLessThanOrEqual(limit);
          }
        }
  });

  it('is deterministic', () => {
    for (const decision of DECISIONS)
      expect(planFor(input({ decision }))).toEqual(planFor(input({ decision })));
  });
});

describe('suggestKpis (step h)', () => {
  const none = { audience: null, postsPerWeek: null, engagementPerPost: null };
  const some = { audience: 1000, postsPerWeek: 2.4, engagementPerPost: 50 };

  it('suggests at least one valid KPI with a target and a period for every objective, known figures or not', () => {
    for (const kind of [...OBJECTIVE_KINDS, null])
      for (const facts of [none, some, { audience: 0, postsPerWeek: 0, engagementPerPost: 0 }]) {
        const kpis = suggestKpis(kind, facts);
        expect(kpis.length, String(kind)).toBeGreaterThan(0);
        for (const k of kpis) {
          expect(() => kpiInputSchema.parse(k), `${kind}/${k.metric}`).not.toThrow();
          if (kind) expect(k.objective).toBe(kind);
        }
      }
  });

  it('measures what the objective is about', () => {
    const metrics = (kind: (typeof OBJECTIVE_KINDS)[number]) => suggestKpis(kind, some).map((k) => k.metric);
    expect(metrics('awareness')).toContain('audience_growth');
    expect(metrics('engagement')).toEqual(['engagement_per_post']);
    expect(metrics('customer_care')).toEqual(['reply_rate', 'response_time_hours']);
    expect(metrics('traffic')).toEqual(expect.arrayContaining(['clicks', 'visits']));
    expect(metrics('leads')).toEqual(['leads']);
    expect(metrics('recruitment')).toEqual(['applications']);
    expect(metrics('press')).toEqual(['posts_per_week']);
    expect(metrics('information')).toEqual(['posts_per_week']);
  });

  it('derives the targets from the current figures when known', () => {
    const awareness = suggestKpis('awareness', some);
    expect(awareness).toContainEqual({
      objective: 'awareness',
      metric: 'audience',
      target: 1100,
      period: 'quarter',
      baseline: 1000,
    });
    expect(awareness.find((k) => k.metric === 'audience_growth')).toMatchObject({
      target: 0.1,
      period: 'quarter',
    });
    expect(suggestKpis('awareness', none).map((k) => k.metric)).toEqual(['audience_growth']);
    expect(suggestKpis('engagement', some)[0]).toMatchObject({ target: 60, baseline: 50 });
    expect(suggestKpis('engagement', none)[0]).toMatchObject({ baseline: null });
    expect(suggestKpis('press', some)[0]).toMatchObject({ target: 3, baseline: 2.4, period: 'month' });
    expect(suggestKpis('traffic', { ...some, audience: 100_000 })[0]).toMatchObject({
      metric: 'clicks',
      target: 2000,
    });
  });

  it('falls back to the basics without an objective', () => {
    const kpis = suggestKpis(null, some);
    expect(kpis.map((k) => k.metric)).toEqual(
      expect.arrayContaining(['audience_growth', 'engagement_per_post']),
    );
  });
});

describe('plan messages', () => {
  it('name every task, status, template kind, KPI metric and period, in English and French', () => {
    const keys = new Set(Object.keys(planMessages));
    const expected = [
      ...TASK_KINDS.map((k) => `audit.task.${k}`),
      ...TASK_STATUSES.map((k) => `audit.task_status.${k}`),
      ...KPI_METRICS.map((k) => `audit.kpi_metric.${k}`),
      ...KPI_PERIODS.map((k) => `audit.kpi_period.${k}`),
    ];
    for (const k of expected) expect(keys, k).toContain(k);
    for (const k of expected) {
      const e = planMessages[k as keyof typeof planMessages];
      expect(e.fr).not.toBe(e.en);
    }
  });

  it('cover every decision’s tasks', () => {
    const used = new Set<string>();
    for (const decision of DECISIONS as readonly Decision[])
      for (const t of planFor(
        input({ decision }, { ownerId: null, custodianId: null, mfa: 'off', recovery: 'personal' }),
      ))
        used.add(t.kind);
    expect([...used].sort()).toEqual([...TASK_KINDS].sort());
  });
});
