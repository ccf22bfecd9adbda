// English catalogue of the change-log page (merged under `log` in en.ts); log.fr.ts has the same keys.
// The verdicts mirror src/trust/log/messages.ts ({name} there, {{name}} here).
import type { LogEntity } from '../../../src/core/log-model';

const entities: Record<LogEntity, string> = {
  presence: 'Presence',
  unit: 'Unit',
  person: 'Person',
  organisation: 'Organisation',
  user: 'User',
  session: 'Session',
  secret: 'Stored secret',
  policy: 'Policy',
  reassignment: 'Reassignment',
  audit: 'Audit',
  audit_item: 'Audit decision',
  audit_task: 'Plan task',
  audit_settings: 'Audit rules',
  audit_template: 'Message template',
  kpi: 'Indicator (KPI)',
  data_import: 'Data import',
  inventory_import: 'Inventory import',
  log: 'Change log',
};

/** Actions the web app names in words; any other is shown as recorded. */
export const LOG_ACTIONS = [
  'create',
  'update',
  'delete',
  'run',
  'decide',
  'undo',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'reveal',
  'acknowledge',
  'export',
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

const actions: Record<LogAction, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  run: 'Ran',
  decide: 'Decided',
  undo: 'Withdrew',
  sign_in: 'Signed in',
  sign_in_failed: 'Failed sign-in',
  sign_out: 'Signed out',
  reveal: 'Revealed',
  acknowledge: 'Acknowledged',
  export: 'Exported',
};

export const logEn = {
  title: 'Change log',
  description:
    'Every change made through Vigie: who, when, what it was before and what it became. Entries cannot be edited; each carries a hash that chains it to the one before, so an entry altered or deleted in the database is detected.',
  entities,
  actions,
  /** Field names of the entries that are not the registry's (the registry's come from `field`). */
  fields: {
    decision: 'Decision',
    into: 'Into',
    reason: 'Reason',
    status: 'Status',
    owner: 'Owner',
    dueOn: 'Due on',
    message: 'Message',
    body: 'Text',
    kind: 'Kind',
    language: 'Language',
    platform: 'Platform',
    presence: 'Presence',
    audit: 'Audit',
    objective: 'Objective',
    metric: 'Indicator',
    target: 'Target',
    period: 'Period',
    baseline: 'Baseline',
    file: 'File',
    size: 'Size',
    sha256: 'SHA-256',
    posts: 'Posts',
    added: 'Added',
    updated: 'Updated',
    interactions: 'Interactions',
    metrics: 'Daily figures',
    format: 'Format',
    filter: 'Filters',
    name: 'Name',
    scope: 'Scope',
    asOf: 'As of',
    presences: 'Presences',
    login: 'Login',
    email: 'E-mail',
    grants: 'Roles',
    role: 'Role',
    title: 'Title',
    version: 'Version',
  },
  filters: {
    actor: 'Who',
    actorPlaceholder: 'Login or name',
    entity: 'About',
    anyEntity: 'Anything',
    entityId: 'Number',
    action: 'Action',
    anyAction: 'Any action',
    from: 'From',
    to: 'To',
    q: 'Search',
    qPlaceholder: 'In changes and reasons',
    clear: 'Clear the filters',
  },
  table: {
    when: 'When',
    who: 'Who',
    what: 'What',
    action: 'Action',
    change: 'Before → after',
    reason: 'Reason',
    hash: 'Hash of this entry: {{hash}}',
    number: 'Entry #{{id}}',
    presenceNumber: 'presence #{{id}}',
    became: 'became',
    empty: '(none)',
    batch: 'Batch: {{batch}}',
  },
  none: 'No entry matches these filters.',
  noneAtAll: 'Nothing has been recorded yet.',
  shown_one: '{{value}} entry shown',
  shown_other: '{{value}} entries shown',
  loadMore: 'Show older entries',
  export: {
    button: 'Export',
    csv: 'CSV (spreadsheet)',
    jsonl: 'JSON Lines (for programs)',
    hint: 'The entries matching the filters, oldest first, each with its hash, so that an auditor can recompute the chain. The export itself is recorded in the log.',
  },
  verify: {
    button: 'Verify the chain',
    running: 'Checking every entry…',
    okTitle: 'The chain is intact',
    ok_one: '{{value}} entry checked: none was altered, removed or added outside Vigie.',
    ok_other: '{{value}} entries checked: none was altered, removed or added outside Vigie.',
    lastHash: 'Last hash',
    anchorHint:
      'Keep this hash and the number of entries outside Vigie (a signed e-mail, a ticket): later, `vigie log verify --expect <hash> --expect-count <n>` proves this history was not rewritten since.',
    copy: 'Copy',
    copied: 'Copied',
    brokenTitle: 'The chain is broken at entry #{{id}}',
    checked_one: '{{value}} entry before it checked and intact.',
    checked_other: '{{value}} entries before it checked and intact.',
    show: 'Show entry #{{id}}',
    highlighted: 'Broken here',
    problem: {
      content_changed:
        'Its content no longer matches its hash: it was altered directly in the database after it was written.',
      link_broken:
        'It does not follow the entry before it: an earlier entry was deleted, inserted or rewritten directly in the database.',
      rows_missing_at_end:
        'Entries at the end of the log were deleted: this is the last one Vigie recorded, and it is gone.',
      rows_added_at_end:
        'This entry, and any after it, were added directly in the database, without going through Vigie.',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What log.fr.ts must provide: the same keys as English. */
export type LogCatalogue = Shape<typeof logEn>;
