// The action plan of one decided presence (method steps d, f, g, h): the tasks, in order, with their
// due dates, their owner and, for the messages to publish, the text rendered for the platform. And the
// KPIs suggested for an objective (step h). Pure and deterministic: dates come from the decision's
// day, in UTC.
import { addDays } from '../core/clock';
import { platformName } from '../registry/urls/platforms';
import type {
  Decision,
  KpiInput,
  MessageLanguage,
  ObjectiveKind,
  RuleSettings,
  TaskKind,
  Template,
  TemplateKind,
} from './model';
import { type MessageValues, renderMessage } from './templates';

export interface PlanInput {
  decision: Decision;
  /** YYYY-MM-DD: the day the decision was taken; every due date counts from it. */
  decidedOn: string;
  settings: RuleSettings;
  presence: {
    id: number;
    platform: string;
    handle: string | null;
    name: string | null;
    ownerId: number | null;
    ownerLeft: boolean;
    custodianId: number | null;
    custodianLeft: boolean;
    mfa: 'on' | 'off' | 'unknown';
    recovery: 'corporate' | 'personal' | 'unknown';
    objective: string | null;
  };
  /** Where the audience is sent (merge, close, progressive redirect); null when none was chosen. */
  target: { id: number; platform: string; handle: string | null; name: string | null; url: string } | null;
  organisation: string;
  language: MessageLanguage;
  templates: Template[];
  /** Who answers for the unit: the owner of last resort for the tasks. */
  unitManagerId?: number | null;
}

export interface TaskDraft {
  kind: TaskKind;
  /** 1, 2, 3… in the order the tasks are to be done. */
  step: number;
  /** What fills the task's title (`audit.task.<kind>` in plan-messages.ts). */
  params: Record<string, string | number>;
  /** The text to publish, for the message tasks; null for the others, or when there is no target. */
  message: string | null;
  ownerId: number | null;
  dueOn: string;
}

/** A task before it is numbered: its due date as days after the decision. */
interface Draft {
  kind: TaskKind;
  day: number;
  params?: Record<string, string | number>;
  message?: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<MessageLanguage, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A day as a message writes it: `1er mars 2025`, `15 March 2025` (no locale data needed). */
export function formatDate(day: string, language: MessageLanguage): string {
  const [y, m, d] = addDays(day, 0).split('-').map(Number) as [number, number, number];
  const dd = language === 'fr' && d === 1 ? '1er' : String(d);
  return `${dd} ${MONTHS[language][m - 1]} ${y}`;
}

// ---------------------------------------------------------------------------------------------------
// Who does the tasks

/** The presence's owner if still here, else its credential custodian, else the unit's manager. */
export function taskOwner(p: PlanInput['presence'], unitManagerId?: number | null): number | null {
  if (p.ownerId !== null && !p.ownerLeft) return p.ownerId;
  if (p.custodianId !== null && !p.custodianLeft) return p.custodianId;
  return unitManagerId ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Messages

function targetParams(input: PlanInput): Record<string, string | number> {
  const t = input.target;
  // Without a target, the titles still read: the audience is pointed at the organisation.
  if (!t) return { target: input.organisation, target_url: '' };
  return {
    target: `${t.name ?? t.handle ?? t.url} (${platformName(t.platform)})`,
    target_url: t.url,
    target_id: t.id,
  };
}

function baseValues(input: PlanInput, closesOn: string): MessageValues {
  const { presence: p, target: t } = input;
  return {
    organisation: input.organisation,
    name: p.name ?? p.handle ?? platformName(p.platform),
    target_name: t ? (t.name ?? t.handle ?? '') : '',
    target_platform: t ? platformName(t.platform) : '',
    target_url: t?.url ?? '',
    date: formatDate(closesOn, input.language),
  };
}

/** The message to publish on the presence; none without a target (a redirect must say where to go). */
function message(input: PlanInput, kind: TemplateKind, values: MessageValues): string | null {
  if (!input.target) return null;
  return renderMessage(kind, input.language, input.presence.platform, values, input.templates).text;
}

// ---------------------------------------------------------------------------------------------------
// Plans per decision

/** Step f (close_redirect, merge): say where to go, then archive, cut access, close. */
function closePlan(input: PlanInput): Draft[] {
  const t = input.settings.taskDays;
  const values = baseValues(input, addDays(input.decidedOn, 5 * t));
  const target = targetParams(input);
  return [
    { kind: 'post_redirect', day: t, params: target, message: message(input, 'redirect', values) },
    { kind: 'update_bio', day: 2 * t, params: target, message: message(input, 'bio', values) },
    { kind: 'export_archive', day: 3 * t },
    { kind: 'revoke_access', day: 4 * t },
    { kind: 'delete_or_lock', day: 5 * t },
  ];
}

/**
 * Step g (progressive_redirect): the poll runs for taskDays; the redirect posts then spread evenly
 * over redirectWeeks weeks, the first as soon as the poll ends; at the end of the period, how much of
 * the audience followed is measured, then the account is closed as in step f.
 */
function progressivePlan(input: PlanInput): Draft[] {
  const { taskDays: t, redirectPosts: count, redirectWeeks: weeks } = input.settings;
  const pollEnds = 2 * t;
  const measured = pollEnds + weeks * 7;
  const closes = addDays(input.decidedOn, measured + 4 * t);
  const values = { ...baseValues(input, closes), weeks };
  const target = targetParams(input);
  const posts: Draft[] = Array.from({ length: count }, (_, i) => ({
    kind: 'redirect_post',
    day: pollEnds + Math.floor((i * weeks * 7) / count),
    params: { ...target, n: i + 1, count },
    message: message(input, 'redirect_post', { ...values, n: i + 1, count }),
  }));
  const poll = { ...values, date: formatDate(addDays(input.decidedOn, pollEnds), input.language) };
  return [
    { kind: 'publish_poll', day: t, params: target, message: message(input, 'poll', poll) },
    ...posts,
    {
      kind: 'measure_followers',
      day: measured,
      params: {
        ...target,
        from: addDays(input.decidedOn, pollEnds),
        to: addDays(input.decidedOn, measured),
        weeks,
      },
    },
    { kind: 'update_bio', day: measured + t, params: target, message: message(input, 'bio', values) },
    { kind: 'export_archive', day: measured + 2 * t },
    { kind: 'revoke_access', day: measured + 3 * t },
    { kind: 'delete_or_lock', day: measured + 4 * t },
  ];
}

/** Step d, for a kept presence: whatever is missing among owner, custodian, MFA, corporate recovery. */
function responsibilities(p: PlanInput['presence'], day: number, skip: readonly TaskKind[] = []): Draft[] {
  const out: Draft[] = [];
  if (p.ownerId === null || p.ownerLeft)
    out.push({ kind: 'assign_owner', day, params: { reason: p.ownerId === null ? 'none' : 'left' } });
  if (p.custodianId === null || p.custodianLeft)
    out.push({ kind: 'assign_custodian', day, params: { reason: p.custodianId === null ? 'none' : 'left' } });
  if (p.mfa !== 'on') out.push({ kind: 'enable_mfa', day, params: { mfa: p.mfa } });
  if (p.recovery === 'personal') out.push({ kind: 'corporate_recovery', day });
  return out.filter((d) => !skip.includes(d.kind));
}

function accountParams(p: PlanInput['presence']): Record<string, string> {
  const platform = platformName(p.platform);
  return { platform, account: p.handle ?? p.name ?? platform };
}

/**
 * For a presence on a platform that no longer exists: nothing can be posted or closed there, so the
 * plan is about the organisation's side. Take down what still points to it (websites, e-mail
 * signatures, brochures), keep what is known of it, then mark it archived in the registry: an
 * archived presence is history (it leaves the audits and the risk counts) and keeps its record,
 * which suits an account the platform closed for us (`closed` is for one the organisation closed).
 */
function removePlan(input: PlanInput): Draft[] {
  const t = input.settings.taskDays;
  const where = accountParams(input.presence);
  return [
    { kind: 'remove_links', day: t, params: where },
    { kind: 'archive_record', day: 2 * t, params: where },
    { kind: 'mark_archived', day: 3 * t, params: where },
  ];
}

function claimPlan(input: PlanInput): Draft[] {
  const t = input.settings.taskDays;
  const p = input.presence;
  const where = accountParams(p);
  return [
    { kind: 'claim_account', day: t, params: where },
    { kind: 'recover_credentials', day: 2 * t, params: where },
    // Once the account is back, whoever held it before is no longer its owner or custodian.
    { kind: 'assign_owner', day: 3 * t },
    { kind: 'assign_custodian', day: 3 * t },
    ...responsibilities(p, 3 * t, ['assign_owner', 'assign_custodian']),
  ];
}

function drafts(input: PlanInput): Draft[] {
  const t = input.settings.taskDays;
  const p = input.presence;
  switch (input.decision) {
    case 'close_redirect':
    case 'merge':
      return closePlan(input);
    case 'progressive_redirect':
      return progressivePlan(input);
    case 'remove':
      return removePlan(input);
    case 'claim':
      return claimPlan(input);
    case 'investigate':
      return [{ kind: 'investigate', day: t, params: accountParams(p) }, ...responsibilities(p, 2 * t)];
    case 'invest': {
      const first = responsibilities(p, t);
      // Step h once someone answers for the presence (step d).
      const kpis: Draft = {
        kind: 'set_objective_kpis',
        day: first.length ? 2 * t : t,
        params: p.objective ? { objective: p.objective } : {},
      };
      return [...first, kpis];
    }
    case 'maintain':
      return responsibilities(p, t);
  }
}

export function planFor(input: PlanInput): TaskDraft[] {
  const ownerId = taskOwner(input.presence, input.unitManagerId);
  return drafts(input).map((d, i) => ({
    kind: d.kind,
    step: i + 1,
    params: d.params ?? {},
    message: d.message ?? null,
    ownerId,
    dueOn: addDays(input.decidedOn, d.day),
  }));
}

// ---------------------------------------------------------------------------------------------------
// KPIs (step h)

export interface KpiFacts {
  audience: number | null;
  postsPerWeek: number | null;
  engagementPerPost: number | null;
}

const known = (v: number | null): v is number => v !== null && Number.isFinite(v) && v > 0;
const oneDecimal = (v: number) => Math.round(v * 10) / 10;
const baseline = (v: number | null) => (v !== null && Number.isFinite(v) && v >= 0 ? v : null);

/**
 * At least one KPI with a target and a period for an objective: the measure that says whether the
 * presence serves it, with a target derived from the current figures when they are known, else a
 * modest starting point to revise once measured. Shares are fractions (0.1 = 10 %).
 */
export function suggestKpis(kind: ObjectiveKind | null, facts: KpiFacts): KpiInput[] {
  const { audience, postsPerWeek: ppw, engagementPerPost: epp } = facts;
  const kpi = (
    objective: ObjectiveKind,
    metric: KpiInput['metric'],
    target: number,
    period: KpiInput['period'],
    baseline: number | null = null,
  ): KpiInput => ({ objective, metric, target, period, baseline });
  // A share of the audience per period, at least `floor` (for visits, leads, applications).
  const ofAudience = (share: number, floor: number) =>
    known(audience) ? Math.max(floor, Math.round(audience * share)) : floor;
  const cadence = (objective: ObjectiveKind, floor: number) =>
    kpi(
      objective,
      'posts_per_week',
      Math.max(floor, known(ppw) ? Math.ceil(ppw) : 0),
      'month',
      baseline(ppw),
    );

  switch (kind) {
    case 'awareness':
      return [
        kpi('awareness', 'audience_growth', 0.1, 'quarter'),
        ...(known(audience)
          ? [kpi('awareness', 'audience', Math.ceil(audience * 1.1), 'quarter', audience)]
          : []),
      ];
    case 'engagement':
      return [
        known(epp)
          ? kpi('engagement', 'engagement_per_post', Math.max(0.1, oneDecimal(epp * 1.2)), 'quarter', epp)
          : kpi('engagement', 'engagement_per_post', 10, 'quarter'),
      ];
    case 'customer_care':
      return [
        kpi('customer_care', 'reply_rate', 0.9, 'month'),
        kpi('customer_care', 'response_time_hours', 24, 'month'),
      ];
    case 'traffic':
      // Rule of thumb: 2 % of the audience clicking through each month; some clicks never become visits.
      return [
        kpi('traffic', 'clicks', ofAudience(0.02, 50), 'month'),
        kpi('traffic', 'visits', ofAudience(0.015, 40), 'month'),
      ];
    case 'leads':
      return [kpi('leads', 'leads', ofAudience(0.001, 5), 'quarter')];
    case 'recruitment':
      return [kpi('recruitment', 'applications', ofAudience(0.001, 5), 'quarter')];
    case 'press':
      return [cadence('press', 1)];
    case 'information':
      return [cadence('information', 2)];
    case null:
      // No objective yet: the basics, until step b sets one.
      return [...suggestKpis('awareness', facts), ...suggestKpis('engagement', facts)];
  }
}
