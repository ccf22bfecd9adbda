// The audit's fixed vocabularies as the web app shows them: decisions, severities, task statuses,
// KPI choices, with their colours. The lists repeat src/audit/model.ts through records typed by its
// unions (so that a code added there fails the typecheck here) instead of importing its values, which
// would bring zod into every page.
import type {
  Decision,
  FindingCode,
  KpiMetric,
  KpiPeriod,
  MessageLanguage,
  ObjectiveKind,
  Severity,
  TaskKind,
  TaskStatus,
  TemplateKind,
} from '../../../src/audit/model';
import type { PresenceStatus } from '../../../src/registry/model';

const keys = <K extends string>(r: Record<K, unknown>) => Object.keys(r) as K[];

/** Mantine colour and chart colour of each decision, in the order the method reads them. */
export const DECISION_LOOK: Record<Decision, { color: string; hex: string }> = {
  invest: { color: 'teal', hex: '#12b886' },
  maintain: { color: 'blue', hex: '#4dabf7' },
  claim: { color: 'cyan', hex: '#22b8cf' },
  investigate: { color: 'yellow', hex: '#fab005' },
  merge: { color: 'violet', hex: '#9775fa' },
  progressive_redirect: { color: 'grape', hex: '#cc5de8' },
  close_redirect: { color: 'red', hex: '#fa5252' },
  remove: { color: 'gray', hex: '#868e96' },
};
export const DECISIONS = keys(DECISION_LOOK);

export {
  ENDING_DECISIONS,
  INTO_DECISIONS,
  KEEPING_DECISIONS as KEEPING,
} from '../../../src/audit/decision-sets';

export const SEVERITY_COLOR: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'gray' };
export const SEVERITIES = keys(SEVERITY_COLOR);
export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every finding, grouped as the review reads them (activity, audience, people, security, charter). */
const FINDINGS: Record<FindingCode, true> = {
  no_data: true,
  abandoned: true,
  abandoned_with_audience: true,
  dormant: true,
  status_differs: true,
  low_cadence: true,
  low_engagement: true,
  audience_declining: true,
  no_replies: true,
  no_owner: true,
  owner_left: true,
  no_custodian: true,
  custodian_left: true,
  personal_recovery: true,
  mfa_off: true,
  mfa_unknown: true,
  dead_platform: true,
  name_off_charter: true,
  bio_without_link: true,
  language_off_charter: true,
  overlap: true,
  discovered: true,
  no_objective: true,
};
export const FINDING_CODES = keys(FINDINGS);

export const TASK_STATUS_COLOR: Record<TaskStatus, string> = {
  todo: 'gray',
  doing: 'blue',
  done: 'teal',
  skipped: 'dark',
};
export const TASK_STATUSES = keys(TASK_STATUS_COLOR);

const TASKS: Record<TaskKind, true> = {
  post_redirect: true,
  update_bio: true,
  export_archive: true,
  revoke_access: true,
  delete_or_lock: true,
  publish_poll: true,
  redirect_post: true,
  measure_followers: true,
  remove_links: true,
  archive_record: true,
  mark_archived: true,
  claim_account: true,
  recover_credentials: true,
  assign_owner: true,
  assign_custodian: true,
  enable_mfa: true,
  corporate_recovery: true,
  set_objective_kpis: true,
  investigate: true,
};
export const TASK_KINDS = keys(TASKS);

const TEMPLATES: Record<TemplateKind, true> = { redirect: true, poll: true, bio: true, redirect_post: true };
export const TEMPLATE_KINDS = keys(TEMPLATES);
const LANGS: Record<MessageLanguage, true> = { fr: true, en: true };
export const MESSAGE_LANGUAGES = keys(LANGS);

const OBJECTIVES: Record<ObjectiveKind, true> = {
  awareness: true,
  engagement: true,
  customer_care: true,
  traffic: true,
  leads: true,
  recruitment: true,
  press: true,
  information: true,
};
export const OBJECTIVE_KINDS = keys(OBJECTIVES);

const METRICS: Record<KpiMetric, true> = {
  audience: true,
  audience_growth: true,
  posts_per_week: true,
  engagement_per_post: true,
  reply_rate: true,
  response_time_hours: true,
  visits: true,
  clicks: true,
  leads: true,
  applications: true,
};
export const KPI_METRICS = keys(METRICS);
/** Metrics whose target is a share (0.1 = 10 %), typed and shown as a percentage. */
export const SHARE_METRICS: readonly KpiMetric[] = ['audience_growth', 'reply_rate'];

const PERIODS: Record<KpiPeriod, true> = { month: true, quarter: true, year: true };
export const KPI_PERIODS = keys(PERIODS);

export function isDecision(v: string | null | undefined): v is Decision {
  return (DECISIONS as readonly string[]).includes(v ?? '');
}

/** The registry status a decision gives the presence (STATUS_AFTER in src/audit/model.ts). */
export const STATUS_AFTER: Record<Decision, PresenceStatus | null> = {
  invest: 'active',
  maintain: 'active',
  merge: 'closing',
  close_redirect: 'closing',
  progressive_redirect: 'redirecting',
  remove: 'closing',
  claim: null,
  investigate: null,
};

const COMMON_PLACEHOLDERS = [
  'organisation',
  'name',
  'target_name',
  'target_platform',
  'target_url',
  'date',
] as const;

/** The placeholders each kind of message may use (TEMPLATE_PLACEHOLDERS in src/audit/templates.ts). */
export const TEMPLATE_PLACEHOLDERS: Record<TemplateKind, readonly string[]> = {
  redirect: COMMON_PLACEHOLDERS,
  bio: COMMON_PLACEHOLDERS,
  poll: [...COMMON_PLACEHOLDERS, 'weeks'],
  redirect_post: [...COMMON_PLACEHOLDERS, 'n', 'count', 'weeks'],
};
