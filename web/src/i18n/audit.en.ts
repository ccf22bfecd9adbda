// English catalogue of the audit's pages (merged under `audit` in en.ts); audit.fr.ts has the same
// keys. Findings, reasons, decisions and tasks arrive from the server as codes with parameters: their
// words are here, mirroring src/audit/messages.ts and plan-messages.ts ({name} there, {{name}} here).
import type {
  Decision,
  FindingCode,
  KpiMetric,
  KpiPeriod,
  ObjectiveKind,
  TaskKind,
  TaskStatus,
  TemplateKind,
} from '../../../src/audit/model';

const decision = {
  invest: 'Invest',
  maintain: 'Maintain',
  merge: 'Merge',
  close_redirect: 'Close with a redirect message',
  progressive_redirect: 'Redirect progressively',
  remove: 'Remove from the inventory and from our websites',
  claim: 'Claim',
  investigate: 'Investigate',
} satisfies Record<Decision, string>;

const decisionHint = {
  invest: 'Keep it and give it means, an objective and KPIs with targets.',
  maintain: 'Keep it as it is, with someone answering for it.',
  merge: 'Fold it into another presence of the audit, then close it.',
  close_redirect: 'Close it, leaving a message that sends its audience to a kept presence.',
  progressive_redirect: 'Poll the community, redirect over several weeks, measure who follows, then close.',
  remove:
    'Its platform no longer exists: nobody can post there. Take the links to it off the websites and signatures, archive what is known of it, then archive it in the registry.',
  claim: 'Get the account back under the organisation’s control first.',
  investigate: 'Find out who runs it and what it does before deciding.',
} satisfies Record<Decision, string>;

/** Short names, for badges and filters. */
const finding = {
  no_data: 'No activity data',
  abandoned: 'Abandoned',
  abandoned_with_audience: 'Abandoned with an audience',
  dormant: 'Dormant',
  status_differs: 'Status out of date',
  low_cadence: 'Too few posts',
  low_engagement: 'Low engagement',
  audience_declining: 'Audience declining',
  no_replies: 'Never answers',
  no_owner: 'No owner',
  owner_left: 'Owner has left',
  no_custodian: 'No credential custodian',
  custodian_left: 'Custodian has left',
  personal_recovery: 'Personal recovery contact',
  mfa_off: 'MFA off',
  mfa_unknown: 'MFA unknown',
  dead_platform: 'Platform closed',
  name_off_charter: 'Name off charter',
  bio_without_link: 'Bio without the link',
  language_off_charter: 'Language off charter',
  overlap: 'Duplicates another presence',
  discovered: 'Found, not registered',
  no_objective: 'No objective',
} satisfies Record<FindingCode, string>;

/**
 * Findings whose sentence counts (`count`, which the server sets to the counted quantity: overlaps,
 * days, posts, interactions, people): i18next plural forms, `_many` for French millions. Reasons
 * that count have plural forms the same way (src/audit/messages.ts says which quantity).
 */
type Counted =
  | 'overlap'
  | 'abandoned'
  | 'dormant'
  | 'status_differs'
  | 'low_cadence'
  | 'low_engagement'
  | 'no_replies'
  | 'abandoned_with_audience';
type Plural<K extends string> = `${K}_${'one' | 'other' | 'many'}`;

/** The findings as sentences, filled with their parameters and the presence's facts. */
const findingText = {
  no_data: 'Nothing is known about this presence: no date of last activity, no posts, no audience figure.',
  abandoned_one: 'No activity for {{duration}} (last on {{last}}): abandoned.',
  abandoned_other: 'No activity for {{duration}} (last on {{last}}): abandoned.',
  abandoned_many: 'No activity for {{duration}} (last on {{last}}): abandoned.',
  dormant_one: 'No activity for {{duration}} (last on {{last}}): dormant.',
  dormant_other: 'No activity for {{duration}} (last on {{last}}): dormant.',
  dormant_many: 'No activity for {{duration}} (last on {{last}}): dormant.',
  status_differs_one:
    'Declared {{declared}} in the registry, but its last activity was {{duration}} ago: {{measured}} by the audit’s thresholds (dormant after {{dormant}} days, abandoned after {{abandoned}}).',
  status_differs_other:
    'Declared {{declared}} in the registry, but its last activity was {{duration}} ago: {{measured}} by the audit’s thresholds (dormant after {{dormant}} days, abandoned after {{abandoned}}).',
  status_differs_many:
    'Declared {{declared}} in the registry, but its last activity was {{duration}} ago: {{measured}} by the audit’s thresholds (dormant after {{dormant}} days, abandoned after {{abandoned}}).',
  low_cadence_one:
    'Only {{posts}} post in 90 days ({{perWeek}} a week), below the expected minimum of {{min}}.',
  low_cadence_other:
    'Only {{posts}} posts in 90 days ({{perWeek}} a week), below the expected minimum of {{min}}.',
  low_cadence_many:
    'Only {{posts}} posts in 90 days ({{perWeek}} a week), below the expected minimum of {{min}}.',
  low_engagement_one:
    '{{value}} interaction per post on average (likes, shares, replies, quotes), below the expected minimum of {{min}}.',
  low_engagement_other:
    '{{value}} interactions per post on average (likes, shares, replies, quotes), below the expected minimum of {{min}}.',
  low_engagement_many:
    '{{value}} interactions per post on average (likes, shares, replies, quotes), below the expected minimum of {{min}}.',
  audience_declining: 'The audience fell by {{percent}} between {{first}} and {{last}}.',
  no_replies_one: '{{posts}} post in 90 days and not a single reply: the audience’s questions go unanswered.',
  no_replies_other:
    '{{posts}} posts in 90 days and not a single reply: the audience’s questions go unanswered.',
  no_replies_many:
    '{{posts}} posts in 90 days and not a single reply: the audience’s questions go unanswered.',
  abandoned_with_audience_one:
    'Abandoned for {{duration}} while {{audience}} person still follows it: their questions and complaints reach nobody.',
  abandoned_with_audience_other:
    'Abandoned for {{duration}} while {{audience}} people still follow it: their questions and complaints reach nobody.',
  abandoned_with_audience_many:
    'Abandoned for {{duration}} while {{audience}} people still follow it: their questions and complaints reach nobody.',
  no_owner: 'No owner: nobody answers for this presence.',
  owner_left: 'Its owner, {{owner}}, has left the organisation.',
  no_custodian: 'Nobody is recorded as holding its credentials.',
  custodian_left: 'Its credentials are held by {{custodian}}, who has left the organisation.',
  personal_recovery:
    'The recovery contact is a personal e-mail address or phone number, not the organisation’s.',
  mfa_off: 'Two-factor authentication is off: a password is all it takes to hijack the account.',
  mfa_unknown: 'Nobody knows whether two-factor authentication is on.',
  dead_platform: '{{platform}} no longer operates.',
  name_off_charter: 'The name “{{name}}” does not follow the charter (pattern {{pattern}}).',
  bio_without_link: 'The bio does not link to {{link}}, as the charter requires.',
  language_off_charter: 'It publishes in a language outside the charter (charter languages: {{languages}}).',
  overlap_one:
    'It duplicates {{count, number}} other presence of the same unit, on the same platform and in the same language: {{ids}}.',
  overlap_other:
    'It duplicates {{count, number}} other presences of the same unit, on the same platform and in the same language: {{ids}}.',
  overlap_many:
    'It duplicates {{count, number}} other presences of the same unit, on the same platform and in the same language: {{ids}}.',
  discovered: 'Found by discovery: nobody had registered it.',
  no_objective: 'No objective is written down for it.',
} satisfies Record<Exclude<FindingCode, Counted> | Plural<Counted>, string>;

/** Why a decision is recommended (`audit.reason.<code>` on the server). */
const reason = {
  already_closing: 'Its closure is already under way.',
  already_redirecting: 'Its progressive redirect is already under way.',
  discovered:
    'Nobody had registered it: claim it first (recover the access, name an owner), then decide its future.',
  no_data:
    'Nothing is known about it: find out who runs it, whether it is active and who follows it before deciding. A presence is never closed blind.',
  activity_unknown_one:
    '{{audience}} person follows it, but nothing is known of its activity: check it before deciding.',
  activity_unknown_other:
    '{{audience}} people follow it, but nothing is known of its activity: check it before deciding.',
  activity_unknown_many:
    '{{audience}} people follow it, but nothing is known of its activity: check it before deciding.',
  dead_platform:
    '{{platform}} no longer operates: remove the presence from the inventory and the websites, and point to the kept presences instead.',
  dead_platform_closed:
    '{{platform}} closed in {{year}}: remove the presence from the inventory and the websites, and point to the kept presences instead.',
  overlap_merge:
    'It duplicates {{into}} (same unit, platform and language), which is stronger: merge it into that one.',
  overlap_kept: 'The strongest of the duplicates: kept, it takes in {{ids}}.',
  overlap_invest: 'It duplicates {{into}}, but its results justify investing in it: kept as well.',
  abandoned_poll_one:
    'No activity for {{duration}}, but {{audience}} person follows it: poll the community, then redirect progressively, measuring how much of the audience follows.',
  abandoned_poll_other:
    'No activity for {{duration}}, but {{audience}} people follow it: poll the community, then redirect progressively, measuring how much of the audience follows.',
  abandoned_poll_many:
    'No activity for {{duration}}, but {{audience}} people follow it: poll the community, then redirect progressively, measuring how much of the audience follows.',
  abandoned_close_one:
    'No activity for {{duration}} and only {{audience}} follower: close it with a message that redirects to the kept presence.',
  abandoned_close_other:
    'No activity for {{duration}} and only {{audience}} followers: close it with a message that redirects to the kept presence.',
  abandoned_close_many:
    'No activity for {{duration}} and only {{audience}} followers: close it with a message that redirects to the kept presence.',
  abandoned_close_unknown_one:
    'No activity for {{duration}}, audience unknown: close it with a message that redirects to the kept presence, after checking how many follow it.',
  abandoned_close_unknown_other:
    'No activity for {{duration}}, audience unknown: close it with a message that redirects to the kept presence, after checking how many follow it.',
  abandoned_close_unknown_many:
    'No activity for {{duration}}, audience unknown: close it with a message that redirects to the kept presence, after checking how many follow it.',
  dormant_poll_one:
    'Dormant for {{duration}} while {{audience}} person follows it: poll the community, then redirect progressively.',
  dormant_poll_other:
    'Dormant for {{duration}} while {{audience}} people follow it: poll the community, then redirect progressively.',
  dormant_poll_many:
    'Dormant for {{duration}} while {{audience}} people follow it: poll the community, then redirect progressively.',
  dormant_close_one:
    'Dormant for {{duration}} with only {{audience}} follower: close it with a redirect message.',
  dormant_close_other:
    'Dormant for {{duration}} with only {{audience}} followers: close it with a redirect message.',
  dormant_close_many:
    'Dormant for {{duration}} with only {{audience}} followers: close it with a redirect message.',
  dormant_close_unknown_one:
    'Dormant for {{duration}}, audience unknown: close it with a redirect message, after checking how many follow it.',
  dormant_close_unknown_other:
    'Dormant for {{duration}}, audience unknown: close it with a redirect message, after checking how many follow it.',
  dormant_close_unknown_many:
    'Dormant for {{duration}}, audience unknown: close it with a redirect message, after checking how many follow it.',
  keep_audience_one:
    'Its results are weak, but {{audience}} person follows it: keep it and put it back on track rather than lose them.',
  keep_audience_other:
    'Its results are weak, but {{audience}} people follow it: keep it and put it back on track rather than lose them.',
  keep_audience_many:
    'Its results are weak, but {{audience}} people follow it: keep it and put it back on track rather than lose them.',
  low_cadence_one:
    '{{posts}} post in 90 days, below the expected minimum of {{min}}: publish more regularly.',
  low_cadence_other:
    '{{posts}} posts in 90 days, below the expected minimum of {{min}}: publish more regularly.',
  low_cadence_many:
    '{{posts}} posts in 90 days, below the expected minimum of {{min}}: publish more regularly.',
  low_engagement_one: '{{value}} interaction per post, below {{min}}: rethink what it publishes.',
  low_engagement_other: '{{value}} interactions per post, below {{min}}: rethink what it publishes.',
  low_engagement_many: '{{value}} interactions per post, below {{min}}: rethink what it publishes.',
  invest:
    'It delivers (followers: {{audience}}; posts in 90 days: {{posts}}; interactions per post: {{engagement}}): invest in it and set its KPIs.',
  maintain_one:
    'Active (last activity {{duration}} ago) but short of the bar for investment (followers: {{audience}}; posts in 90 days: {{posts}}; interactions per post: {{engagement}}): maintain it.',
  maintain_other:
    'Active (last activity {{duration}} ago) but short of the bar for investment (followers: {{audience}}; posts in 90 days: {{posts}}; interactions per post: {{engagement}}): maintain it.',
  maintain_many:
    'Active (last activity {{duration}} ago) but short of the bar for investment (followers: {{audience}}; posts in 90 days: {{posts}}; interactions per post: {{engagement}}): maintain it.',
  redirect_to: 'Its audience is sent to {{into}}.',
  no_target: 'No kept presence was found to take in its audience: choose one.',
  assign_owner: 'Assign an owner.',
  reassign_owner: 'Assign a new owner: {{owner}} has left the organisation.',
  assign_custodian: 'Name who holds the credentials.',
  recover_credentials:
    'Recover the credentials held by {{custodian}}, who has left the organisation, and change the password.',
  corporate_recovery: 'Replace the personal recovery contact with one that belongs to the organisation.',
  enable_mfa: 'Turn on two-factor authentication.',
  check_mfa: 'Check whether two-factor authentication is on.',
  set_objective: 'Write down its objective, then its KPIs.',
  charter_name: 'Rename “{{name}}” to follow the charter ({{pattern}}).',
  charter_link: 'Add {{link}} to the bio.',
  charter_language: 'Publish in the charter’s languages ({{languages}}) or have the exception approved.',
  answer_audience_one: 'Answer the audience: {{posts}} post in 90 days, not a single reply.',
  answer_audience_other: 'Answer the audience: {{posts}} posts in 90 days, not a single reply.',
  answer_audience_many: 'Answer the audience: {{posts}} posts in 90 days, not a single reply.',
  audience_declining: 'The audience fell by {{percent}} between {{first}} and {{last}}: find out why.',
};

const taskKind = {
  post_redirect: 'Post the message redirecting the audience to {{target}}',
  update_bio: 'Update the bio so that it points to {{target}}',
  export_archive: 'Export the account’s archive before closing it',
  revoke_access: 'Revoke the access of third-party apps and agencies',
  delete_or_lock: 'Delete the account, or lock it where the platform does not allow deletion',
  publish_poll: 'Poll the community: here or on {{target}}?',
  redirect_post: 'Publish redirect post {{n}} of {{count, number}} towards {{target}}',
  measure_followers: 'Measure how much of the audience followed to {{target}} between {{from}} and {{to}}',
  remove_links:
    'Remove the links to {{account}} ({{platform}}) from the organisation’s websites, e-mail signatures and documents; point to the kept presences instead',
  archive_record:
    'Archive what is known of {{account}} on {{platform}}: its record, the posts and figures imported, any saved copy',
  mark_archived: 'Mark {{account}} ({{platform}}) as archived in the registry',
  claim_account: 'Claim the account {{account}} with {{platform}}',
  recover_credentials: 'Recover the credentials and the recovery contact of {{account}} on {{platform}}',
  assign_owner: 'Appoint an owner',
  assign_custodian: 'Appoint a credential custodian',
  enable_mfa: 'Turn on two-factor authentication',
  corporate_recovery: 'Replace the personal recovery contact with a corporate one',
  set_objective_kpis: 'Set the objective and at least one KPI with its target',
  investigate: 'Find out who runs {{account}} on {{platform}} and whether it belongs to the organisation',
} satisfies Record<TaskKind, string>;

const taskStatus = {
  todo: 'To do',
  doing: 'In progress',
  done: 'Done',
  skipped: 'Not needed',
} satisfies Record<TaskStatus, string>;

const templateKind = {
  redirect: 'Redirect message',
  poll: 'Community poll',
  bio: 'Profile bio',
  redirect_post: 'Progressive redirect post',
} satisfies Record<TemplateKind, string>;

const templateKindHint = {
  redirect: 'Posted on a presence being closed: it tells its audience where to follow the organisation.',
  poll: 'Asks the community of a large presence whether it will follow to the kept one (step g).',
  bio: 'The bio left on a closing presence: it points to the kept one.',
  redirect_post: 'The posts of a progressive redirect, published one after the other over several weeks.',
} satisfies Record<TemplateKind, string>;

const metric = {
  audience: 'Audience',
  audience_growth: 'Audience growth',
  posts_per_week: 'Posts per week',
  engagement_per_post: 'Engagement per post',
  reply_rate: 'Reply rate',
  response_time_hours: 'Response time (hours)',
  visits: 'Website visits',
  clicks: 'Link clicks',
  leads: 'Leads',
  applications: 'Job applications',
} satisfies Record<KpiMetric, string>;

const period = { month: 'Month', quarter: 'Quarter', year: 'Year' } satisfies Record<KpiPeriod, string>;
const periodPer = { month: 'per month', quarter: 'per quarter', year: 'per year' } satisfies Record<
  KpiPeriod,
  string
>;

const objective = {
  awareness: 'Awareness',
  engagement: 'Community engagement',
  customer_care: 'Customer care',
  traffic: 'Traffic to the website',
  leads: 'Leads and sales',
  recruitment: 'Recruitment',
  press: 'Press relations',
  information: 'Information',
} satisfies Record<ObjectiveKind, string>;

export const auditEn = {
  decision,
  decisionHint,
  finding,
  findingText,
  reason,
  taskKind,
  taskStatus,
  templateKind,
  templateKindHint,
  metric,
  period,
  periodPer,
  objective,
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
  // A presence a reason or a task points to that is gone from the audit and the registry.
  deletedPresence: 'a deleted presence',
  deletedPresenceTitle: 'Deleted presence',
  status: { open: 'Under review', reviewed: 'Reviewed', closed: 'Closed' },
  placeholder: {
    organisation: 'The organisation’s name',
    name: 'The name of the presence being closed',
    target_name: 'The name of the presence kept',
    target_platform: 'The platform of the presence kept',
    target_url: 'The address of the presence kept (required)',
    date: 'The closing date (the end of the poll, in a poll)',
    weeks: 'How many weeks the progressive redirect lasts',
    n: 'The number of this redirect post',
    count: 'How many redirect posts there are',
  },
  list: {
    title: 'Audits',
    description:
      'Each audit judges every presence against its objective and recommends a decision; you decide, and the plan follows.',
    settings: 'Rules and templates',
    name: 'Audit',
    scope: 'Scope',
    asOf: 'As of',
    presences: 'Presences',
    decided: 'Decided',
    kept: 'Before → after',
    tasks: 'Tasks done',
    status: 'Status',
    noTasks: 'No task yet',
    wholeOrganisation: 'The whole organisation',
    ranBy: '{{date}} · {{actor}}',
    emptyTitle: 'No audit yet',
    emptyText:
      'An audit takes stock of every presence, measures how far each one served its objective, and recommends what to do with it: invest, maintain, merge or close with a redirect. You review each recommendation, decide, and Vigie draws up the action plan and the messages to publish.',
  },
  run: {
    open: 'Run an audit',
    title: 'Run an audit',
    intro:
      'Vigie reads each presence’s registry record, posts and figures, applies the rules, and recommends a decision for each one. Nothing changes in the registry until you decide.',
    name: 'Name',
    nameHelp: 'Leave empty for a name made of the scope and the date.',
    scope: 'Scope',
    scopeHelp: 'A unit and its sub-units, or the whole organisation.',
    wholeOrganisation: 'The whole organisation',
    asOf: 'As of',
    asOfHelp: 'Activity is counted up to this day.',
    submit: 'Run the audit',
    running: 'Auditing the presences of {{scope}}…',
    progress: 'Audit in progress',
    elapsed: '{{value}} s',
    // `count` is the presences audited; those kept, a second count, are named.
    done_one:
      '“{{name}}”: {{presences}} presence audited; kept once the recommendations are carried out: {{kept}}.',
    done_other:
      '“{{name}}”: {{presences}} presences audited; kept once the recommendations are carried out: {{kept}}.',
    done_many:
      '“{{name}}”: {{presences}} presences audited; kept once the recommendations are carried out: {{kept}}.',
  },
  page: {
    subtitle: '{{scope}} · as of {{date}} · run by {{actor}} on {{ran}}',
    previous: 'Previous audit',
    tabReview: 'Review',
    tabPlan: 'Action plan',
  },
  figures: {
    beforeAfter: 'Presences, before → after',
    beforeAfterHint:
      'Audited, then kept once every decision is carried out (recommendations where not yet decided).',
    // `count` is the presences before.
    beforeAfterLabel_one: '{{before}} presence before, {{after}} after',
    beforeAfterLabel_other: '{{before}} presences before, {{after}} after',
    beforeAfterLabel_many: '{{before}} presences before, {{after}} after',
    ending: 'To close or merge',
    endingHint:
      'Closed with a redirect, redirected progressively, merged into another presence, or removed (platform closed).',
    decided: 'Decisions taken',
    decidedHint: '{{value}} still to decide.',
    tasks: 'Tasks done',
    tasksHint: 'Tasks of the action plan that are done or not needed.',
  },
  charts: {
    byDecision: 'Recommended and decided',
    byDecisionHint:
      'What the rules recommend, and what has been decided so far. Click a bar to filter the review.',
    byDecisionLabel: 'Presences by recommended and decided decision',
    recommended: 'Recommended',
    decided: 'Decided',
    byPlatform: 'By platform',
    byPlatformHint: 'What each platform comes to: the decision taken, else the one recommended.',
    byPlatformLabel: 'Presences per platform, by decision',
  },
  review: {
    search: 'Search a presence',
    presence: 'Presence',
    days: 'Silent for',
    perWeek: 'Posts a week',
    audience: 'Audience',
    perPost: 'Eng. per post',
    findings: 'Findings',
    finding: 'Finding',
    allFindings: 'All findings',
    recommendation: 'Recommendation',
    allRecommendations: 'All recommendations',
    decision: 'Decision',
    toDecide: 'To decide',
    changed: 'Differs from the recommendation',
    noFinding: 'Nothing to report',
    decidedAll: 'All',
    decidedNo: 'To decide ({{value}})',
    decidedYes: 'Decided',
    decidedChanged: 'Changed',
    count_one: '{{value}} presence of {{total}}',
    count_other: '{{value}} presences of {{total}}',
    count_many: '{{value}} presences of {{total}}',
    noneFiltered: 'No presence of this audit matches these filters.',
    openRow: 'Review {{name}}',
  },
  accept: {
    open_one: 'Accept the recommendation for the {{value}} presence shown still to decide',
    open_other: 'Accept the recommendation for the {{value}} presences shown still to decide',
    open_many: 'Accept the recommendation for the {{value}} presences shown still to decide',
    title_one: 'Accept the recommendation for {{value}} presence',
    title_other: 'Accept the recommendation for {{value}} presences',
    title_many: 'Accept the recommendation for {{value}} presences',
    intro:
      'Each presence gets the decision recommended for it (towards the presence it names, if any), with the one reason below, kept in its history; its tasks are added to the action plan. All or nothing: if one is refused, none is decided.',
    summary: 'What will be decided',
    reason: 'Reason, for each of them',
    reasonHelp: 'Kept in the history of each presence.',
    useStandard: 'Use a standard reason',
    standardReason: 'Recommendations of the audit accepted after review of the filtered list.',
    tooMany: 'At most {{max}} presences at a time: narrow the filters.',
    submit_one: 'Accept for {{value}} presence',
    submit_other: 'Accept for {{value}} presences',
    submit_many: 'Accept for {{value}} presences',
    running_one: 'Deciding for {{value}} presence, in one go…',
    running_other: 'Deciding for {{value}} presences, in one go…',
    running_many: 'Deciding for {{value}} presences, in one go…',
    progress: 'Accepting the recommendations',
    elapsed: '{{value}} s',
    done_one: '{{value}} recommendation accepted; tasks added to the action plan: {{tasks}}.',
    done_other: '{{value}} recommendations accepted; tasks added to the action plan: {{tasks}}.',
    done_many: '{{value}} recommendations accepted; tasks added to the action plan: {{tasks}}.',
    skipped_one: '{{value}} presence decided meanwhile was left as it was.',
    skipped_other: '{{value}} presences decided meanwhile were left as they were.',
    skipped_many: '{{value}} presences decided meanwhile were left as they were.',
    refused: 'Nothing was decided',
    openRefused: 'Open this presence',
  },
  item: {
    openPresence: 'Presence page',
    position: '{{index}} of {{total}}',
    previous: 'Previous presence',
    next: 'Next presence',
    recommended: 'Recommended',
    noReason: 'No reason given.',
    decision: 'Decision',
    findings: 'Findings',
    facts: 'Facts',
    factsHint: 'As of {{date}}, each with where it comes from.',
    keys: 'Keyboard shortcuts',
    keyNext: 'next',
    keyPrevious: 'previous',
    keyAccept: 'accept the recommendation and go on',
    keySave: 'in the reason: record and go to the next',
  },
  facts: {
    daysSinceActivity: 'Days since the last activity',
    never: 'Never known',
    posts90: 'Posts over 90 days',
    postsPerWeek: 'Posts per week',
    audience: 'Audience',
    audienceTrend: 'Audience over 90 days',
    trendLabel: 'Audience over 90 days: {{value}}',
    engagementPerPost: 'Engagement per post',
    replyRate: 'Share of posts answering someone',
    ownerActive: 'In the organisation',
    nobody: 'nobody',
    person: { none: 'Nobody', left: 'Has left the organisation', active: 'In the organisation' },
    platformAlive: 'Platform',
    platformOpen: 'Still operating',
    platformClosed: 'Shut down',
    charterName: 'Name as the charter says',
    charterLink: 'Link in the bio',
    charterLanguage: 'Language of the charter',
    charterOk: 'Yes',
    charterKo: 'No',
    notChecked: 'Not checked',
    overlaps: 'Duplicates',
    noOverlap: 'None',
    noObjective: 'None written down',
  },
  evidence: {
    posts_one: 'From {{value}} imported post, {{first}} to {{last}}.',
    posts_other: 'From {{value}} imported posts, {{first}} to {{last}}.',
    posts_many: 'From {{value}} imported posts, {{first}} to {{last}}.',
    postsNone: 'No post imported for this presence.',
    metrics_one: 'From {{value}} day of imported figures, {{first}} to {{last}}.',
    metrics_other: 'From {{value}} days of imported figures, {{first}} to {{last}}.',
    metrics_many: 'From {{value}} days of imported figures, {{first}} to {{last}}.',
    metricsNone: 'No figures imported for this presence.',
    registry: 'Registry, {{field}}: {{value}}.',
    registryOn: 'Registry, {{field}}: {{value}} (on {{on}}).',
    catalogue: 'Platform catalogue: {{platform}}.',
    none: 'No data.',
  },
  decide: {
    decision: 'Decision',
    recommended: '{{decision}} (recommended)',
    into: 'Towards',
    intoPlaceholder: 'Choose a presence of this audit',
    intoMergeHelp: 'The presence it merges into.',
    intoRedirectHelp: 'Where its audience is sent.',
    intoRequired: 'A merge needs the presence it merges into.',
    intoKept: 'Kept',
    intoClosing: 'Being closed or merged',
    reason: 'Reason',
    reasonHelpAccept: 'Why you accept the recommendation; kept in the history of the presence.',
    reasonHelpChange: 'Why you decide otherwise than recommended; kept in the history of the presence.',
    reasonShort: 'Write at least 3 characters.',
    useReasons: 'Use the recommendation’s reasons',
    responsibilities: 'Who answers for it',
    responsibilitiesHelp: 'Prefilled with the registry; what you change here is saved with the decision.',
    statusAfter: 'Its status will become “{{status}}”, and its tasks will be added to the action plan.',
    accept: 'Accept the recommendation',
    change: 'Record this decision',
    conflict: 'This decision conflicts with another one',
    stale: 'This presence changed since you opened it: check it as it is now, then decide again',
    staleNext:
      'The drawer now shows it as it is, and your reason is kept: check, then record the decision again.',
    done_one: 'Decision recorded: {{value}} task added to the action plan.',
    done_other: 'Decision recorded: {{value}} tasks added to the action plan.',
    done_many: 'Decision recorded: {{value}} tasks added to the action plan.',
    by: 'Decided by {{actor}} on {{date}}',
    changeTaken: 'Change',
    undo: 'Withdraw',
    undoHelp: 'Withdrawing the decision removes the tasks not started yet; those started stay in the plan.',
    undone: 'Decision withdrawn.',
    acceptedReason: 'Recommendation accepted after review.',
    checkReason:
      'Reason filled in from the recommendation: check it, then press A again (or {{keys}} in the field) to record the decision and open the next presence.',
    doneNamed_one: '{{name}}: decision recorded, {{value}} task added to the action plan.',
    doneNamed_other: '{{name}}: decision recorded, {{value}} tasks added to the action plan.',
    doneNamed_many: '{{name}}: decision recorded, {{value}} tasks added to the action plan.',
  },
  kpi: {
    title: 'KPIs',
    hint: 'What the organisation expects of this presence (step h): an indicator tied to its objective, with a target and a period.',
    none: 'No KPI set yet.',
    objective: 'Objective',
    metric: 'Indicator',
    target: 'Target',
    targetPercent: 'Target (%)',
    period: 'Period',
    targetPer: '{{value}} {{period}}',
    baselineShort: 'Today',
    baseline: 'Today: {{value}}',
    add: 'Add',
    added: 'KPI added.',
    remove: 'Remove this KPI',
    removed: 'KPI removed.',
    suggested_one: 'Suggested from its objective and figures ({{value}})',
    suggested_other: 'Suggested from its objective and figures ({{value}})',
    suggested_many: 'Suggested from its objective and figures ({{value}})',
    other: 'Another KPI',
  },
  plan: {
    progressTitle: 'Progress per unit',
    progressHint: 'Tasks done (or not needed) out of all the tasks of each unit’s presences.',
    doneOf: '{{done}} of {{total}} done',
    allOwners: 'All owners',
    count_one: '{{value}} task',
    count_other: '{{value}} tasks',
    count_many: '{{value}} tasks',
    overdueCount_one: '{{value}} overdue',
    overdueCount_other: '{{value}} overdue',
    overdueCount_many: '{{value}} overdue',
    dragHint: 'Move a card with its arrows, or drag it to another column.',
    due: 'Due {{date}}',
    overdue: 'Overdue since {{date}}',
    copy: 'Copy the message',
    copied: 'Copied',
    moveTo: 'Move to',
    moveMenu: 'Move “{{title}}”',
    moveToStatus: 'Move to “{{status}}”',
    emptyColumn: 'No task here',
    more: 'Show more ({{value}} left)',
    emptyTitle: 'No task yet',
    emptyText:
      'Each decision adds its tasks here: the messages to publish, the archive, the access to cut, the owner to appoint.',
  },
  report: {
    menu: 'Report',
    hint: 'In the language of the page',
    html: 'Open as a web page',
    pdf: 'Download the PDF',
    csv: 'Download the findings (CSV)',
  },
  settings: {
    title: 'Audit rules and templates',
    description:
      'The thresholds the audit judges presences by, the brand charter, and the messages a closure publishes. Changes apply to the next audits.',
    tabRules: 'Thresholds and charter',
    tabTemplates: 'Message templates',
    group: {
      activity: 'Activity',
      engagement: 'Engagement and audience',
      decisions: 'Recommendations',
      plan: 'Closing plan',
      charter: 'Brand charter',
    },
    groupHint: {
      activity: 'When a presence counts as dormant or abandoned, and the pace expected of a live one.',
      engagement: 'What counts as a presence its audience no longer answers or is leaving.',
      decisions:
        'What a presence must achieve to be invested in, and from what audience closing it needs a poll.',
      plan: 'The pace of the tasks a decision adds to the action plan.',
      charter: 'What every presence must show. Leave a field empty not to check it.',
    },
    field: {
      dormantDays: {
        label: 'Dormant after',
        help: 'No activity for this many days: dormant.',
        unit: 'days',
      },
      abandonedDays: {
        label: 'Abandoned after',
        help: 'No activity for this many days: abandoned, to close with a redirect. More than the dormant threshold.',
        unit: 'days',
      },
      minPosts90: {
        label: 'Fewest posts over 90 days',
        help: 'Fewer posts than this over 90 days: the cadence is too low.',
        unit: 'posts',
      },
      minEngagementPerPost: {
        label: 'Lowest engagement per post',
        help: 'Likes, shares, replies and quotes per post under this: low engagement.',
        unit: 'per post',
      },
      decliningShare: {
        label: 'Declining audience',
        help: 'An audience that lost more than this share over 90 days is declining.',
        unit: '%',
      },
      investAudience: {
        label: 'Audience to invest',
        help: 'An invested presence needs at least this audience…',
        unit: 'followers',
      },
      investPosts90: {
        label: 'Posts over 90 days to invest',
        help: '…at least this many posts over 90 days…',
        unit: 'posts',
      },
      investEngagementPerPost: {
        label: 'Engagement per post to invest',
        help: '…and at least this engagement per post.',
        unit: 'per post',
      },
      pollAudience: {
        label: 'Poll the community from',
        help: 'From this audience on, closing needs a community poll and a progressive redirect (step g).',
        unit: 'followers',
      },
      redirectPosts: {
        label: 'Redirect posts',
        help: 'How many redirect posts a progressive redirect publishes…',
        unit: 'posts',
      },
      redirectWeeks: {
        label: 'Length of a progressive redirect',
        help: '…over how many weeks.',
        unit: 'weeks',
      },
      taskDays: {
        label: 'Days per task',
        help: 'The time given to each task of a closure.',
        unit: 'days',
      },
      namePattern: {
        label: 'Name pattern',
        help: 'A pattern in RE2 syntax the display name must match, e.g. ^Ombreval. Case counts, unless the pattern starts with (?i); no backreferences or lookarounds.',
      },
      requiredLink: {
        label: 'Link required in the bio',
        help: 'A link every bio must hold, e.g. ombreval.example.',
      },
      languages: {
        label: 'Languages',
        help: 'The languages the organisation publishes in (codes such as fr, en). Press Enter after each.',
      },
    },
    rangeHint: 'From {{min}} to {{max}}; default {{default}}.',
    range: 'Give a value from {{min}} to {{max}}.',
    whole: 'Give a whole number.',
    required: 'Give a value.',
    abandonedBeforeDormant: 'Must be more than the dormant threshold.',
    badPattern: 'Not a valid pattern in RE2 syntax (the problem is at “{{near}}”).',
    patternBackreference:
      'Backreferences such as “{{near}}” are not accepted: patterns are matched in linear time (RE2 syntax).',
    patternLookaround:
      'Lookaheads and lookbehinds such as “{{near}}” are not accepted: patterns are matched in linear time (RE2 syntax).',
    patternTooComplex:
      'Too complex ({{size}} steps once compiled, at most {{max}}): use fewer or smaller repetitions.',
    badLanguages: 'Not language codes: {{value}}.',
    defaults: 'Back to the defaults',
    unsaved: 'Unsaved changes.',
    fixFirst: 'Correct the fields in red to save.',
    appliesNext: 'Changes apply to the audits run after saving; past audits keep their rules.',
    saved: 'Audit rules saved.',
  },
  templates: {
    listTitle: 'Templates in effect',
    listHint:
      'Built-in texts, and those the organisation wrote. A platform without its own text uses the one for every platform.',
    everyPlatform: 'Every platform',
    own: 'Edited',
    builtIn: 'Built-in',
    kind: 'Message',
    body: 'Text',
    inherits:
      'This platform has no text of its own: it uses the one for every platform, shown below. Saving gives it its own.',
    insert: 'Insert:',
    syntax:
      '{placeholder} is filled in for each presence; [[ … ]] marks an optional part, left out when its values are empty or when the text is too long for the platform.',
    save: 'Save the template',
    saved: 'Template saved.',
    revert: 'Back to the built-in text',
    reverted: 'Built-in text restored.',
    preview: 'Preview',
    previewHint: 'Filled for a presence, and counted as the platform counts.',
    previewFor: 'Presence to preview with',
    previewSample: 'Sample presence',
    // `count` is the length.
    length_one: '{{length}} character of {{limit}}',
    length_other: '{{length}} characters of {{limit}}',
    length_many: '{{length}} characters of {{limit}}',
    lengthNoLimit_one: '{{length}} character',
    lengthNoLimit_other: '{{length}} characters',
    lengthNoLimit_many: '{{length}} characters',
    shortened: 'Shortened to fit',
    shortenedHint: 'Optional parts were left out, or the text cut, so that it fits the platform’s limit.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What audit.fr.ts must provide: the same keys as English. */
export type AuditCatalogue = Shape<typeof auditEn>;
