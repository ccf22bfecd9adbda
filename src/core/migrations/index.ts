// One migration set for both databases. Each migration receives the dialect for the few
// column types that differ; everything else is written once with Kysely's schema builder.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import * as m001 from './001_registry';
import * as m002 from './002_imports';
import * as m003 from './003_audit';
import * as m004 from './004_trust';
import * as m005 from './005_log_indexes';
import * as m006 from './006_sign_in_throttle';
import * as m007 from './007_versions';
import * as m008 from './008_value_mappings';
import * as m009 from './009_unit_aliases';
import * as m010 from './010_generated_names';
import * as m011 from './011_import_rollback';
import * as m012 from './012_task_reminders';
import * as m013 from './013_saved_views';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  { name: '001_registry', up: m001.up },
  { name: '002_imports', up: m002.up },
  { name: '003_audit', up: m003.up },
  { name: '004_trust', up: m004.up },
  { name: '005_log_indexes', up: m005.up },
  { name: '006_sign_in_throttle', up: m006.up },
  { name: '007_versions', up: m007.up },
  { name: '008_value_mappings', up: m008.up },
  { name: '009_unit_aliases', up: m009.up },
  { name: '010_generated_names', up: m010.up },
  { name: '011_import_rollback', up: m011.up },
  { name: '012_task_reminders', up: m012.up },
  { name: '013_saved_views', up: m013.up },
];
