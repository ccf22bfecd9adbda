// The inventory import's answers, as the API sends them (POST /api/inventory/preview and /import).
import type { ApiIssue } from '../app/api';

export interface InventoryColumn {
  index: number;
  header: string;
  field: string | null;
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

export interface InventoryPreview {
  file: string;
  format: 'csv' | 'xlsx' | 'json';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  rows: number;
  fields: string[];
  columns: InventoryColumn[];
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
}

/** The multipart form both endpoints take. */
export function importForm(file: File, options: ImportOptions): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (options.map) form.append('map', JSON.stringify(options.map));
  if (options.unit.trim()) form.append('unit', options.unit.trim());
  if (options.skipInvalid) form.append('skipInvalid', 'true');
  return form;
}
