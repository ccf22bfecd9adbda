// Types shared by the inventory reader, the column recogniser, the row validator and the exporter.
// No I/O here.
import type { Issue } from '../../core/errors';
import type { MfaState, PresenceStatus, RecoveryKind } from '../model';

/** What an inventory column can mean. The order is the order of an export's columns. */
export const INVENTORY_FIELDS = [
  'id',
  'platform',
  'handle',
  'url',
  'name',
  'unit',
  'owner',
  'deputy',
  'custodian',
  'language',
  'status',
  'audience',
  'audience_date',
  'created',
  'last_activity',
  'mfa',
  'recovery',
  'tags',
  'objective',
  'notes',
  'bio',
] as const;
export type InventoryField = (typeof INVENTORY_FIELDS)[number];

export const INVENTORY_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface RawRow {
  /** Where a person finds the row: CSV physical line, spreadsheet row number, JSON item index (1-based). */
  line: number;
  /** One string per header; shorter rows are padded with ''. */
  cells: string[];
  /** The row could not be read whole (more cells than headers, a field too long): see `RawTable.issues`. */
  invalid?: true;
}

/** An inventory file read as text cells, before any column is given a meaning. */
export interface RawTable {
  file: string;
  format: InventoryFormat;
  encoding?: TextEncoding;
  delimiter?: string;
  /** XLSX: the worksheet the rows come from (the first one with data). */
  sheet?: string;
  headers: string[];
  /** Line (or spreadsheet row) of the header row. */
  headerLine: number;
  rows: RawRow[];
  /** Rows that are invalid as read (also flagged `invalid`); `toCandidates` passes them on. */
  issues: Issue[];
  /** Worth telling, never blocking: no data rows, which sheet was read… */
  warnings: Issue[];
}

export interface ReadOptions {
  format?: InventoryFormat;
  /** Longest value kept, in characters (default 10,000). Longer values make the row invalid. */
  maxFieldLength?: number;
  /** Most data rows accepted (default 100,000). More is refused as a whole. */
  maxRows?: number;
  /** Most columns accepted (default 500). */
  maxColumns?: number;
}

/** A person as an inventory names them. At least one of the two is set. */
export interface PersonRef {
  name?: string;
  email?: string;
}

/** One valid inventory row, ready to be matched against the registry. Only what the file gives is set. */
export interface CandidateRow {
  line: number;
  /** A presence id from one of our own exports. */
  id?: number;
  platform: string;
  handle: string | null;
  url: string;
  /** Identity of the presence within its platform (see resolve.ts): equal keys are one presence. */
  key: string;
  name?: string;
  unit?: string;
  owner?: PersonRef;
  deputy?: PersonRef;
  custodian?: PersonRef;
  languages?: string[];
  status?: PresenceStatus;
  audience?: number;
  audienceOn?: string;
  createdOn?: string;
  lastActivityOn?: string;
  mfa?: MfaState;
  recoveryContact?: RecoveryKind;
  tags?: string[];
  objective?: string;
  notes?: string;
  bio?: string;
}

/** Column index → field (`null`: ignored). */
export type ColumnMapping = (InventoryField | null)[];
