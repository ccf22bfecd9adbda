// The audit's vocabulary (method steps a–h): settings (thresholds and charter), facts per presence
// with their evidence, findings, recommended and taken decisions, the action plan, message templates
// and KPIs. Types and zod schemas shared by the store, the services, the HTTP API, the CLI and the
// web app. No I/O here.
import { z } from 'zod';
import { idSchema } from '../core/ids';
import { versionSchema } from '../registry/model';
import { NAME_PATTERN_MAX_LENGTH, namePatternProblem } from './charter-pattern';

// ---------------------------------------------------------------------------------------------------
// Decisions (step e–g) and what they do to the registry

export const DECISIONS = [
  'invest',
  'maintain',
  'merge',
  'close_redirect',
  'progressive_redirect',
  /**
   * For a presence on a platform that no longer exists: nobody can post there, so there is nothing
   * to close and no audience to redirect. Remove it from the inventory and from the organisation's
   * websites and signatures.
   */
  'remove',
  'claim',
  'investigate',
] as const;
export type Decision = (typeof DECISIONS)[number];

export { ENDING_DECISIONS, INTO_DECISIONS, KEEPING_DECISIONS } from './decision-sets';

// ---------------------------------------------------------------------------------------------------
// Objectives (step b) and KPIs (step h)

export const OBJECTIVE_KINDS = [
  'awareness',
  'engagement',
  'customer_care',
  'traffic',
  'leads',
  'recruitment',
  'press',
  'information',
] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];

export const KPI_METRICS = [
  'audience',
  'audience_growth',
  'posts_per_week',
  'engagement_per_post',
  'reply_rate',
  'response_time_hours',
  'visits',
  'clicks',
  'leads',
  'applications',
] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

export const KPI_PERIODS = ['month', 'quarter', 'year'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

export const kpiInputSchema = z
  .object({
    objective: z.enum(OBJECTIVE_KINDS),
    metric: z.enum(KPI_METRICS),
    target: z.number().finite().positive().max(1e12),
    period: z.enum(KPI_PERIODS),
    /** The value when the KPI was set, when known (for the later dashboards). */
    baseline: z.number().finite().min(0).max(1e12).nullable().default(null),
  })
  .strict();
export type KpiInput = z.infer<typeof kpiInputSchema>;

export const kpiSchema = kpiInputSchema.extend({
  id: z.number().int(),
  presenceId: z.number().int(),
  auditId: z.number().int().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Kpi = z.infer<typeof kpiSchema>;

// ---------------------------------------------------------------------------------------------------
// Settings: the organisation's thresholds and brand charter (shown and editable in the web app)

export const ruleSettingsSchema = z
  .object({
    /** No activity for this many days: dormant. */
    dormantDays: z.number().int().min(7).max(3650),
    /** No activity for this many days: abandoned (close with a redirect message). */
    abandonedDays: z.number().int().min(30).max(7300),
    /** Fewer posts than this over the last 90 days: the cadence is too low. */
    minPosts90: z.number().int().min(0).max(1000),
    /** Engagement per post (likes + shares + replies + quotes) below this: low engagement. */
    minEngagementPerPost: z.number().min(0).max(1e6),
    /** An audience that fell by more than this share over 90 days is declining (0.1 = 10 %). */
    decliningShare: z.number().min(0.01).max(1),
    /** From this audience on, closing needs a community poll and a progressive redirect (step g). */
    pollAudience: z.number().int().min(0).max(1e9),
    /** An invested presence needs at least this audience and this cadence… */
    investAudience: z.number().int().min(0).max(1e9),
    investPosts90: z.number().int().min(0).max(1000),
    /** …and this engagement per post. */
    investEngagementPerPost: z.number().min(0).max(1e6),
    /** Redirect posts a progressive redirect publishes, over how many weeks. */
    redirectPosts: z.number().int().min(1).max(52),
    redirectWeeks: z.number().int().min(1).max(52),
    /** Days given to each task of a closure. */
    taskDays: z.number().int().min(1).max(365),
    charter: z
      .object({
        /** An RE2 pattern the display name must match (e.g. `^Ombreval`); empty: not checked. */
        namePattern: z.string().max(NAME_PATTERN_MAX_LENGTH),
        /** A link every bio must hold (e.g. `ombreval.example`); empty: not checked. */
        requiredLink: z.string().max(200),
        /** Languages the organisation publishes in; a presence in another one is off-charter. */
        languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)).max(30),
      })
      .strict(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.abandonedDays <= s.dormantDays)
      ctx.addIssue({
        code: 'custom',
        path: ['abandonedDays'],
        message: 'must be more than dormantDays',
        params: { vigie: 'audit.settings.abandoned_before_dormant' },
      });
    // A pattern over the length limit is already refused, and is not compiled.
    const problem =
      s.charter.namePattern.length <= NAME_PATTERN_MAX_LENGTH
        ? namePatternProblem(s.charter.namePattern)
        : null;
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['charter', 'namePattern'],
        message: 'is not a pattern Vigie accepts (RE2 syntax, no backreference or lookaround)',
        params: { vigie: problem.code, ...problem.params },
      });
  });
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;

// ---------------------------------------------------------------------------------------------------
// Facts per presence (step c), each with its evidence

/** Where a fact comes from, so that a person can check it. */
export type Evidence =
  | { source: 'posts'; posts: number; first: string | null; last: string | null }
  | { source: 'metrics'; days: number; first: string | null; last: string | null }
  | { source: 'registry'; field: string; value: string | number | null; on?: string | null }
  | { source: 'catalogue'; platform: string }
  | { source: 'none' };

export interface Fact<T> {
  value: T;
  evidence: Evidence;
}

export interface AuditFacts {
  /** Days between the last activity known and the audit's date; null: never known. */
  daysSinceActivity: Fact<number | null>;
  /** Posts over the 90 days before the audit's date; null: no post data for this presence. */
  posts90: Fact<number | null>;
  postsPerWeek: Fact<number | null>;
  audience: Fact<number | null>;
  /** Relative change of the audience over 90 days (-0.2 = lost 20 %); null: not enough data. */
  audienceTrend: Fact<number | null>;
  /** Mean likes + shares + replies + quotes per post over 90 days (else over all posts). */
  engagementPerPost: Fact<number | null>;
  /** Share of the posts over 90 days that answer someone (replies); null: no post data. */
  replyRate: Fact<number | null>;
  owner: Fact<'none' | 'left' | 'active'>;
  custody: Fact<{
    custodian: 'none' | 'left' | 'active';
    recovery: 'corporate' | 'personal' | 'unknown';
    mfa: 'on' | 'off' | 'unknown';
  }>;
  platformAlive: Fact<boolean>;
  /** Brand charter: null when the charter does not check it or the data is unknown. */
  charter: Fact<{ name: boolean | null; link: boolean | null; language: boolean | null }>;
  /** Other live presences of the same unit on the same platform sharing a language (ids). */
  overlaps: Fact<number[]>;
  objective: Fact<{ text: string | null; kind: ObjectiveKind | null }>;
}

// ---------------------------------------------------------------------------------------------------
// Findings and recommendations (computed by rules.ts)

export const FINDING_CODES = [
  'no_data',
  'abandoned',
  'dormant',
  'status_differs',
  'low_cadence',
  'low_engagement',
  'audience_declining',
  'no_replies',
  'abandoned_with_audience',
  'no_owner',
  'owner_left',
  'no_custodian',
  'custodian_left',
  'personal_recovery',
  'mfa_off',
  'mfa_unknown',
  'dead_platform',
  'name_off_charter',
  'bio_without_link',
  'language_off_charter',
  'overlap',
  'discovered',
  'no_objective',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding: a code (its text is in the catalogue, `audit.finding.<code>`) and what fills it. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  params: Record<string, string | number>;
}

/** A reason, in words a person can check: `audit.reason.<code>` in the catalogue, filled with params. */
export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

export interface Recommendation {
  decision: Decision;
  /** The presence to merge into, or to redirect the audience to (close, progressive redirect). */
  into: number | null;
  reasons: Reason[];
}

// ---------------------------------------------------------------------------------------------------
// Audits, items, plan

export const AUDIT_STATUSES = ['open', 'closed'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

export const auditRunSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    unitId: idSchema.nullable().default(null),
    /** YYYY-MM-DD; default today. */
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();
export type AuditRun = z.infer<typeof auditRunSchema>;

/** The presence as the audit saw it (frozen, so that a later audit can be compared with it). */
export interface PresenceSnapshot {
  platform: string;
  handle: string | null;
  url: string;
  name: string | null;
  unitId: number | null;
  unit: string | null;
  owner: string | null;
  status: string;
  audience: number | null;
  languages: string[];
}

export interface AuditItem {
  presenceId: number;
  presence: PresenceSnapshot;
  facts: AuditFacts;
  findings: Finding[];
  recommendation: Recommendation;
  decision: {
    decision: Decision;
    into: number | null;
    reason: string;
    by: string;
    /** The decider's name (`by` is their login); null for one not a user (the CLI, a user gone). */
    byName: string | null;
    at: string;
  } | null;
}

export interface AuditSummary {
  id: number;
  name: string;
  unitId: number | null;
  unit: string | null;
  asOf: string;
  status: AuditStatus;
  createdAt: string;
  createdBy: string;
  /** The name of whoever ran it (`createdBy` is their login); null when not a user. */
  createdByName: string | null;
  previousId: number | null;
  presences: number;
  decided: number;
  /** Presences kept once every decision is carried out (recommended where not yet decided). */
  kept: number;
  byRecommendation: Partial<Record<Decision, number>>;
  byDecision: Partial<Record<Decision, number>>;
  tasks: { total: number; done: number };
}

export interface Audit extends AuditSummary {
  settings: RuleSettings;
  items: AuditItem[];
}

export const decideSchema = z
  .object({
    decision: z.enum(DECISIONS),
    into: idSchema.nullable().default(null),
    reason: z.string().trim().min(3).max(2000),
    /** Responsibilities assigned in the same flow (step d); omitted fields are left as they are. */
    ownerId: idSchema.nullable().optional(),
    deputyId: idSchema.nullable().optional(),
    custodianId: idSchema.nullable().optional(),
    unitId: idSchema.nullable().optional(),
    /**
     * The presence's version the decider saw (optional): a decision on a presence changed since is
     * refused (409, naming what changed), as a stale edit of the presence is.
     */
    version: versionSchema.optional(),
  })
  .strict();
export type DecideInput = z.infer<typeof decideSchema>;

/** At most this many presences are accepted at once (one transaction; a few seconds for the most). */
export const ACCEPT_MAX = 1000;

/**
 * Accepting the recommendation for many presences at once, with one reason: each takes the decision
 * recommended for it (with its target). The ids are each presence once (the service refuses a repeat,
 * naming it in the reader's language).
 */
export const acceptSchema = z
  .object({
    presenceIds: z.array(idSchema).min(1).max(ACCEPT_MAX),
    reason: z.string().trim().min(3).max(2000),
  })
  .strict();
export type AcceptInput = z.infer<typeof acceptSchema>;

/** What a bulk accept did: the presences decided, those left as they were (decided meanwhile), the tasks added. */
export interface AcceptResult {
  accepted: number[];
  /** Already decided when the accept ran (by someone else meanwhile): their decision is kept. */
  skipped: number[];
  tasks: number;
}

/**
 * What each decision does to the registry status once taken. `remove` makes it `closing` (on its
 * way out) while its tasks are done; the last of them marks it `archived` in the registry.
 */
export const STATUS_AFTER: Record<Decision, string | null> = {
  invest: 'active',
  maintain: 'active',
  merge: 'closing',
  close_redirect: 'closing',
  progressive_redirect: 'redirecting',
  remove: 'closing',
  claim: null,
  investigate: null,
};

export const TASK_KINDS = [
  'post_redirect',
  'update_bio',
  'export_archive',
  'revoke_access',
  'delete_or_lock',
  'publish_poll',
  'redirect_post',
  'measure_followers',
  'remove_links',
  'archive_record',
  'mark_archived',
  'claim_account',
  'recover_credentials',
  'assign_owner',
  'assign_custodian',
  'enable_mfa',
  'corporate_recovery',
  'set_objective_kpis',
  'investigate',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  id: number;
  auditId: number;
  presenceId: number;
  presence: { platform: string; handle: string | null; name: string | null; unit: string | null };
  /** The presence's unit now (plan progress is shown per unit). */
  unitId: number | null;
  kind: TaskKind;
  /** Order of the task within its presence's plan. */
  step: number;
  /** What fills the task's title (`audit.task.<kind>`): the redirect target, the post number… */
  params: Record<string, string | number>;
  /** The text to publish, for message tasks (redirect, poll, bio, redirect posts). */
  message: string | null;
  ownerId: number | null;
  owner: string | null;
  dueOn: string;
  status: TaskStatus;
  updatedAt: string;
  updatedBy: string;
}

export const taskPatchSchema = z
  .object({
    status: z.enum(TASK_STATUSES).optional(),
    ownerId: idSchema.nullable().optional(),
    dueOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    message: z.string().max(5000).nullable().optional(),
  })
  .strict();
export type TaskPatch = z.infer<typeof taskPatchSchema>;

// ---------------------------------------------------------------------------------------------------
// Message templates (redirect, poll, bio), per language and platform

export const TEMPLATE_KINDS = ['redirect', 'poll', 'bio', 'redirect_post'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const MESSAGE_LANGUAGES = ['fr', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export interface Template {
  kind: TemplateKind;
  language: MessageLanguage;
  /** A platform id, or `*` for every platform without its own. */
  platform: string;
  body: string;
  /** Whether this is the built-in text (not edited by the organisation). */
  builtIn: boolean;
}

export const templateInputSchema = z
  .object({
    kind: z.enum(TEMPLATE_KINDS),
    language: z.enum(MESSAGE_LANGUAGES),
    platform: z.string().min(1).max(40),
    body: z.string().trim().min(1).max(5000),
  })
  .strict();
export type TemplateInput = z.infer<typeof templateInputSchema>;
