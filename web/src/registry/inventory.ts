// The inventory import's answers, as the API sends them (POST /api/inventory/preview and /import).
import type { MatchHow } from '../../../src/registry/inventory/match';
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
  /** Fields the row would make smaller or older than stored (each also a warning). */
  older: string[];
}

/** How a name was matched to a person or unit. */
export type { MatchHow };

/** A person or unit the registry has, that a name of the file may mean. */
export interface MatchCandidate {
  id: number;
  name: string;
  how: MatchHow;
  /** People only: has left the organisation. */
  left?: boolean;
  email?: string | null;
}

/**
 * A value of the file Vigie did not recognise, or read through a mapping (given now or remembered);
 * for people and units (`person`, `unit`), also those recognised without asking and those close to
 * a known one ("did you mean…").
 */
export interface PreviewValue {
  field: string;
  column: string;
  value: string;
  count: number;
  lines: number[];
  mapped: boolean;
  meaning: string | null;
  origin: 'given' | 'remembered' | 'recognised' | null;
  mappingId: number | null;
  setBy: string | null;
  /** Whoever set the remembered mapping, by name (`setBy` is their login); null when not a user. */
  setByName: string | null;
  setAt: string | null;
  candidates?: MatchCandidate[];
  /** Who or which unit it is read as now (null: a new one, left empty, or not decided). */
  target?: MatchCandidate | null;
  recognised?: MatchHow | null;
}

/** The fields whose values name a person or a unit of the registry. */
export const MATCH_FIELDS = new Set(['person', 'unit']);

/** The meaning that creates the person or unit as written. */
export const CREATE_NEW = 'new';

/** The meaning a candidate is chosen by: a person's e-mail address when they have one, else the name. */
export function candidateMeaning(c: MatchCandidate): string {
  return c.email ?? c.name;
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
    /** What the import would create, each with the closest unit or person known, if one is close. */
    unitsToCreate: { name: string; closest: MatchCandidate | null }[];
    peopleToCreate: { name: string; email: string | null; closest: MatchCandidate | null }[];
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
