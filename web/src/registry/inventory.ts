// The inventory import's answers, as the API sends them (POST /api/inventory/preview and /import).
import type { ApiIssue } from '../app/api';

export interface InventoryColumn {
  index: number;
  header: string;
  field: string | null;
  /** A wide inventory's column: the platform whose accounts it holds. */
  platform: string | null;
  samples: string[];
}

export interface PlannedChange {
  line: number;
  action: 'create' | 'update' | 'unchanged';
  platform: string;
  handle: string | null;
  url: string;
  name: string | null;
  diff: Record<string, [unknown, unknown]>;
}

/** A value of the file Vigie did not recognise, or read through a mapping (given now or remembered). */
export interface PreviewValue {
  field: string;
  column: string;
  value: string;
  count: number;
  lines: number[];
  mapped: boolean;
  meaning: string | null;
  origin: 'given' | 'remembered' | null;
  mappingId: number | null;
  setBy: string | null;
  setAt: string | null;
}

export interface RememberedMapping {
  id: number;
  source: string;
  field: string;
  value: string;
  meaning: string;
  setBy: string;
  setAt: string;
}

/** What a person says a value of the file means (`ignore`: read it as an empty cell). */
export interface ValueChoice {
  field: string;
  value: string;
  meaning: string;
}

export interface InventoryPreview {
  file: string;
  format: 'csv' | 'xlsx' | 'json';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  rows: number;
  fields: string[];
  /** `wide`: a row per person or brand, a column per platform. */
  layout: 'long' | 'wide';
  columns: InventoryColumn[];
  source: { key: string; given: boolean };
  values: PreviewValue[];
  remembered: RememberedMapping[];
  plan: {
    create: number;
    update: number;
    unchanged: number;
    merged: number;
    rejected: number;
    newUnits: string[];
    newPeople: string[];
    changes: PlannedChange[];
  };
  issues: ApiIssue[];
  warnings: ApiIssue[];
}

export interface ImportResult {
  importId: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  unitsCreated: number;
  peopleCreated: number;
  rejects?: string;
}

export interface ImportOptions {
  /** The mappings a person chose: header text → field, or 'ignore' to leave the column out. */
  map: Record<string, string> | null;
  unit: string;
  skipInvalid: boolean;
  /** Meanings chosen in this preview (those remembered apply by themselves). */
  values: ValueChoice[];
  /** The source the meanings are remembered for; empty: from the file's name. */
  source: string;
  /** Bumped to read the file again when nothing else changed (a mapping forgotten). */
  round: number;
}

/** The multipart form both endpoints take. */
export function importForm(file: File, options: ImportOptions): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (options.map) form.append('map', JSON.stringify(options.map));
  if (options.unit.trim()) form.append('unit', options.unit.trim());
  if (options.skipInvalid) form.append('skipInvalid', 'true');
  if (options.values.length) form.append('values', JSON.stringify(options.values));
  if (options.source.trim()) form.append('source', options.source.trim());
  return form;
}
