// Dates as people write them (French and English, day or month first, Excel serials) and as exports
// write them (ISO 8601 timestamps).
import { cleanText } from '../text';
import { fail, type Parsed } from './parsed';
import { fold } from './words';

export type DateOrder = 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

/** Words that may surround a written date and carry nothing: weekdays, articles. */
const DATE_NOISE = new Set([
  // Approximations: "vers 2015", "circa 2015", "début 2021" read as the period's first day.
  'vers',
  'environ',
  'env',
  'circa',
  'ca',
  'approx',
  'about',
  'around',
  'debut',
  'early',
  'le',
  'the',
  'of',
  'de',
  'du',
  'en',
  'in',
  'on',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): Parsed<string> {
  if (y < 1900 || y > 2100) return fail('inventory.date_out_of_range', { year: String(y) });
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail('inventory.date_invalid');
  return { value: `${y}-${pad(m)}-${pad(d)}` };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return leap ? 29 : DAYS_IN_MONTH[m - 1]!;
}

/** Two-digit years: 00–69 are 2000s, 70–99 are 1900s (social accounts are all recent). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const TIME_SUFFIX =
  /(?:[ T]|\s+(?:à|a|at)\s+)\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{1,4}))?$/;

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). */
function fromExcelSerial(serial: number): Parsed<string> {
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date as YYYY-MM-DD. Reads ISO 8601 (a time part is dropped), day-first or month-first numeric
 * dates (`order` decides only when both readings are possible: "03/04/2021"), written dates in French
 * and English ("4 mars 2021", "March 4th, 2021"), a month alone ("mars 2021", "03/2021" → the 1st),
 * a year alone ("2012" → 1 January) and Excel serial numbers (as XLSX cells without a date format give).
 */
export function parseDate(text: string, order: DateOrder = 'dmy'): Parsed<string> {
  const plain = NUMERIC_DATE.exec(text);
  if (plain) return numericDate(plain[1]!, plain[2]!, plain[3], order);
  const s = cleanText(text).replace(TIME_SUFFIX, '').trim();
  if (!s) return fail('inventory.date_invalid');
  if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    const serial = Number(s);
    // 25569 is 1970-01-01 and 73051 is 2100-01-01: anything else is not a date of a social account.
    return serial >= 25_569 && serial <= 73_051 ? fromExcelSerial(serial) : fail('inventory.date_invalid');
  }
  if (/^\d{4}$/.test(s)) return isoOf(Number(s), 1, 1);
  const m = NUMERIC_DATE.exec(s);
  if (m) return numericDate(m[1]!, m[2]!, m[3], order);
  return periodDate(s) ?? writtenDate(s);
}

/** "T1 2021", "Q3 2020", "S2 2019", "H1 2022": the first day of the quarter or half-year. */
function periodDate(s: string): Parsed<string> | null {
  const m = /^(?:([tq])([1-4])|([sh])([12]))\s*[-/ ]?\s*(\d{4})$/i.exec(s);
  if (!m) return null;
  const month = m[2] ? (Number(m[2]) - 1) * 3 + 1 : (Number(m[4]) - 1) * 6 + 1;
  return isoOf(Number(m[5]), month, 1);
}

function numericDate(a: string, b: string, c: string | undefined, order: DateOrder): Parsed<string> {
  if (a.length === 4) return isoOf(Number(a), Number(b), c === undefined ? 1 : Number(c));
  // A day and a month without a year ("04/03"), or a three-digit year, cannot be placed.
  if (c === undefined || c.length === 3) return fail('inventory.date_invalid');
  const x = Number(a);
  const y = Number(b);
  const year = fullYear(c);
  // Only one reading is possible when a part exceeds 12: take it whatever the file's order.
  const dayFirst = x > 12 ? true : y > 12 ? false : order === 'dmy';
  return dayFirst ? isoOf(year, y, x) : isoOf(year, x, y);
}

function writtenDate(s: string): Parsed<string> {
  const tokens = fold(s)
    .split(' ')
    .map((t) => t.replace(/^(\d+)(?:er|e|eme|st|nd|rd|th)$/, '$1'))
    .filter((t) => t && !DATE_NOISE.has(t));
  let month: number | undefined;
  const numbers: string[] = [];
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers.push(t);
    else if (MONTHS[t] !== undefined && month === undefined) month = MONTHS[t];
    else return fail('inventory.date_invalid');
  }
  if (month === undefined) {
    // "vers 2015", "début 2021": the year alone, once the approximation is dropped.
    if (numbers.length === 1 && numbers[0]!.length === 4) return isoOf(Number(numbers[0]), 1, 1);
    // "03 2021" (from "03/2021" or "03-2021" after folding): month and year.
    if (numbers.length === 2 && numbers[1]!.length === 4)
      return isoOf(Number(numbers[1]), Number(numbers[0]), 1);
    return fail('inventory.date_invalid');
  }
  if (numbers.length === 1) return isoOf(fullYear(numbers[0]!), month, 1);
  if (numbers.length !== 2) return fail('inventory.date_invalid');
  // "4 mars 2021", "March 4 2021", "2021 March 4": the year is the four-digit one, else the last.
  const yearAt = numbers[0]!.length === 4 ? 0 : 1;
  return isoOf(fullYear(numbers[yearAt]!), month, Number(numbers[1 - yearAt]));
}

/**
 * Which way a file writes its numeric dates. French (day first) unless some date can only be read
 * month first and none can only be read day first; `mixed` when both kinds are seen.
 */
export function detectDateOrder(values: Iterable<string>): { order: DateOrder; mixed: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = NUMERIC_DATE.exec(cleanText(v).replace(TIME_SUFFIX, '').trim());
    if (!m || m[1]!.length === 4 || m[3] === undefined) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    else if (Number(m[2]) > 12) monthFirst = true;
  }
  return { order: monthFirst && !dayFirst ? 'mdy' : 'dmy', mixed: dayFirst && monthFirst };
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|UTC|GMT|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

/**
 * An ISO 8601 timestamp (`2021-03-04T10:20:30+01:00`, `2021-03-04 10:20:30 UTC`, a date alone) as
 * UTC with milliseconds; without an offset it is taken as UTC. Null when it is not one, or names a
 * day or a time that does not exist (2021-02-29, 25:00).
 */
export function isoUtc(text: string): string | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  let t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (m[8]) {
    const minutes = Number(m[9]) * 60 + (m[10] === undefined ? 0 : Number(m[10]));
    if (minutes > 18 * 60) return null;
    t -= (m[8] === '+' ? 1 : -1) * minutes * 60_000;
  }
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
