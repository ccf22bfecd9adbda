// Writes the registry out as an inventory: CSV, XLSX or JSON, with columns that `recogniseColumns`
// reads back, so an export re-imports to the same registry. Writers stream row by row and respect
// back-pressure, so a large registry never sits whole in memory as a file.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CSV_BOM, csvDialect, csvLine } from '../../core/csv';
import type { Locale } from '../../core/i18n';
import type { MfaState, Presence, PresenceStatus, RecoveryKind } from '../model';
import { getPlatform } from '../urls/platforms';
import { INVENTORY_FIELDS, type InventoryField } from './model';

/** The columns of an export, in order (the fields' own order). `id` lets a re-import name the presence. */
export const EXPORT_FIELDS: readonly InventoryField[] = INVENTORY_FIELDS;

/** Headers in each language; every one is recognised by columns.ts as its field (tested). */
const HEADERS: Record<InventoryField, Record<Locale, string>> = {
  id: { en: 'ID', fr: 'ID' },
  platform: { en: 'Platform', fr: 'Plateforme' },
  handle: { en: 'Handle', fr: 'Identifiant' },
  url: { en: 'URL', fr: 'URL' },
  name: { en: 'Name', fr: 'Nom' },
  unit: { en: 'Unit', fr: 'Entité' },
  owner: { en: 'Owner', fr: 'Responsable' },
  deputy: { en: 'Deputy', fr: 'Suppléant' },
  custodian: { en: 'Credentials custodian', fr: 'Détenteur des accès' },
  language: { en: 'Languages', fr: 'Langues' },
  status: { en: 'Status', fr: 'Statut' },
  audience: { en: 'Audience', fr: 'Abonnés' },
  audience_date: { en: 'Audience date', fr: 'Date de l’audience' },
  created: { en: 'Created', fr: 'Date de création' },
  last_activity: { en: 'Last activity', fr: 'Dernière activité' },
  mfa: { en: 'MFA', fr: 'Double authentification' },
  recovery: { en: 'Recovery contact', fr: 'Contact de récupération' },
  tags: { en: 'Tags', fr: 'Étiquettes' },
  objective: { en: 'Objective', fr: 'Objectif' },
  notes: { en: 'Notes', fr: 'Notes' },
  bio: { en: 'Bio', fr: 'Biographie' },
};

/** Words values.ts reads back to the same state. */
const STATUS_FR: Record<PresenceStatus, string> = {
  discovered: 'découvert',
  active: 'actif',
  dormant: 'en sommeil',
  abandoned: 'abandonné',
  closing: 'en cours de fermeture',
  redirecting: 'redirection',
  closed: 'fermé',
  archived: 'archivé',
};
const MFA_WORDS: Record<Locale, Record<MfaState, string>> = {
  en: { on: 'yes', off: 'no', unknown: 'unknown' },
  fr: { on: 'oui', off: 'non', unknown: 'inconnu' },
};
const RECOVERY_WORDS: Record<Locale, Record<RecoveryKind, string>> = {
  en: { corporate: 'corporate', personal: 'personal', unknown: 'unknown' },
  fr: { corporate: 'professionnel', personal: 'personnel', unknown: 'inconnu' },
};

export interface ExportOptions {
  /** Language of the headers and of status, MFA and recovery words (default English). */
  locale?: Locale;
  /**
   * Close `out` when done (default true, so an HTTP response or a file ends with the export);
   * process.stdout and process.stderr are never closed.
   */
  end?: boolean;
}

export interface CsvOptions extends ExportOptions {
  /** Default `;` for French (what Excel expects where `,` is the decimal mark), `,` otherwise. */
  delimiter?: string;
}

export interface ExportTable {
  fields: readonly InventoryField[];
  headers: string[];
  rows: string[][];
}

type Presences = Iterable<Presence> | AsyncIterable<Presence>;

export function exportHeaders(locale: Locale = 'en'): string[] {
  return EXPORT_FIELDS.map((f) => HEADERS[f][locale]);
}

/** One presence as the text cells of an export row (before any CSV formula guard). */
export function exportCells(p: Presence, locale: Locale = 'en'): string[] {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  const cell: Record<InventoryField, string> = {
    id: String(p.id),
    platform: getPlatform(p.platform)?.name ?? p.platform,
    handle: text(p.handle),
    url: p.url,
    name: text(p.name),
    unit: text(p.unit),
    owner: text(p.owner),
    deputy: text(p.deputy),
    custodian: text(p.custodian),
    language: p.languages.join(', '),
    status: locale === 'fr' ? STATUS_FR[p.status] : p.status,
    audience: text(p.audience),
    audience_date: text(p.audienceOn),
    created: text(p.createdOn),
    last_activity: text(p.lastActivityOn),
    mfa: MFA_WORDS[locale][p.mfa],
    recovery: RECOVERY_WORDS[locale][p.recoveryContact],
    tags: p.tags.join(', '),
    objective: text(p.objective),
    notes: text(p.notes),
    bio: text(p.bio),
  };
  return EXPORT_FIELDS.map((f) => cell[f]);
}

/** The export as a table of text cells, in memory: for previews and tests; writers stream instead. */
export function exportRows(presences: Iterable<Presence>, options: ExportOptions = {}): ExportTable {
  const locale = options.locale ?? 'en';
  return {
    fields: EXPORT_FIELDS,
    headers: exportHeaders(locale),
    rows: [...presences].map((p) => exportCells(p, locale)),
  };
}

// ---------------------------------------------------------------------------------------------------
// CSV

/**
 * CSV in UTF-8 with a BOM (so Excel does not read it as Windows-1252), CRLF line ends, every formula
 * guarded (rows.ts removes the guard on import). The delimiter follows the locale unless given: `;`
 * in French, `,` in English.
 */
export async function writeCsv(presences: Presences, out: NodeJS.WritableStream, options: CsvOptions = {}) {
  const locale = options.locale ?? 'en';
  const dialect = { delimiter: options.delimiter ?? csvDialect(locale).delimiter };
  let chunk = `${CSV_BOM}${csvLine(exportHeaders(locale), dialect)}`;
  for await (const p of presences) {
    chunk += csvLine(exportCells(p, locale), dialect);
    if (chunk.length >= 65_536) {
      await put(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await put(out, chunk);
  await close(out, options);
}

// ---------------------------------------------------------------------------------------------------
// XLSX

const NUMBER_FIELDS = new Set<InventoryField>(['id', 'audience']);
const DATE_FIELDS = new Set<InventoryField>(['audience_date', 'created', 'last_activity']);
const WIDTHS: Partial<Record<InventoryField, number>> = {
  id: 8,
  url: 45,
  name: 30,
  unit: 22,
  owner: 22,
  deputy: 22,
  custodian: 22,
  notes: 40,
  objective: 30,
  bio: 40,
};

/**
 * XLSX through exceljs's streaming writer: header bold and frozen, a filter on every column, numbers
 * as numbers and dates as dates. Cells are typed strings, so a spreadsheet never runs them as formulas.
 */
export async function writeXlsx(
  presences: Presences,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
) {
  const locale = options.locale ?? 'en';
  const zip = new PassThrough();
  zip.pipe(out as NodeJS.WritableStream, { end: false });
  const done = once(zip, 'end');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: zip,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Vigie';
  const sheet = workbook.addWorksheet(locale === 'fr' ? 'Présences' : 'Presences', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = EXPORT_FIELDS.map((f) => ({ header: HEADERS[f][locale], key: f, width: WIDTHS[f] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_FIELDS.length } };
  for await (const p of presences) {
    const cells = exportCells(p, locale);
    const row = sheet.addRow(EXPORT_FIELDS.map((f, i) => typedCell(f, cells[i]!)));
    for (const [i, f] of EXPORT_FIELDS.entries()) {
      if (DATE_FIELDS.has(f) && cells[i]) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    }
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  await close(out, options);
}

function typedCell(field: InventoryField, text: string): string | number | Date | null {
  if (text === '') return null;
  if (NUMBER_FIELDS.has(field)) return Number(text);
  if (DATE_FIELDS.has(field)) return new Date(`${text}T00:00:00Z`);
  return text;
}

// ---------------------------------------------------------------------------------------------------
// JSON

/** A presence in a JSON export: the Presence fields a person sets, typed; keys read back as columns. */
export function exportObject(p: Presence) {
  return {
    id: p.id,
    platform: p.platform,
    handle: p.handle,
    url: p.url,
    name: p.name,
    unit: p.unit,
    owner: p.owner,
    deputy: p.deputy,
    custodian: p.custodian,
    languages: p.languages,
    status: p.status,
    audience: p.audience,
    audienceOn: p.audienceOn,
    createdOn: p.createdOn,
    lastActivityOn: p.lastActivityOn,
    mfa: p.mfa,
    recoveryContact: p.recoveryContact,
    tags: p.tags,
    objective: p.objective,
    notes: p.notes,
    bio: p.bio,
  };
}

/** `{ "format": "vigie-inventory", "version": 1, "exportedAt", "presences": [...] }`, one presence a line. */
export async function writeJson(
  presences: Presences,
  out: NodeJS.WritableStream,
  options: ExportOptions & { exportedAt?: Date } = {},
) {
  const exportedAt = (options.exportedAt ?? new Date()).toISOString();
  let chunk = `{\n  "format": "vigie-inventory",\n  "version": 1,\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "presences": [`;
  let first = true;
  for await (const p of presences) {
    chunk += `${first ? '' : ','}\n    ${JSON.stringify(exportObject(p))}`;
    first = false;
    if (chunk.length >= 65_536) {
      await put(out, chunk);
      chunk = '';
    }
  }
  chunk += `${first ? '' : '\n  '}]\n}\n`;
  await put(out, chunk);
  await close(out, options);
}

// ---------------------------------------------------------------------------------------------------

async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
}

async function close(out: NodeJS.WritableStream, options: ExportOptions): Promise<void> {
  if (options.end === false || out === process.stdout || out === process.stderr) return;
  await new Promise<void>((resolve) => out.end(() => resolve()));
}
