// The audit's rules (method steps b, c, e–g): facts per presence with their evidence, findings,
// recommended decisions with reasons a person can check, and the conflicts a decision may raise.
// Pure functions: the service reads the data, these judge it.
import { addDays } from '../core/clock';
import { nameKey } from '../core/text';
import { registryMessages } from '../registry/messages';
import type { Presence, PresenceStatus } from '../registry/model';
import { personState, type Risk, type RiskFacts, risksOf } from '../registry/risks';
import { getPlatform, isAlive, platformName } from '../registry/urls/platforms';
import { compileNamePattern, matchesNamePattern } from './charter-pattern';
import {
  type AuditFacts,
  type Decision,
  ENDING_DECISIONS,
  type Evidence,
  type Fact,
  FINDING_CODES,
  type Finding,
  type FindingCode,
  INTO_DECISIONS,
  type ObjectiveKind,
  type Reason,
  type Recommendation,
  type RuleSettings,
  SEVERITIES,
  type Severity,
} from './model';

// ---------------------------------------------------------------------------------------------------
// Settings

/**
 * Defaults for a large organisation. 90 days without a post is a quarter of silence (dormant); a
 * year is abandoned. 6 posts in 90 days is one every two weeks, the least that keeps a page alive;
 * 24 (about two a week) with 10 engagements per post and 5,000 followers is what deserves budget.
 * From 1,000 followers, closing costs enough people to deserve a poll and a progressive redirect.
 */
export const DEFAULT_SETTINGS: RuleSettings = {
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
  charter: { namePattern: '', requiredLink: '', languages: ['fr', 'en'] },
};

// ---------------------------------------------------------------------------------------------------
// Objectives (step b)

/**
 * Words people write for each objective, accent- and case-free (as nameKey leaves them). A trailing
 * `*` lets the word go on (`recrut*`: recrutement, recruteurs). The objective named first wins, and
 * at the same place the longest phrase (`marque employeur` is recruitment, not `marque`).
 */
const OBJECTIVE_WORDS: Record<ObjectiveKind, string[]> = {
  information: [
    'information*',
    'info',
    'infos',
    'info trafic',
    'infos trafic',
    'informer',
    'inform',
    'informing',
    'voyageur*',
    'temps reel',
    'real time',
    'alert*',
    'perturbation*',
    'disruption*',
    'service status',
    'etat du trafic',
    'traffic info*',
    'traffic update*',
    'traffic alert*',
    'travel update*',
    'donnees ouvertes',
    'open data',
    'actualite*',
    'news',
    'meteo',
    'urgence*',
    'crise',
    'crisis',
    'emergenc*',
  ],
  customer_care: [
    'relation client*',
    'relations client*',
    'service client*',
    'service apres vente',
    'sav',
    'customer care',
    'customer service*',
    'customer support',
    'customer relation*',
    'client care',
    'care',
    'support',
    'assistance',
    'help desk',
    'helpdesk',
    'reclamation*',
    'complaint*',
    'repondre',
    'answer*',
  ],
  recruitment: [
    'recrut*',
    'recruit*',
    'hiring',
    'hire',
    'embauche*',
    'marque employeur',
    'employer brand*',
    'emploi*',
    'job',
    'jobs',
    'career*',
    'carriere*',
    'talent*',
    'candidat*',
    'alternance',
    'ressources humaines',
    'human resources',
    'rh',
    'hr',
  ],
  leads: [
    'lead',
    'leads',
    'prospect*',
    'vente*',
    'vendre',
    'sales',
    'sell*',
    'conversion*',
    'commercial*',
    'e commerce',
    'ecommerce',
    'acquisition',
    'chiffre d affaires',
    'revenue*',
    'devis',
    'business development',
    'b2b',
    'abonnement*',
    'subscription*',
  ],
  traffic: [
    'trafic',
    'traffic',
    'visite*',
    'visit*',
    'site web',
    'site internet',
    'website*',
    'web site',
    'drive to web',
    'drive to store',
    'clic*',
    'click*',
  ],
  press: [
    'relation presse',
    'relations presse',
    'presse',
    'press',
    'press relations',
    'press release*',
    'media relations',
    'relation* media*',
    'journalist*',
    'journaliste*',
    'communique*',
    'newsroom',
    'salle de presse',
    'relations publiques',
    'public relations',
    'pr',
    'investisseur*',
    'investor*',
    'communication financiere',
    'financial communication',
  ],
  engagement: [
    'engag*',
    'communaute*',
    'community',
    'communities',
    'fidelis*',
    'loyalty',
    'conversation*',
    'animation*',
    'animer',
    'ambassadeur*',
    'ambassador*',
    'fan',
    'fans',
    'interaction*',
    'dialogue*',
    'echange*',
    'developpeur*',
    'developer*',
    'devrel',
    'entraide',
  ],
  awareness: [
    'notoriete',
    'awareness',
    'visibilite',
    'visibility',
    'image',
    'image de marque',
    'brand',
    'branding',
    'marque',
    'reputation',
    'institutionnel*',
    'corporate',
    'campagne*',
    'campaign*',
    'rayonnement',
    'presence',
    'reach',
    'portee',
    'thought leadership',
    'leadership',
    'influence',
  ],
};

/** `relation* media*` → a pattern where each starred word may go on, anchored on word boundaries. */
function wordPattern(phrase: string): RegExp {
  const body = phrase
    .split(' ')
    .map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}\\S*` : w))
    .join(' ');
  return new RegExp(`(?<=^| )${body}(?= |$)`, 'g');
}

const OBJECTIVE_PATTERNS: { kind: ObjectiveKind; re: RegExp }[] = Object.entries(OBJECTIVE_WORDS).flatMap(
  ([kind, words]) => words.map((w) => ({ kind: kind as ObjectiveKind, re: wordPattern(w) })),
);

/** The kind of objective a person wrote, in French or English; null when it cannot be told. */
export function classifyObjective(text: string | null): ObjectiveKind | null {
  if (!text) return null;
  const key = nameKey(text);
  if (!key) return null;
  let best: { kind: ObjectiveKind; at: number; length: number } | null = null;
  for (const { kind, re } of OBJECTIVE_PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(key);
    if (!m) continue;
    const hit = { kind, at: m.index, length: m[0].length };
    if (!best || hit.at < best.at || (hit.at === best.at && hit.length > best.length)) best = hit;
  }
  return best?.kind ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Facts (step c)

export interface PostAggregates {
  /** All posts up to the audit's date; ISO times. */
  posts: number;
  first: string | null;
  last: string | null;
  /** Posts in (asOf − 90 days, asOf], and those of kind 'reply'. */
  posts90: number;
  replies90: number;
  /** Sum of likes + shares + replies + quotes over the 90-day posts that have any count, and how many had. */
  engagement90: number | null;
  counted90: number;
  engagementAll: number | null;
  countedAll: number;
  /**
   * Whether the data says which posts are replies. Omitted: assumed when there are replies, or when
   * the platform's export records them (LinkedIn's and YouTube's hold only the account's own posts,
   * so "not one reply" would be an artefact of the export there).
   */
  kindsKnown?: boolean;
}

export interface MetricAggregates {
  /** Days with metrics; YYYY-MM-DD. */
  days: number;
  first: string | null;
  last: string | null;
  /** First and last audience figures within (asOf − 90, asOf]. */
  audienceStart: { day: string; value: number } | null;
  audienceEnd: { day: string; value: number } | null;
}

export interface FactsInput {
  presence: Presence & { bio?: string | null };
  posts: PostAggregates | null;
  metrics: MetricAggregates | null;
}

export interface FactsContext {
  /** YYYY-MM-DD (a longer ISO time is cut to its day). */
  asOf: string;
  settings: RuleSettings;
  /** People who have left the organisation (besides those the presence says have left). */
  leftPeople: ReadonlySet<number>;
  /** Overlapping presences (overlapsOf). */
  overlaps: number[];
}

/** Platforms whose exports say which posts are replies (src/imports/readers). */
const REPLY_PLATFORMS = new Set(['x', 'facebook', 'instagram', 'threads', 'mastodon', 'bluesky', 'tiktok']);

const DAY_MS = 86_400_000;
const WEEKS_90 = 90 / 7;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Ids go into messages as text: `fill` would write 1234 as "1,234". */
export const idText = (id: number) => String(id);
/** Presence ids as a parameter ("12, 40"): whoever writes the text names them (never "#12"). */
export const idList = (ids: readonly number[]) => ids.map(idText).join(', ');
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const fact = <T>(value: T, evidence: Evidence): Fact<T> => ({ value, evidence });
const NONE: Evidence = { source: 'none' };

export function factsOf(input: FactsInput, ctx: FactsContext): AuditFacts {
  const { presence: p, metrics } = input;
  const asOf = ctx.asOf.slice(0, 10);
  // A presence without a single post imported has no post data: zero would claim it posted nothing.
  const posts = input.posts && input.posts.posts > 0 ? input.posts : null;
  const cadence = cadenceFacts(p, posts, asOf);
  return {
    daysSinceActivity: activityFact(p, posts, asOf),
    ...cadence,
    audience: audienceFact(p, metrics),
    audienceTrend: trendFact(metrics),
    engagementPerPost: engagementFact(posts, asOf),
    owner: fact(
      personState(p.ownerId, p.ownerLeft || (p.ownerId !== null && ctx.leftPeople.has(p.ownerId))),
      registry('owner', p.owner ?? p.ownerId),
    ),
    custody: fact(
      {
        custodian: personState(
          p.custodianId,
          p.custodianLeft === true || (p.custodianId !== null && ctx.leftPeople.has(p.custodianId)),
        ),
        recovery: p.recoveryContact,
        mfa: p.mfa,
      },
      registry('custodian', p.custodian ?? p.custodianId),
    ),
    platformAlive: fact(isAlive(p.platform), { source: 'catalogue', platform: p.platform }),
    charter: fact(charterOf(p, ctx.settings.charter), registry('name', p.name)),
    overlaps: fact([...ctx.overlaps], registry('unit', p.unit ?? p.unitId)),
    objective: objectiveFact(p.objective),
  };
}

function registry(field: string, value: string | number | null, on?: string | null): Evidence {
  return on === undefined ? { source: 'registry', field, value } : { source: 'registry', field, value, on };
}

function postsEvidence(posts: number, first: string | null, last: string | null): Evidence {
  return { source: 'posts', posts, first, last };
}

/** The later of the last post and the registry's last activity; the evidence says which. */
function activityFact(p: Presence, posts: PostAggregates | null, asOf: string): Fact<number | null> {
  const lastPost = posts?.last ?? null;
  const registryDay = p.lastActivityOn;
  const usePosts = lastPost !== null && (registryDay === null || lastPost.slice(0, 10) >= registryDay);
  const day = usePosts ? lastPost : registryDay;
  if (day === null) return fact(null, NONE);
  const days = dayNumber(asOf) - dayNumber(day);
  if (Number.isNaN(days)) return fact(null, NONE);
  // An audit as of a past date may see later activity: it is not negative silence.
  const value = Math.max(0, days);
  return usePosts && posts
    ? fact(value, postsEvidence(posts.posts, posts.first, posts.last))
    : fact(value, registry('lastActivityOn', registryDay));
}

function cadenceFacts(
  p: Presence,
  posts: PostAggregates | null,
  asOf: string,
): Pick<AuditFacts, 'posts90' | 'postsPerWeek' | 'replyRate'> {
  const from = addDays(asOf, -90);
  const lastPostDay = posts?.last?.slice(0, 10) ?? null;
  // When the registry knows activity in the window after the last post imported, the posts stop
  // before the window does: their count would undercount the cadence.
  const stale =
    p.lastActivityOn !== null &&
    lastPostDay !== null &&
    p.lastActivityOn > lastPostDay &&
    p.lastActivityOn > from;
  if (!posts || stale)
    return { posts90: fact(null, NONE), postsPerWeek: fact(null, NONE), replyRate: fact(null, NONE) };
  const evidence = postsEvidence(posts.posts90, from, asOf);
  const kindsKnown = posts.kindsKnown ?? (posts.replies90 > 0 || REPLY_PLATFORMS.has(p.platform));
  return {
    posts90: fact(posts.posts90, evidence),
    postsPerWeek: fact(round(posts.posts90 / WEEKS_90, 1), evidence),
    replyRate: fact(
      kindsKnown && posts.posts90 > 0 ? round(posts.replies90 / posts.posts90, 2) : null,
      evidence,
    ),
  };
}

/** Over the 90 days when any post there has counts, else over all posts. */
function engagementFact(posts: PostAggregates | null, asOf: string): Fact<number | null> {
  if (posts && posts.counted90 > 0 && posts.engagement90 !== null)
    return fact(
      round(posts.engagement90 / posts.counted90, 1),
      postsEvidence(posts.counted90, addDays(asOf, -90), asOf),
    );
  if (posts && posts.countedAll > 0 && posts.engagementAll !== null)
    return fact(
      round(posts.engagementAll / posts.countedAll, 1),
      postsEvidence(posts.countedAll, posts.first, posts.last),
    );
  return fact(null, NONE);
}

/** The registry's figure, unless the metrics hold a newer one. */
function audienceFact(p: Presence, metrics: MetricAggregates | null): Fact<number | null> {
  const end = metrics?.audienceEnd ?? null;
  const newerMetric =
    end !== null && (p.audience === null || (p.audienceOn !== null && end.day > p.audienceOn));
  if (metrics && end && newerMetric)
    return fact(end.value, { source: 'metrics', days: metrics.days, first: metrics.first, last: end.day });
  if (p.audience !== null) return fact(p.audience, registry('audience', p.audience, p.audienceOn));
  return fact(null, NONE);
}

function trendFact(metrics: MetricAggregates | null): Fact<number | null> {
  const start = metrics?.audienceStart;
  const end = metrics?.audienceEnd;
  if (!metrics || !start || !end || start.day >= end.day || start.value <= 0) return fact(null, NONE);
  return fact(round((end.value - start.value) / start.value, 3), {
    source: 'metrics',
    days: metrics.days,
    first: start.day,
    last: end.day,
  });
}

/** `fr-CA` is French for the charter and for overlaps. */
const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** `https://www.ombreval.example/` in the charter still matches `ombreval.example/fr` in a bio. */
function linkKey(link: string): string {
  return link
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

export function charterOf(
  p: Pick<Presence, 'name' | 'languages'> & { bio?: string | null },
  charter: RuleSettings['charter'],
): { name: boolean | null; link: boolean | null; language: boolean | null } {
  // RE2, linear in the name; a refused pattern (stored before patterns were RE2) checks nothing.
  const pattern = compileNamePattern(charter.namePattern);
  const name = pattern && p.name !== null ? matchesNamePattern(pattern, p.name) : null;
  const link = linkKey(charter.requiredLink);
  const bio = p.bio;
  const allowed = new Set(charter.languages.map(primaryLanguage));
  return {
    name,
    link: link && bio != null ? bio.toLowerCase().includes(link) : null,
    language:
      p.languages.length && allowed.size ? p.languages.every((l) => allowed.has(primaryLanguage(l))) : null,
  };
}

function objectiveFact(objective: string | null): AuditFacts['objective'] {
  const text = objective?.trim() || null;
  return fact({ text, kind: classifyObjective(text) }, registry('objective', text));
}

// ---------------------------------------------------------------------------------------------------
// Overlaps

export interface OverlapCandidate {
  id: number;
  unitId: number | null;
  platform: string;
  status: PresenceStatus;
  languages: readonly string[];
}

/** Statuses on their way out: they overlap with nothing. */
const NOT_LIVE: ReadonlySet<PresenceStatus> = new Set(['closed', 'archived', 'closing', 'redirecting']);
/** Pseudo-platforms: two web sites of a unit are not two accounts speaking to the same audience. */
const NO_OVERLAP_PLATFORMS = new Set(['website', 'other']);

/** A presence's languages as overlap keys; no language at all is a key of its own. */
function languageKeys(languages: readonly string[]): string[] {
  return languages.length ? [...new Set(languages.map(primaryLanguage))] : [''];
}

/** For each presence that has any: the other live presences of its unit, on its platform, in a shared language. */
export function overlapsOf(presences: readonly OverlapCandidate[]): Map<number, number[]> {
  // (unit, platform, language) → ids: presences sharing a bucket overlap.
  const buckets = new Map<string, number[]>();
  const keysOf = new Map<number, string[]>();
  for (const p of presences) {
    if (p.unitId === null || NOT_LIVE.has(p.status) || NO_OVERLAP_PLATFORMS.has(p.platform)) continue;
    const keys = languageKeys(p.languages).map((l) => `${p.unitId}\u0000${p.platform}\u0000${l}`);
    keysOf.set(p.id, keys);
    for (const k of keys) {
      const b = buckets.get(k);
      if (b) b.push(p.id);
      else buckets.set(k, [p.id]);
    }
  }
  const out = new Map<number, number[]>();
  for (const [id, keys] of keysOf) {
    const others = new Set<number>();
    for (const k of keys) for (const other of buckets.get(k) ?? []) if (other !== id) others.add(other);
    if (others.size)
      out.set(
        id,
        [...others].sort((x, y) => x - y),
      );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Findings (step c)

const SEVERITY_RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));
const CODE_RANK = new Map<FindingCode, number>(FINDING_CODES.map((c, i) => [c, i]));

/** The last activity's day, from the evidence of daysSinceActivity. */
function lastActivityDay(facts: AuditFacts): string {
  const e = facts.daysSinceActivity.evidence;
  if (e.source === 'posts') return e.last?.slice(0, 10) ?? '';
  if (e.source === 'registry') return String(e.value ?? '');
  return '';
}

/** A registry evidence's value as a person reads it: a name, or `#id` when only the id is known. */
function registryValue(e: Evidence): string {
  if (e.source !== 'registry' || e.value === null) return '';
  return typeof e.value === 'number' ? `#${e.value}` : e.value;
}

/** The platform a finding is about, from the catalogue's evidence. */
function platformOf(facts: AuditFacts): string {
  const e = facts.platformAlive.evidence;
  return platformName(e.source === 'catalogue' ? e.platform : '');
}

export function hasNoData(facts: AuditFacts): boolean {
  return (
    facts.daysSinceActivity.value === null && facts.posts90.value === null && facts.audience.value === null
  );
}

type Check = (f: AuditFacts, s: RuleSettings, status: PresenceStatus) => Finding | null;
const finding = (code: FindingCode, severity: Severity, params: Finding['params'] = {}): Finding => ({
  code,
  severity,
  params,
});

/**
 * The params of a sentence that counts `counted`, with that quantity again as `count`: `fill` (and
 * i18next on the web) choose the sentence's plural form by `count` (src/core/i18n.ts).
 */
function counting<
  P extends Record<string, string | number>,
  K extends { [k in keyof P]: P[k] extends number ? k : never }[keyof P],
>(counted: K, params: P): P & { count: number } {
  return { ...params, count: params[counted] as number };
}

const daysOf = (f: AuditFacts) => f.daysSinceActivity.value ?? 0;

const isAbandoned = (f: AuditFacts, s: RuleSettings) => (f.daysSinceActivity.value ?? -1) >= s.abandonedDays;
const isDormant = (f: AuditFacts, s: RuleSettings) =>
  (f.daysSinceActivity.value ?? -1) >= s.dormantDays && !isAbandoned(f, s);

/** The registry statuses a person declares from a presence's activity (the others say something else). */
const ACTIVITY_STATUSES: readonly PresenceStatus[] = ['active', 'dormant', 'abandoned'];

/** The status the activity measures by the settings' thresholds; null when no activity is known. */
export function measuredStatus(f: AuditFacts, s: RuleSettings): 'active' | 'dormant' | 'abandoned' | null {
  if (f.daysSinceActivity.value === null) return null;
  return isAbandoned(f, s) ? 'abandoned' : isDormant(f, s) ? 'dormant' : 'active';
}

/**
 * The status a person declared in the registry and the one the audit measures, when they differ:
 * both are shown rather than one hidden behind the other ("dormant" in the registry, abandoned by
 * the audit's thresholds). Statuses go in as their codes, which are their English words (the web
 * app translates them), with the French words beside for `fill` (`declared_fr`).
 */
function statusDiffers(f: AuditFacts, s: RuleSettings, status: PresenceStatus): Finding | null {
  const measured = measuredStatus(f, s);
  if (measured === null || !ACTIVITY_STATUSES.includes(status) || measured === status) return null;
  const words = (st: PresenceStatus) => registryMessages[`status.${st}`];
  return finding(
    'status_differs',
    'low',
    counting('days', {
      declared: words(status).en,
      declared_fr: words(status).fr,
      measured: words(measured).en,
      measured_fr: words(measured).fr,
      days: daysOf(f),
      dormant: s.dormantDays,
      abandoned: s.abandonedDays,
    }),
  );
}

/** Checks of activity and performance: meaningless on a platform that no longer exists. */
const PERFORMANCE: Check[] = [
  (f) => (hasNoData(f) ? finding('no_data', 'medium') : null),
  (f, s) =>
    isAbandoned(f, s)
      ? finding('abandoned', 'high', counting('days', { days: daysOf(f), last: lastActivityDay(f) }))
      : null,
  (f, s) =>
    isAbandoned(f, s) && f.audience.value !== null && f.audience.value >= s.pollAudience
      ? finding(
          'abandoned_with_audience',
          'high',
          counting('audience', { audience: f.audience.value, days: daysOf(f) }),
        )
      : null,
  (f, s) =>
    isDormant(f, s)
      ? finding('dormant', 'medium', counting('days', { days: daysOf(f), last: lastActivityDay(f) }))
      : null,
  (f, s, status) => statusDiffers(f, s, status),
  // Silence already says it for dormant and abandoned presences.
  (f, s) =>
    f.posts90.value !== null &&
    f.posts90.value < s.minPosts90 &&
    (f.daysSinceActivity.value ?? 0) < s.dormantDays
      ? finding(
          'low_cadence',
          'low',
          counting('posts', {
            posts: f.posts90.value,
            perWeek: f.postsPerWeek.value ?? 0,
            min: s.minPosts90,
          }),
        )
      : null,
  (f, s) =>
    f.engagementPerPost.value !== null &&
    f.engagementPerPost.value < s.minEngagementPerPost &&
    !isAbandoned(f, s)
      ? finding(
          'low_engagement',
          'low',
          counting('value', { value: f.engagementPerPost.value, min: s.minEngagementPerPost }),
        )
      : null,
  (f, s) => {
    const t = f.audienceTrend.value;
    const e = f.audienceTrend.evidence;
    if (t === null || t > -s.decliningShare) return null;
    return finding('audience_declining', 'medium', {
      percent: round(-t * 100, 1),
      first: e.source === 'metrics' ? (e.first ?? '') : '',
      last: e.source === 'metrics' ? (e.last ?? '') : '',
    });
  },
  // Unanswered questions weigh most where answering is the point.
  (f) =>
    f.posts90.value && f.replyRate.value === 0
      ? finding(
          'no_replies',
          f.objective.value.kind === 'customer_care' ? 'high' : 'medium',
          counting('posts', { posts: f.posts90.value }),
        )
      : null,
];

/** What the registry's risks (src/registry/risks.ts) are judged on, from an audit's facts. */
export function auditRiskFacts(status: PresenceStatus, f: AuditFacts): RiskFacts {
  return {
    status,
    platformAlive: f.platformAlive.value,
    owner: f.owner.value,
    custodian: f.custody.value.custodian,
    recovery: f.custody.value.recovery,
    mfa: f.custody.value.mfa,
  };
}

/**
 * The registry's risks as findings: one definition for the overview's cards, the presences list's
 * filter, the audit and the report. Who holds the keys comes first: an account a departed employee
 * still controls is the classic hijack.
 */
const RISK_FINDINGS: Record<Risk, (f: AuditFacts) => Finding> = {
  no_owner: () => finding('no_owner', 'medium'),
  owner_left: (f) => finding('owner_left', 'high', { owner: registryValue(f.owner.evidence) }),
  no_custodian: () => finding('no_custodian', 'medium'),
  custodian_left: (f) => finding('custodian_left', 'high', { custodian: registryValue(f.custody.evidence) }),
  personal_recovery: () => finding('personal_recovery', 'medium'),
  mfa_off: () => finding('mfa_off', 'high'),
  dead_platform: (f) => finding('dead_platform', 'medium', { platform: platformOf(f) }),
};

/** Custody the registry does not count as a risk, but the audit asks about. */
const CUSTODY: Check[] = [(f) => (f.custody.value.mfa === 'unknown' ? finding('mfa_unknown', 'low') : null)];

const CHARTER: Check[] = [
  (f, s) =>
    f.charter.value.name === false
      ? finding('name_off_charter', 'low', {
          name: registryValue(f.charter.evidence),
          pattern: s.charter.namePattern,
        })
      : null,
  (f, s) =>
    f.charter.value.link === false
      ? finding('bio_without_link', 'low', { link: s.charter.requiredLink })
      : null,
  (f, s) =>
    f.charter.value.language === false
      ? finding('language_off_charter', 'low', { languages: s.charter.languages.join(', ') })
      : null,
];

const ALWAYS: Check[] = [
  (_f, _s, status) => (status === 'discovered' ? finding('discovered', 'medium') : null),
  (f) =>
    f.overlaps.value.length
      ? finding('overlap', 'medium', {
          count: f.overlaps.value.length,
          ids: idList(f.overlaps.value),
        })
      : null,
  (f) => (f.objective.value.text === null ? finding('no_objective', 'low') : null),
];

/** What is wrong with a presence, most severe first. */
export function findingsOf(status: PresenceStatus, facts: AuditFacts, settings: RuleSettings): Finding[] {
  // On a platform that closed, activity, keys and charter can no longer be acted upon (and the
  // registry's risks say only that the platform is dead).
  const checks = facts.platformAlive.value ? [...PERFORMANCE, ...CUSTODY, ...CHARTER, ...ALWAYS] : ALWAYS;
  const risks = risksOf(auditRiskFacts(status, facts)).map((r) => RISK_FINDINGS[r](facts));
  return [...risks, ...checks.map((check) => check(facts, settings, status))]
    .filter((f): f is Finding => f !== null)
    .sort(
      (a, b) =>
        SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)! ||
        CODE_RANK.get(a.code)! - CODE_RANK.get(b.code)!,
    );
}

// ---------------------------------------------------------------------------------------------------
// Recommendations (steps e–g)

export interface RuleItem {
  presenceId: number;
  status: PresenceStatus;
  platform: string;
  unitId: number | null;
  audience: number | null;
  facts: AuditFacts;
  findings: Finding[];
}

/** Every reason code recommendAll may give (`audit.reason.<code>` in the catalogue). */
export const REASON_CODES = [
  'already_closing',
  'already_redirecting',
  'discovered',
  'no_data',
  'activity_unknown',
  'dead_platform',
  'dead_platform_closed',
  'overlap_merge',
  'overlap_kept',
  'overlap_invest',
  'abandoned_poll',
  'abandoned_close',
  'abandoned_close_unknown',
  'dormant_poll',
  'dormant_close',
  'dormant_close_unknown',
  'keep_audience',
  'low_cadence',
  'low_engagement',
  'invest',
  'maintain',
  'redirect_to',
  'no_target',
  'assign_owner',
  'reassign_owner',
  'assign_custodian',
  'recover_credentials',
  'corporate_recovery',
  'enable_mfa',
  'check_mfa',
  'set_objective',
  'charter_name',
  'charter_link',
  'charter_language',
  'answer_audience',
  'audience_declining',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

const reason = (code: ReasonCode, params: Reason['params'] = {}): Reason => ({
  code: `audit.reason.${code}`,
  params,
});

interface Draft {
  item: RuleItem;
  decision: Decision;
  into: number | null;
  reasons: Reason[];
}

const audienceOf = (i: RuleItem) => i.audience ?? i.facts.audience.value;

/** Stronger first: audience, then recent activity, then cadence, then the oldest id. */
function byStrength(a: RuleItem, b: RuleItem): number {
  return (
    (audienceOf(b) ?? -1) - (audienceOf(a) ?? -1) ||
    (a.facts.daysSinceActivity.value ?? Number.POSITIVE_INFINITY) -
      (b.facts.daysSinceActivity.value ?? Number.POSITIVE_INFINITY) ||
    (b.facts.posts90.value ?? -1) - (a.facts.posts90.value ?? -1) ||
    a.presenceId - b.presenceId
  );
}

function deservesInvestment(i: RuleItem, s: RuleSettings): boolean {
  const audience = audienceOf(i);
  const posts = i.facts.posts90.value;
  const engagement = i.facts.engagementPerPost.value;
  return (
    audience !== null &&
    audience >= s.investAudience &&
    posts !== null &&
    posts >= s.investPosts90 &&
    engagement !== null &&
    engagement >= s.investEngagementPerPost
  );
}

/**
 * Steps 1–4: what the presence's platform, its status or the lack of data decide before performance
 * is looked at. A closed platform comes first: nobody can post, close, redirect, claim or look into
 * an account there any more, so knowing the platform is gone is knowing enough, even for a presence
 * whose closure was under way (a redirect message cannot be posted there).
 */
function upfront(i: RuleItem): Omit<Draft, 'item' | 'into'> | null {
  if (!i.facts.platformAlive.value) return deadPlatform(i);
  if (i.status === 'closing') return { decision: 'close_redirect', reasons: [reason('already_closing')] };
  if (i.status === 'redirecting')
    return { decision: 'progressive_redirect', reasons: [reason('already_redirecting')] };
  if (i.status === 'discovered') return { decision: 'claim', reasons: [reason('discovered')] };
  // Never close a presence we know nothing about: someone may still run it for real customers.
  if (hasNoData(i.facts)) return { decision: 'investigate', reasons: [reason('no_data')] };
  return null;
}

function deadPlatform(i: RuleItem): Omit<Draft, 'item' | 'into'> {
  const p = getPlatform(i.platform);
  const platform = p?.name ?? i.platform;
  return {
    decision: 'remove',
    reasons: [
      // A string: a year is not a number to group by thousands ("2 019").
      p?.closedYear
        ? reason('dead_platform_closed', { platform, year: String(p.closedYear) })
        : reason('dead_platform', { platform }),
    ],
  };
}

function lowPerformance(i: RuleItem, s: RuleSettings): Reason[] {
  const out: Reason[] = [];
  const posts = i.facts.posts90.value;
  const engagement = i.facts.engagementPerPost.value;
  if (posts !== null && posts < s.minPosts90)
    out.push(reason('low_cadence', counting('posts', { posts, min: s.minPosts90 })));
  if (engagement !== null && engagement < s.minEngagementPerPost)
    out.push(reason('low_engagement', counting('value', { value: engagement, min: s.minEngagementPerPost })));
  return out;
}

/** Steps 6–8: silence and performance, weighed against how many people would be lost. */
function byPerformance(i: RuleItem, s: RuleSettings): Omit<Draft, 'item' | 'into'> {
  const days = i.facts.daysSinceActivity.value;
  const audience = audienceOf(i);
  if (days === null)
    return {
      decision: 'investigate',
      reasons: [reason('activity_unknown', counting('audience', { audience: audience ?? 0 }))],
    };
  const large = audience !== null && audience >= s.pollAudience;
  if (days >= s.abandonedDays) {
    if (large)
      return {
        decision: 'progressive_redirect',
        reasons: [reason('abandoned_poll', counting('audience', { days, audience }))],
      };
    return {
      decision: 'close_redirect',
      reasons: [
        audience === null
          ? reason('abandoned_close_unknown', counting('days', { days }))
          : reason('abandoned_close', counting('audience', { days, audience })),
      ],
    };
  }
  if (days >= s.dormantDays) {
    if (large)
      return {
        decision: 'progressive_redirect',
        reasons: [reason('dormant_poll', counting('audience', { days, audience }))],
      };
    return {
      decision: 'close_redirect',
      reasons: [
        audience === null
          ? reason('dormant_close_unknown', counting('days', { days }))
          : reason('dormant_close', counting('audience', { days, audience })),
      ],
    };
  }
  const low = lowPerformance(i, s);
  if (low.length && large)
    return {
      decision: 'maintain',
      reasons: [reason('keep_audience', counting('audience', { audience })), ...low],
    };
  if (deservesInvestment(i, s))
    return {
      decision: 'invest',
      reasons: [
        reason('invest', {
          audience: audience ?? 0,
          posts: i.facts.posts90.value ?? 0,
          engagement: i.facts.engagementPerPost.value ?? 0,
        }),
      ],
    };
  return {
    decision: 'maintain',
    reasons: [
      reason(
        'maintain',
        counting('days', {
          days,
          audience: s.investAudience,
          posts: s.investPosts90,
          engagement: s.investEngagementPerPost,
        }),
      ),
      ...low,
    ],
  };
}

const isKept = (d: Draft) => d.decision === 'invest' || d.decision === 'maintain';
const isEnding = (d: Decision) => ENDING_DECISIONS.includes(d);
const takesTarget = (d: Decision) => INTO_DECISIONS.includes(d);

/**
 * Step 5. Overlapping presences the rules would keep are taken strongest first: each one not yet
 * merged is kept, and its weaker overlaps merge into it unless they deserve investment themselves.
 * Only direct overlaps merge (an English account is never merged into a French one through a
 * bilingual third), and only kept ones: the strongest overall may be abandoned, and merging a live
 * account into it would send people to a presence being closed; it is redirected to the kept one.
 */
function resolveOverlaps(drafts: Map<number, Draft>, s: RuleSettings): void {
  const keepers = [...drafts.values()]
    .filter((d) => isKept(d) && d.item.facts.overlaps.value.length)
    .sort((a, b) => byStrength(a.item, b.item));
  const settled = new Set<number>();
  const noted = new Set<number>();
  for (const kept of keepers) {
    const keptId = kept.item.presenceId;
    if (kept.decision === 'merge') continue;
    settled.add(keptId);
    const merged: number[] = [];
    for (const id of kept.item.facts.overlaps.value) {
      const d = drafts.get(id);
      if (!d || !isKept(d) || settled.has(id)) continue;
      if (deservesInvestment(d.item, s)) {
        if (!noted.has(id)) d.reasons.push(reason('overlap_invest', { into: idText(keptId) }));
        noted.add(id);
        continue;
      }
      settled.add(id);
      merged.push(id);
      d.decision = 'merge';
      d.into = keptId;
      // Its own performance no longer matters: its audience joins the kept one.
      d.reasons = [reason('overlap_merge', { into: idText(keptId) })];
    }
    if (merged.length) kept.reasons.push(reason('overlap_kept', { ids: idList(merged) }));
  }
}

function rankTargets(a: Draft, b: Draft): number {
  return Number(b.decision === 'invest') - Number(a.decision === 'invest') || byStrength(a.item, b.item);
}

/**
 * Where the audience of an ending presence is sent: the same unit on the same platform, else the
 * same unit anywhere, else the same platform at any unit (the hub's account, typically). Kept
 * presences are indexed once, best first, so that large inventories stay linear.
 */
function targeter(kept: Draft[]): (d: Draft) => number | null {
  const best = new Map<string, number>();
  const offer = (key: string, id: number) => {
    if (!best.has(key)) best.set(key, id);
  };
  for (const k of [...kept].sort(rankTargets)) {
    const { unitId, platform, presenceId } = k.item;
    if (unitId !== null) {
      offer(`u${unitId}\u0000${platform}`, presenceId);
      offer(`u${unitId}`, presenceId);
    }
    offer(`p${platform}`, presenceId);
  }
  return ({ item: i }) => {
    // An ending presence is never among the kept ones, so the best is never itself.
    const keys = i.unitId === null ? [] : [`u${i.unitId}\u0000${i.platform}`, `u${i.unitId}`];
    for (const key of [...keys, `p${i.platform}`]) {
      const id = best.get(key);
      if (id !== undefined) return id;
    }
    return null;
  };
}

/** Follow-ups the reviewer must see, whatever the decision (someone needs the keys to close, too). */
const FOLLOW_UPS: Partial<Record<FindingCode, { code: ReasonCode; keptOnly?: boolean }>> = {
  no_owner: { code: 'assign_owner' },
  owner_left: { code: 'reassign_owner' },
  no_custodian: { code: 'assign_custodian' },
  custodian_left: { code: 'recover_credentials' },
  personal_recovery: { code: 'corporate_recovery' },
  mfa_off: { code: 'enable_mfa' },
  mfa_unknown: { code: 'check_mfa' },
  no_objective: { code: 'set_objective', keptOnly: true },
  name_off_charter: { code: 'charter_name', keptOnly: true },
  bio_without_link: { code: 'charter_link', keptOnly: true },
  language_off_charter: { code: 'charter_language', keptOnly: true },
  no_replies: { code: 'answer_audience', keptOnly: true },
  audience_declining: { code: 'audience_declining', keptOnly: true },
};

function followUps(d: Draft): Reason[] {
  return d.item.findings.flatMap((f) => {
    const up = FOLLOW_UPS[f.code];
    return up && (!up.keptOnly || isKept(d)) ? [reason(up.code, f.params)] : [];
  });
}

/** The recommended decision for every presence of an audit, with its reasons and target. */
export function recommendAll(items: RuleItem[], settings: RuleSettings): Map<number, Recommendation> {
  const drafts = new Map<number, Draft>();
  for (const item of items) {
    const d = upfront(item) ?? byPerformance(item, settings);
    drafts.set(item.presenceId, { item, into: null, ...d });
  }
  resolveOverlaps(drafts, settings);
  const targetOf = targeter([...drafts.values()].filter(isKept));
  const out = new Map<number, Recommendation>();
  for (const d of drafts.values()) {
    if (takesTarget(d.decision)) {
      d.into ??= targetOf(d);
      if (d.decision !== 'merge')
        d.reasons.push(
          d.into === null ? reason('no_target') : reason('redirect_to', { into: idText(d.into) }),
        );
    }
    out.set(d.item.presenceId, {
      decision: d.decision,
      into: d.into,
      reasons: [...d.reasons, ...followUps(d)],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Conflicts between decisions

export const CONFLICT_CODES = [
  'not_in_audit',
  'merge_needs_into',
  'into_not_allowed',
  'into_self',
  'into_not_in_audit',
  'into_ending',
  'has_dependents',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

export interface DecisionState {
  items: Map<
    number,
    {
      status: PresenceStatus;
      decision: Decision | null;
      recommendation: Decision;
      /** The decided target when decided, else the recommended one. */
      into: number | null;
    }
  >;
}

const conflict = (code: ConflictCode, params: Record<string, string | number> = {}) => ({
  code: `audit.conflict.${code}`,
  params,
});

/** Why a decision cannot be taken as it stands, or null when it can. */
export function checkDecision(
  input: { presenceId: number; decision: Decision; into: number | null },
  state: DecisionState,
): { code: string; params: Record<string, string | number> } | null {
  const { presenceId: id, decision, into } = input;
  if (!state.items.has(id)) return conflict('not_in_audit', { id: idText(id) });
  const ending = isEnding(decision);
  if (decision === 'merge' && into === null) return conflict('merge_needs_into', { id: idText(id) });
  if (into !== null) {
    // `remove` ends a presence but has no audience to send anywhere.
    if (!takesTarget(decision)) return conflict('into_not_allowed', { id: idText(id), into: idText(into) });
    if (into === id) return conflict('into_self', { id: idText(id) });
    const target = state.items.get(into);
    if (!target) return conflict('into_not_in_audit', { id: idText(id), into: idText(into) });
    if (isEnding(target.decision ?? target.recommendation))
      return conflict('into_ending', { id: idText(id), into: idText(into) });
  }
  if (ending) {
    const dependents = [...state.items]
      .filter(([other, s]) => other !== id && s.decision !== null && isEnding(s.decision) && s.into === id)
      .map(([other]) => other)
      .sort((a, b) => a - b);
    if (dependents.length)
      return conflict('has_dependents', {
        id: idText(id),
        count: dependents.length,
        ids: idList(dependents),
      });
  }
  return null;
}
