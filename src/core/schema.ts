// The database as Kysely sees it: one interface per table, shared by SQLite and PostgreSQL.
// Timestamps are ISO 8601 strings, calendar dates are `YYYY-MM-DD`, lists are JSON text.
import type { Generated } from 'kysely';

export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface UnitTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  /** Lower-case, accent-free name used to match what people type. */
  name_key: string;
  kind: string;
  country: string | null;
  /** Other names inventories use for the unit ("DRH"), a JSON array of strings (migration 009). */
  aliases: Generated<string>;
  created_at: string;
  updated_at: string;
  /** Changes made to this row since it was created (migration 007): an edit names the one it saw. */
  version: Generated<number>;
}

export interface PersonTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  email: string | null;
  unit_id: number | null;
  job_title: string | null;
  status: string;
  left_on: string | null;
  created_at: string;
  updated_at: string;
  /** Changes made to this row since it was created (migration 007): an edit names the one it saw. */
  version: Generated<number>;
}

export interface PresenceTable {
  id: Generated<number>;
  platform: string;
  handle: string | null;
  /** What makes two presences the same one: the normalised handle, or the normalised URL for websites. */
  handle_key: string;
  url: string;
  name: string | null;
  unit_id: number | null;
  owner_id: number | null;
  deputy_id: number | null;
  custodian_id: number | null;
  objective: string | null;
  status: string;
  languages: string;
  audience: number | null;
  audience_on: string | null;
  created_on: string | null;
  last_activity_on: string | null;
  mfa: string;
  recovery_contact: string;
  tags: string;
  notes: string | null;
  /** The profile's description as the platform shows it (the brand charter checks its link). */
  bio: string | null;
  created_at: string;
  updated_at: string;
  /** Changes made to this row since it was created (migration 007): an edit names the one it saw. */
  version: Generated<number>;
}

export interface ChangeTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  /** JSON: `{ field: [before, after] }` */
  diff: string;
  /** The inventory import or bulk edit this change belongs to, if any. */
  batch: string | null;
  /** Why, in the words of the person who made the change. */
  reason: string | null;
  /** The hash chain (src/core/log.ts). */
  prev_hash: string | null;
  hash: string | null;
}

export interface LogHeadTable {
  id: number;
  last_id: number;
  hash: string;
  count: number;
  updated_at: string;
}

export interface UserTable {
  id: Generated<number>;
  login: string;
  name: string;
  email: string | null;
  person_id: number | null;
  password_hash: string | null;
  must_change_password: Generated<number>;
  status: string;
  /** Unused since migration 006 (no account is locked by failed attempts): see SignInThrottleTable. */
  failed_attempts: Generated<number>;
  /** Unused since migration 006. */
  locked_until: string | null;
  oidc_subject: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Secrets the server makes for itself (migration 006): the device-cookie key. */
export interface ServerSecretTable {
  name: string;
  value: string;
  created_at: string;
}

/** Failed sign-ins per login (browsers it does not know) and per device cookie (src/trust/throttle.ts). */
export interface SignInThrottleTable {
  key: string;
  login_key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

export interface GrantTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  unit_id: number | null;
  presence_id: number | null;
  created_at: string;
  created_by: string;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf: string;
  via: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface VaultMetaTable {
  id: number;
  key_check: string;
  created_at: string;
}

export interface VaultKeyTable {
  id: Generated<number>;
  unit_id: number | null;
  wrapped: string;
  created_at: string;
}

export interface SecretTable {
  id: Generated<number>;
  presence_id: number;
  kind: string;
  key_id: number;
  sealed: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface ReassignmentTable {
  id: Generated<number>;
  person_id: number;
  presence_id: number;
  role: string;
  status: string;
  to_person_id: number | null;
  created_at: string;
  done_at: string | null;
  done_by: string | null;
}

export interface PolicyTable {
  id: Generated<number>;
  kind: string;
  version: number;
  title: string;
  language: string;
  body: string;
  summary: string | null;
  published_at: string;
  published_by: string;
}

export interface AcknowledgementTable {
  policy_id: number;
  user_id: number;
  at: string;
}

export interface InventoryImportTable {
  id: Generated<number>;
  at: string;
  actor: string;
  file_name: string;
  format: string;
  size: number;
  sha256: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  units_created: number;
  people_created: number;
  /** When the import was rolled back, and by whom (migration 011); null while it stands. */
  rolled_back_at: string | null;
  rolled_back_by: string | null;
}

export interface DataImportTable {
  id: Generated<number>;
  at: string;
  actor: string;
  file_name: string;
  size: number;
  sha256: string;
  platform: string;
  presence_id: number | null;
  /** 1 when the import created the presence it was matched to. */
  presence_created: number;
  posts: number;
  added: number;
  updated: number;
  interactions: number;
  metrics: number;
  /** JSON: `[{ where, count }]` — fields of the export Vigie does not read. */
  unknown_fields: string;
  duration_ms: number;
  /** When the import was rolled back, and by whom (migration 011); null while it stands. */
  rolled_back_at?: string | null;
  rolled_back_by?: string | null;
  /**
   * Days of metrics the import found already stored and filled in (their earlier figures are not
   * kept); null for imports made before migration 011.
   */
  metrics_replaced?: number | null;
}

export interface PostTable {
  id: Generated<number>;
  presence_id: number;
  external_id: string;
  published_at: string;
  text: string;
  language: string | null;
  kind: string;
  url: string | null;
  links: string;
  media: string;
  likes: number | null;
  shares: number | null;
  replies: number | null;
  quotes: number | null;
  views: number | null;
  saves: number | null;
  clicks: number | null;
  import_id: number;
}

export interface DailyMetricTable {
  presence_id: number;
  day: string;
  audience: number | null;
  audience_gained: number | null;
  impressions: number | null;
  engagements: number | null;
  visits: number | null;
  video_views: number | null;
  import_id: number;
}

export interface InteractionTable {
  id: Generated<number>;
  presence_id: number;
  post_external_id: string;
  kind: string;
  at: string;
  other_platform: string;
  other_key: string;
  other_handle: string | null;
  other_name: string | null;
  import_id: number;
}

export interface AuditSettingsTable {
  id: number;
  rules: string;
  updated_at: string;
  updated_by: string;
}

export interface AuditTable {
  id: Generated<number>;
  name: string;
  /** 1 when Vigie named the audit: the name is worded for each reader from the scope and date (migration 010). */
  name_generated: Generated<number>;
  unit_id: number | null;
  as_of: string;
  status: string;
  /** JSON: the settings the audit ran with (frozen). */
  rules: string;
  previous_id: number | null;
  created_at: string;
  created_by: string;
}

export interface AuditItemTable {
  id: Generated<number>;
  audit_id: number;
  presence_id: number;
  /** JSON: PresenceSnapshot, AuditFacts, Finding[], Reason[] (src/audit/model.ts). */
  snapshot: string;
  facts: string;
  findings: string;
  recommendation: string;
  recommendation_into: number | null;
  reasons: string;
  decision: string | null;
  decision_into: number | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface AuditTaskTable {
  id: Generated<number>;
  audit_id: number;
  presence_id: number;
  kind: string;
  step: number;
  params: string;
  message: string | null;
  owner_id: number | null;
  due_on: string;
  status: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface AuditTemplateTable {
  id: Generated<number>;
  kind: string;
  language: string;
  platform: string;
  body: string;
  updated_at: string;
  updated_by: string;
}

export interface KpiTable {
  id: Generated<number>;
  presence_id: number;
  audit_id: number | null;
  objective: string;
  metric: string;
  target: number;
  period: string;
  baseline: number | null;
  created_at: string;
  created_by: string;
}

/** What an inventory's own words mean, remembered per source (migration 008). */
export interface InventoryValueMappingTable {
  id: Generated<number>;
  source: string;
  field: string;
  value_key: string;
  value: string;
  meaning: string;
  set_by: string;
  set_at: string;
}

/**
 * What undoing a batch (a bulk edit, an inventory import) needs, kept beside the change log
 * (migration 011): each record it created or changed, its version right after, and the fields it
 * changed as they were (JSON, in patch terms: ids, not names).
 */
export interface BatchSnapshotTable {
  id: Generated<number>;
  batch: string;
  entity: string;
  entity_id: number;
  /** create | update */
  action: string;
  version: number;
  previous: string | null;
  undone_at: string | null;
  undone_by: string | null;
}

/**
 * Audit tasks reminded by e-mail (migration 012): one row per task and UTC day, so that a task is
 * not mailed twice the same day (src/work/remind.ts).
 */
export interface TaskReminderTable {
  id: Generated<number>;
  task_id: number;
  /** YYYY-MM-DD, UTC. */
  day: string;
  user_id: number | null;
  email: string;
  sent_at: string;
}

/**
 * A user's saved view of a table (migration 013): its filters (the list's query, JSON) and the
 * optional columns shown (a JSON array, null for the default). Personal: src/views.
 */
export interface SavedViewTable {
  id: Generated<number>;
  user_id: number;
  /** The table it is a view of: `presences`. */
  page: string;
  name: string;
  filters: string;
  columns: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  inventory_value_mappings: InventoryValueMappingTable;
  batch_snapshots: BatchSnapshotTable;
  organisation: OrganisationTable;
  units: UnitTable;
  people: PersonTable;
  presences: PresenceTable;
  changes: ChangeTable;
  inventory_imports: InventoryImportTable;
  data_imports: DataImportTable;
  posts: PostTable;
  daily_metrics: DailyMetricTable;
  interactions: InteractionTable;
  audit_settings: AuditSettingsTable;
  audits: AuditTable;
  audit_items: AuditItemTable;
  audit_tasks: AuditTaskTable;
  audit_templates: AuditTemplateTable;
  kpis: KpiTable;
  log_head: LogHeadTable;
  users: UserTable;
  grants: GrantTable;
  sessions: SessionTable;
  server_secrets: ServerSecretTable;
  sign_in_throttle: SignInThrottleTable;
  vault_meta: VaultMetaTable;
  vault_keys: VaultKeyTable;
  secrets: SecretTable;
  reassignments: ReassignmentTable;
  policies: PolicyTable;
  acknowledgements: AcknowledgementTable;
  task_reminders: TaskReminderTable;
  saved_views: SavedViewTable;
}
