// The change log's vocabulary, shared with the web app (no I/O, no Node modules here).

/** What a change is about. */
export const LOG_ENTITIES = [
  'presence',
  'unit',
  'person',
  'organisation',
  'user',
  'session',
  'secret',
  'policy',
  'reassignment',
  'audit',
  'audit_item',
  'audit_task',
  'audit_settings',
  'audit_template',
  'kpi',
  'data_import',
  'inventory_import',
  'value_mapping',
  'log',
  'database',
] as const;
export type LogEntity = (typeof LOG_ENTITIES)[number];
