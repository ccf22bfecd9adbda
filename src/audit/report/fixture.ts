// Test data for the report: a mid-size organisation's yearly audit (34 presences, 6 units, 13
// platforms, every decision, decided and pending, hostile names), its action plan with overdue tasks,
// and last year's audit to compare with. Built by hand, as the rules would have written it.
import { addDays } from '../../core/clock';
import type {
  Audit,
  AuditFacts,
  AuditItem,
  Decision,
  FindingCode,
  Reason,
  RuleSettings,
  Severity,
  Task,
  TaskKind,
  TaskStatus,
} from '../model';
import type { ReportData } from './model';
import { platformName } from './text';

export const GENERATED_AT = '2025-06-20T09:15:00.000Z';
export const XSS_NAME = '<script>alert("x")</script> Ombreval Toulouse';
export const FORMULA_NAME = '=HYPERLINK("http://evil.example","clic")';
export const XSS_REASON = 'Compte repris <img src=x onerror=alert(1)> par la direction régionale';

const HUB = 'Direction de la communication';
const RETAIL = 'Ombreval Retail';
const SW = 'Direction régionale Sud-Ouest';
const NORTH = 'Direction régionale Nord';
const HR = 'Ressources humaines';
const ENERGY = 'Ombreval Énergie';

/** As rules.ts grades them. */
const SEVERITY: Record<FindingCode, Severity> = {
  no_data: 'medium',
  abandoned: 'high',
  dormant: 'medium',
  status_differs: 'low',
  low_cadence: 'low',
  low_engagement: 'low',
  audience_declining: 'medium',
  no_replies: 'medium',
  abandoned_with_audience: 'high',
  no_owner: 'medium',
  owner_left: 'high',
  no_custodian: 'medium',
  custodian_left: 'high',
  personal_recovery: 'medium',
  mfa_off: 'high',
  mfa_unknown: 'low',
  dead_platform: 'medium',
  name_off_charter: 'low',
  bio_without_link: 'low',
  language_off_charter: 'low',
  overlap: 'medium',
  discovered: 'medium',
  no_objective: 'low',
};

const DEAD = new Set(['googleplus', 'vine', 'storify']);

interface Row {
  id: number;
  platform: string;
  handle: string;
  name: string | null;
  unit: string | null;
  owner: string | null;
  status: string;
  audience: number | null;
  days: number | null;
  posts90: number | null;
  findings: FindingCode[];
  rec: Decision;
  recInto?: number;
  /** The decision taken, when taken (same target as recommended unless given). */
  dec?: Decision;
  decInto?: number;
  reason?: string;
}

// biome-ignore format: one presence a line reads as a table
const ROWS: Row[] = [
  { id: 1, platform: 'facebook', handle: 'ombreval', name: 'Ombreval', unit: HUB, owner: 'Claire Martin', status: 'active', audience: 48200, days: 2, posts90: 64, findings: [], rec: 'invest', dec: 'invest' },
  { id: 2, platform: 'x', handle: 'ombreval', name: 'Ombreval', unit: HUB, owner: 'Claire Martin', status: 'active', audience: 31500, days: 1, posts90: 120, findings: ['mfa_unknown'], rec: 'invest', dec: 'invest' },
  { id: 3, platform: 'linkedin', handle: 'company/ombreval', name: 'Ombreval', unit: HUB, owner: 'Paul Durand', status: 'active', audience: 22800, days: 3, posts90: 40, findings: [], rec: 'invest', dec: 'invest' },
  { id: 4, platform: 'instagram', handle: 'ombreval', name: 'Ombreval', unit: HUB, owner: 'Inès Moreau', status: 'active', audience: 15400, days: 4, posts90: 30, findings: ['personal_recovery'], rec: 'maintain', dec: 'invest', reason: 'Priorité 2025 : la marque employeur passe par Instagram.' },
  { id: 5, platform: 'youtube', handle: '@ombreval', name: 'Ombreval TV', unit: HUB, owner: 'Paul Durand', status: 'active', audience: 6100, days: 20, posts90: 4, findings: ['low_cadence'], rec: 'maintain', dec: 'maintain' },
  { id: 6, platform: 'tiktok', handle: 'ombreval', name: 'Ombreval', unit: HUB, owner: null, status: 'discovered', audience: 1200, days: 12, posts90: 9, findings: ['discovered', 'no_owner', 'no_custodian', 'mfa_unknown'], rec: 'claim' },
  { id: 7, platform: 'x', handle: 'ombreval_sav', name: 'Ombreval Service client', unit: RETAIL, owner: 'Julie Petit', status: 'active', audience: 8400, days: 1, posts90: 310, findings: ['mfa_off'], rec: 'invest', dec: 'invest' },
  { id: 8, platform: 'facebook', handle: 'ombreval.retail', name: 'Ombreval Boutiques', unit: RETAIL, owner: 'Julie Petit', status: 'active', audience: 12300, days: 6, posts90: 26, findings: ['overlap'], rec: 'maintain', dec: 'maintain' },
  { id: 9, platform: 'facebook', handle: 'ombreval.boutiques.paris', name: 'Ombreval Boutiques Paris', unit: RETAIL, owner: 'Marc Leroy', status: 'dormant', audience: 3100, days: 160, posts90: 0, findings: ['dormant', 'overlap'], rec: 'merge', recInto: 8, dec: 'merge' },
  { id: 10, platform: 'instagram', handle: 'ombreval_retail', name: 'Ombreval Retail', unit: RETAIL, owner: 'Marc Leroy', status: 'active', audience: 5400, days: 9, posts90: 14, findings: ['low_engagement'], rec: 'maintain' },
  { id: 11, platform: 'pinterest', handle: 'ombreval', name: 'Ombreval Idées', unit: RETAIL, owner: null, status: 'abandoned', audience: 900, days: 700, posts90: 0, findings: ['abandoned', 'no_owner', 'no_custodian'], rec: 'close_redirect', recInto: 10, dec: 'close_redirect' },
  { id: 12, platform: 'x', handle: 'ombreval_promo', name: 'Ombreval Promos', unit: RETAIL, owner: 'Sophie Bernard', status: 'abandoned', audience: 14500, days: 540, posts90: 0, findings: ['abandoned', 'abandoned_with_audience', 'owner_left', 'custodian_left'], rec: 'progressive_redirect', recInto: 7, dec: 'progressive_redirect' },
  { id: 13, platform: 'snapchat', handle: 'ombrevalshop', name: null, unit: RETAIL, owner: null, status: 'abandoned', audience: 300, days: 900, posts90: 0, findings: ['abandoned', 'no_owner', 'no_custodian', 'mfa_unknown'], rec: 'close_redirect', recInto: 10 },
  { id: 14, platform: 'facebook', handle: 'ombreval.sudouest', name: 'Ombreval Sud-Ouest', unit: SW, owner: 'Luc Garnier', status: 'active', audience: 4200, days: 5, posts90: 21, findings: ['no_replies'], rec: 'maintain', dec: 'maintain' },
  { id: 15, platform: 'x', handle: 'ombreval_so', name: 'Ombreval Sud-Ouest', unit: SW, owner: 'Luc Garnier', status: 'dormant', audience: 800, days: 200, posts90: 0, findings: ['dormant', 'audience_declining', 'personal_recovery'], rec: 'close_redirect', recInto: 14, dec: 'close_redirect' },
  { id: 16, platform: 'facebook', handle: 'ombreval.bordeaux', name: 'Ombreval Bordeaux', unit: SW, owner: 'Anne Roux', status: 'abandoned', audience: 6800, days: 420, posts90: 0, findings: ['abandoned', 'abandoned_with_audience', 'owner_left', 'no_custodian'], rec: 'progressive_redirect', recInto: 14 },
  { id: 17, platform: 'instagram', handle: 'ombreval_toulouse', name: XSS_NAME, unit: SW, owner: 'Anne Roux', status: 'dormant', audience: 2100, days: 130, posts90: 0, findings: ['dormant', 'owner_left', 'mfa_off'], rec: 'progressive_redirect', recInto: 4, dec: 'investigate', reason: XSS_REASON },
  { id: 18, platform: 'googleplus', handle: '+OmbrevalSudOuest', name: 'Ombreval Sud-Ouest', unit: SW, owner: null, status: 'abandoned', audience: 450, days: 2600, posts90: null, findings: ['dead_platform', 'no_objective'], rec: 'remove', dec: 'remove' },
  { id: 19, platform: 'facebook', handle: 'ombreval.lille', name: 'Ombreval Lille', unit: NORTH, owner: 'Hugo Fontaine', status: 'active', audience: 3900, days: 3, posts90: 18, findings: ['mfa_unknown'], rec: 'maintain', dec: 'maintain' },
  { id: 20, platform: 'x', handle: 'ombreval_nord', name: 'Ombreval Nord', unit: NORTH, owner: 'Hugo Fontaine', status: 'active', audience: 2600, days: 8, posts90: 11, findings: ['low_engagement', 'no_replies'], rec: 'maintain' },
  { id: 21, platform: 'linkedin', handle: 'showcase/ombreval-nord', name: 'Ombreval Nord Entreprises', unit: NORTH, owner: 'Hugo Fontaine', status: 'dormant', audience: 700, days: 150, posts90: 0, findings: ['dormant', 'overlap'], rec: 'merge', recInto: 3 },
  { id: 22, platform: 'vine', handle: 'ombrevalnord', name: 'Ombreval Nord', unit: NORTH, owner: null, status: 'abandoned', audience: null, days: null, posts90: null, findings: ['dead_platform', 'no_objective'], rec: 'remove', dec: 'remove' },
  { id: 23, platform: 'youtube', handle: '@ombrevalnord', name: 'Ombreval Nord vidéos', unit: NORTH, owner: 'Chloé Lambert', status: 'abandoned', audience: 5200, days: 480, posts90: 0, findings: ['abandoned', 'abandoned_with_audience', 'owner_left', 'personal_recovery'], rec: 'progressive_redirect', recInto: 5, dec: 'progressive_redirect' },
  { id: 24, platform: 'linkedin', handle: 'company/ombreval-carrieres', name: 'Ombreval Carrières', unit: HR, owner: 'Nadia Haddad', status: 'active', audience: 18800, days: 2, posts90: 45, findings: [], rec: 'invest', dec: 'invest' },
  { id: 25, platform: 'x', handle: 'ombreval_jobs', name: 'Ombreval Recrute', unit: HR, owner: 'Nadia Haddad', status: 'active', audience: 4100, days: 4, posts90: 33, findings: ['name_off_charter', 'mfa_off'], rec: 'maintain', dec: 'maintain' },
  { id: 26, platform: 'instagram', handle: 'vis_ma_vie_ombreval', name: FORMULA_NAME, unit: HR, owner: 'Thomas Girard', status: 'dormant', audience: 1300, days: 110, posts90: 0, findings: ['dormant', 'name_off_charter', 'bio_without_link'], rec: 'progressive_redirect', recInto: 4 },
  { id: 27, platform: 'facebook', handle: 'ombreval.energie', name: 'Ombreval Énergie', unit: ENERGY, owner: 'Camille Blanc', status: 'active', audience: 9700, days: 2, posts90: 28, findings: ['no_objective'], rec: 'invest', dec: 'maintain', reason: 'Le budget 2025 de l’entité ne permet pas davantage.' },
  { id: 28, platform: 'x', handle: 'ombreval_energie', name: 'Ombreval Énergie', unit: ENERGY, owner: 'Camille Blanc', status: 'active', audience: 3300, days: 5, posts90: 22, findings: ['language_off_charter', 'overlap'], rec: 'maintain', dec: 'maintain' },
  { id: 29, platform: 'mastodon', handle: 'ombreval@piaille.fr', name: 'Ombreval', unit: ENERGY, owner: 'Camille Blanc', status: 'active', audience: 650, days: 10, posts90: 12, findings: ['low_engagement'], rec: 'maintain', dec: 'invest', reason: 'Présence souveraine, à développer avec les collectivités.' },
  { id: 30, platform: 'storify', handle: 'ombreval', name: 'Ombreval Revue de presse', unit: ENERGY, owner: null, status: 'abandoned', audience: null, days: null, posts90: null, findings: ['dead_platform', 'no_objective'], rec: 'remove' },
  { id: 31, platform: 'threads', handle: 'ombreval', name: 'Ombreval', unit: HUB, owner: 'Inès Moreau', status: 'active', audience: 800, days: 15, posts90: 7, findings: ['mfa_unknown', 'no_objective'], rec: 'maintain' },
  { id: 32, platform: 'x', handle: 'ombreval_energy_en', name: 'Ombreval Energy', unit: ENERGY, owner: 'Camille Blanc', status: 'dormant', audience: 2400, days: 100, posts90: 0, findings: ['dormant', 'overlap', 'personal_recovery'], rec: 'merge', recInto: 28, dec: 'merge' },
  { id: 33, platform: 'facebook', handle: 'groups/ombreval-clients', name: 'Club clients Ombreval', unit: null, owner: null, status: 'abandoned', audience: 7600, days: 800, posts90: 0, findings: ['abandoned', 'abandoned_with_audience', 'no_owner', 'no_custodian', 'mfa_unknown'], rec: 'progressive_redirect', recInto: 8, dec: 'progressive_redirect' },
  { id: 34, platform: 'tiktok', handle: 'ombreval_retail', name: 'Ombreval Retail TikTok', unit: RETAIL, owner: 'Julie Petit', status: 'discovered', audience: 2900, days: 7, posts90: 20, findings: ['discovered', 'no_objective'], rec: 'claim', dec: 'claim' },
];

export const SETTINGS: RuleSettings = {
  dormantDays: 90,
  abandonedDays: 365,
  minPosts90: 6,
  minEngagementPerPost: 2,
  decliningShare: 0.1,
  pollAudience: 1000,
  investAudience: 5000,
  investPosts90: 24,
  investEngagementPerPost: 10,
  redirectPosts: 4,
  redirectWeeks: 8,
  taskDays: 14,
  charter: { namePattern: '^Ombreval', requiredLink: 'ombreval.example', languages: ['fr'] },
};

const none = { source: 'none' } as const;

function facts(r: Row): AuditFacts {
  const has = (c: FindingCode) => r.findings.includes(c);
  const person = (none_: FindingCode, left: FindingCode) =>
    has(none_) ? 'none' : has(left) ? 'left' : 'active';
  return {
    daysSinceActivity: { value: r.days, evidence: none },
    posts90: { value: r.posts90, evidence: none },
    postsPerWeek: {
      value: r.posts90 === null ? null : Math.round((r.posts90 / 90) * 7 * 100) / 100,
      evidence: none,
    },
    audience: { value: r.audience, evidence: none },
    audienceTrend: {
      value: has('audience_declining') ? -0.18 : r.audience === null ? null : 0.021,
      evidence: none,
    },
    engagementPerPost: { value: r.posts90 ? (has('low_engagement') ? 1.4 : 12.5) : null, evidence: none },
    replyRate: { value: r.posts90 ? (has('no_replies') ? 0 : 0.35) : null, evidence: none },
    owner: { value: person('no_owner', 'owner_left'), evidence: none },
    custody: {
      value: {
        custodian: person('no_custodian', 'custodian_left'),
        recovery: has('personal_recovery') ? 'personal' : DEAD.has(r.platform) ? 'unknown' : 'corporate',
        mfa: has('mfa_off') ? 'off' : has('mfa_unknown') || DEAD.has(r.platform) ? 'unknown' : 'on',
      },
      evidence: none,
    },
    platformAlive: { value: !DEAD.has(r.platform), evidence: { source: 'catalogue', platform: r.platform } },
    charter: {
      value: {
        name: !has('name_off_charter'),
        link: has('bio_without_link') ? false : null,
        language: !has('language_off_charter'),
      },
      evidence: none,
    },
    overlaps: { value: overlapsOf(r), evidence: none },
    objective: {
      value: has('no_objective')
        ? { text: null, kind: null }
        : { text: 'Notoriété et service client', kind: 'awareness' },
      evidence: none,
    },
  };
}

const OVERLAPS: Record<number, number[]> = { 8: [9], 9: [8], 28: [32], 32: [28] };
const overlapsOf = (r: Row) => OVERLAPS[r.id] ?? (r.findings.includes('overlap') ? [3] : []);

/** The params rules.ts gives each finding. */
function findingParams(r: Row, code: FindingCode): Record<string, string | number> {
  switch (code) {
    case 'abandoned':
    case 'dormant':
      return { days: r.days ?? 0, last: '2024-01-10', count: r.days ?? 0 };
    case 'abandoned_with_audience':
      return { audience: r.audience ?? 0, days: r.days ?? 0, count: r.audience ?? 0 };
    case 'low_cadence':
      return { posts: r.posts90 ?? 0, perWeek: 0.3, min: 6, count: r.posts90 ?? 0 };
    case 'low_engagement':
      return { value: 1.4, min: 2, count: 1.4 };
    case 'audience_declining':
      return { percent: 18, first: '2025-03-01', last: '2025-05-31' };
    case 'owner_left':
      return { owner: r.owner ?? '' };
    case 'custodian_left':
      return { custodian: 'Sophie Bernard' };
    case 'dead_platform':
      return { platform: platformName(r.platform) };
    case 'overlap':
      return {
        count: 1,
        ids: overlapsOf(r).join(', '),
      };
    default:
      return {};
  }
}

function reasons(r: Row): Reason[] {
  const reason = (code: string, params: Record<string, string | number> = {}): Reason => ({
    code: `audit.reason.${code}`,
    params,
  });
  const main: Record<Decision, Reason> = {
    invest: reason('invest', { audience: r.audience ?? 0, posts: r.posts90 ?? 0, engagement: 12.5 }),
    maintain: reason('maintain', {
      days: r.days ?? 0,
      audience: 5000,
      posts: 24,
      engagement: 10,
      count: r.days ?? 0,
    }),
    claim: reason('discovered'),
    investigate: reason('no_data'),
    merge: reason('overlap_merge', { into: r.recInto ?? 0, count: 1 }),
    // Last year's audit still closed presences on dead platforms with a redirect message.
    close_redirect: DEAD.has(r.platform)
      ? reason('dead_platform', { platform: platformName(r.platform) })
      : reason('abandoned_close', { days: r.days ?? 0, audience: r.audience ?? 0, count: r.audience ?? 0 }),
    remove: reason('dead_platform', { platform: platformName(r.platform) }),
    progressive_redirect: reason('abandoned_poll', {
      days: r.days ?? 0,
      audience: r.audience ?? 0,
      count: r.audience ?? 0,
    }),
  };
  const out = [main[r.rec]];
  if (r.recInto && r.rec !== 'merge') out.push(reason('redirect_to', { into: r.recInto }));
  if (r.findings.includes('no_custodian')) out.push(reason('assign_custodian'));
  if (r.findings.includes('mfa_off')) out.push(reason('enable_mfa'));
  return out;
}

function item(r: Row, decidedAt: string): AuditItem {
  return {
    presenceId: r.id,
    presence: {
      platform: r.platform,
      handle: r.handle,
      url: `https://example.test/${r.platform}/${r.handle}`,
      name: r.name,
      unitId: r.unit ? UNITS.indexOf(r.unit) + 1 : null,
      unit: r.unit,
      owner: r.owner,
      status: r.status,
      audience: r.audience,
      languages: ['fr'],
    },
    facts: facts(r),
    findings: r.findings.map((code) => ({ code, severity: SEVERITY[code], params: findingParams(r, code) })),
    recommendation: { decision: r.rec, into: r.recInto ?? null, reasons: reasons(r) },
    decision: r.dec
      ? {
          decision: r.dec,
          into: r.decInto ?? (r.dec === r.rec ? (r.recInto ?? null) : null),
          reason: r.reason ?? 'Conforme à la recommandation.',
          by: 'claire.martin@ombreval.example',
          byName: 'Claire Martin',
          at: decidedAt,
        }
      : null,
  };
}

const UNITS = [HUB, RETAIL, SW, NORTH, HR, ENERGY];

function audit(id: number, name: string, asOf: string, rows: Row[], previousId: number | null): Audit {
  const items = rows.map((r) => item(r, `${asOf}T14:00:00.000Z`));
  const count = (f: (i: AuditItem) => Decision | undefined) => {
    const out: Partial<Record<Decision, number>> = {};
    for (const i of items) {
      const d = f(i);
      if (d) out[d] = (out[d] ?? 0) + 1;
    }
    return out;
  };
  const keeping = ['invest', 'maintain', 'claim', 'investigate'];
  return {
    id,
    name,
    unitId: null,
    unit: null,
    asOf,
    status: previousId === null ? 'closed' : 'open',
    createdAt: `${asOf}T08:30:00.000Z`,
    createdBy: 'claire.martin@ombreval.example',
    createdByName: 'Claire Martin',
    previousId,
    presences: items.length,
    decided: items.filter((i) => i.decision).length,
    kept: items.filter((i) => keeping.includes(i.decision?.decision ?? i.recommendation.decision)).length,
    byRecommendation: count((i) => i.recommendation.decision),
    byDecision: count((i) => i.decision?.decision),
    tasks: { total: 0, done: 0 },
    settings: SETTINGS,
    items,
  };
}

// ---------------------------------------------------------------------------------------------------
// The action plan: tasks of the decided presences, some done, some late as of GENERATED_AT.

const PLANS: Partial<Record<Decision, TaskKind[]>> = {
  invest: ['set_objective_kpis', 'enable_mfa'],
  maintain: ['set_objective_kpis'],
  claim: ['claim_account', 'recover_credentials', 'assign_owner'],
  investigate: ['investigate'],
  merge: ['post_redirect', 'update_bio', 'export_archive', 'delete_or_lock'],
  close_redirect: ['post_redirect', 'export_archive', 'revoke_access', 'delete_or_lock'],
  remove: ['remove_links', 'archive_record', 'mark_archived'],
  progressive_redirect: [
    'publish_poll',
    'redirect_post',
    'redirect_post',
    'measure_followers',
    'delete_or_lock',
  ],
};

function tasks(a: Audit): Task[] {
  const out: Task[] = [];
  const byId = new Map(a.items.map((i) => [i.presenceId, i]));
  for (const i of a.items) {
    if (!i.decision) continue;
    const target = i.decision.into ? (byId.get(i.decision.into)?.presence.name ?? '') : 'ombreval.example';
    (PLANS[i.decision.decision] ?? []).forEach((kind, step) => {
      const id = out.length + 1;
      // Early steps of the plan are behind or done; the later ones are still ahead.
      const dueOn = addDays('2025-06-03', 14 * step + (i.presenceId % 4) * 3);
      const status: TaskStatus =
        step === 0
          ? i.presenceId % 3 === 0
            ? 'todo'
            : 'done'
          : step === 1 && i.presenceId % 5 === 0
            ? 'skipped'
            : i.presenceId % 7 === 0
              ? 'doing'
              : 'todo';
      out.push({
        id,
        auditId: a.id,
        presenceId: i.presenceId,
        presence: {
          platform: i.presence.platform,
          handle: i.presence.handle,
          name: i.presence.name,
          unit: i.presence.unit,
        },
        unitId: i.presence.unitId,
        kind,
        step: step + 1,
        params: {
          target,
          n: step,
          count: 2,
          from: '2025-06-01',
          to: '2025-08-01',
          platform: i.presence.platform,
          handle: i.presence.handle ?? '',
          account: i.presence.handle ?? '',
        },
        message: null,
        ownerId: i.presence.owner ? id : null,
        owner: kind === 'delete_or_lock' ? 'Inès Moreau' : i.presence.owner,
        dueOn,
        status,
        updatedAt: GENERATED_AT,
        updatedBy: 'Claire Martin',
      });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Last year's audit: 3 presences not found yet (31, 33, 34), 4 since closed, fewer decisions, more risks.

const GONE: Row[] = [
  {
    id: 101,
    platform: 'googleplus',
    handle: '+Ombreval',
    name: 'Ombreval',
    unit: HUB,
    owner: null,
    status: 'abandoned',
    audience: 2300,
    days: 2200,
    posts90: null,
    findings: ['dead_platform'],
    rec: 'close_redirect',
    recInto: 1,
    dec: 'close_redirect',
  },
  {
    id: 102,
    platform: 'facebook',
    handle: 'ombreval.noel',
    name: 'Ombreval Noël 2019',
    unit: RETAIL,
    owner: 'Marc Leroy',
    status: 'abandoned',
    audience: 1900,
    days: 1600,
    posts90: 0,
    findings: ['abandoned', 'abandoned_with_audience', 'owner_left', 'no_custodian'],
    rec: 'progressive_redirect',
    recInto: 8,
    dec: 'progressive_redirect',
  },
  {
    id: 103,
    platform: 'x',
    handle: 'ombreval_events',
    name: 'Ombreval Événements',
    unit: HUB,
    owner: null,
    status: 'abandoned',
    audience: 600,
    days: 900,
    posts90: 0,
    findings: ['abandoned', 'no_owner', 'no_custodian', 'mfa_off'],
    rec: 'close_redirect',
    recInto: 2,
    dec: 'close_redirect',
  },
  {
    id: 104,
    platform: 'delicious',
    handle: 'ombreval',
    name: 'Ombreval Veille',
    unit: HUB,
    owner: null,
    status: 'abandoned',
    audience: null,
    days: null,
    posts90: null,
    findings: ['dead_platform', 'no_objective'],
    rec: 'close_redirect',
    dec: 'close_redirect',
  },
];

function previousRows(): Row[] {
  const kept = ROWS.filter((r) => ![31, 33, 34].includes(r.id)).map((r): Row => {
    // A year ago: nothing decided yet but the first presences, and keys in worse shape.
    const findings: FindingCode[] = r.findings.includes('mfa_unknown')
      ? [...r.findings, 'no_custodian']
      : [...r.findings];
    if (r.id % 4 === 0 && !findings.includes('mfa_off') && !DEAD.has(r.platform)) findings.push('mfa_off');
    return { ...r, findings, dec: r.id <= 3 ? r.rec : undefined, reason: undefined };
  });
  return [...kept, ...GONE];
}

export function reportFixture(): ReportData {
  const previous = audit(1, 'Audit annuel 2024', '2024-06-01', previousRows(), null);
  const current = audit(2, 'Audit annuel 2025', '2025-06-01', ROWS, 1);
  const plan = tasks(current);
  current.tasks = {
    total: plan.length,
    done: plan.filter((t) => t.status === 'done' || t.status === 'skipped').length,
  };
  return { organisation: 'Ombreval SA', audit: current, tasks: plan, previous, generatedAt: GENERATED_AT };
}

// ---------------------------------------------------------------------------------------------------
// Larger audits, for the report's length and layout: the pages must not grow with the audit, and no
// list may overflow its page whatever the names.

/** The fixture's audit with its presences and tasks repeated `times` (new ids, units numbered). */
export function scaledFixture(times: number): ReportData {
  const base = reportFixture();
  const copy = <T extends { presenceId: number }>(k: number, x: T): T => ({
    ...x,
    presenceId: x.presenceId + k * 1000,
  });
  const unitOf = (unit: string | null, k: number) => (unit && k ? `${unit} ${k + 1}` : unit);
  const items = Array.from({ length: times }, (_, k) =>
    base.audit.items.map((i) => ({
      ...copy(k, i),
      presence: { ...i.presence, unit: unitOf(i.presence.unit, k) },
    })),
  ).flat();
  const tasks = Array.from({ length: times }, (_, k) =>
    base.tasks.map((t) => ({
      ...copy(k, t),
      id: t.id + k * 10_000,
      presence: { ...t.presence, unit: unitOf(t.presence.unit, k) },
    })),
  ).flat();
  return { ...base, audit: { ...base.audit, items, presences: items.length }, tasks };
}

const LONG_WORDS =
  'Direction régionale des relations institutionnelles, de la communication de crise et des partenariats territoriaux';

/** The worst case for the layout: long names, units, handles and settings; many units, platforms, steps. */
export function hostileFixture(): ReportData {
  const data = scaledFixture(6);
  const platforms = [
    'x',
    'facebook',
    'instagram',
    'linkedin',
    'youtube',
    'tiktok',
    'pinterest',
    'snapchat',
    'threads',
    'mastodon',
    'bluesky',
    'reddit',
    'tumblr',
    'flickr',
    'vimeo',
    'dailymotion',
    'google-business',
    'googleplus',
    'scoopit',
    'wordpress',
  ];
  const items = data.audit.items.map((i, n) => ({
    ...i,
    presence: {
      ...i.presence,
      platform: platforms[n % platforms.length]!,
      name: `${LONG_WORDS} ${n}`,
      handle: `ombreval_${'tres_long_identifiant_'.repeat(4)}${n}`,
      unit: `${LONG_WORDS} ${n % 40}`,
    },
  }));
  // A plan over four years, nine steps deep.
  const tasks = data.tasks.map((t, n) => ({
    ...t,
    step: (n % 9) + 1,
    dueOn: addDays('2024-01-01', (n * 7) % 1460),
    presence: { ...t.presence, unit: `${LONG_WORDS} ${n % 40}` },
  }));
  const long = (s: string) => `${s} ${LONG_WORDS} ${LONG_WORDS}`;
  return {
    ...data,
    organisation: long('Ombreval'),
    audit: {
      ...data.audit,
      name: long('Audit annuel'),
      unit: LONG_WORDS,
      items,
      settings: {
        ...data.audit.settings,
        charter: {
          namePattern: `^(Ombreval|${'Vélomb|Groupe Ombreval|'.repeat(8)}Ombreval Énergie)$`.slice(0, 200),
          requiredLink: `https://www.ombreval.example/${'chemin/'.repeat(24)}`,
          languages: [
            'fr',
            'en',
            'nl',
            'es',
            'de',
            'it',
            'pt',
            'pl',
            'ro',
            'cs',
            'sv',
            'da',
            'fi',
            'el',
            'hu',
            'bg',
            'hr',
            'sk',
            'sl',
            'lt',
            'lv',
            'et',
            'ga',
            'mt',
            'ar',
            'zh',
            'ja',
            'ko',
            'ru',
            'uk',
          ],
        },
      },
    },
    previous: data.previous ? { ...data.previous, name: long('Audit annuel 2024') } : null,
    tasks,
  };
}
