// Numbers as people write them: French and English separators, "k" and "millions", a unit after.
import { fail, isError, type Parsed } from './parsed';

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  mds: 1e9,
  b: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
};

const COUNT_PREFIX = /^(?:~|≈|>|\+|env\.?|environ|approx\.?|about|around|ca\.?|plus de|more than)\s*/;
const COUNT_UNIT =
  /\s*(?:abonn\S*|abos?|followers?|fans?|membres?|members?|subscribers?|likes?|j'aime|amis|friends|connexions?|connections?|personnes|people|vues|views)\.?$/;

/**
 * A number as people write it: "12 500", "12,5 k", "1.2M", "12 500 abonnés", "1 234,5", "12'500".
 * With both `,` and `.` the last one is the decimal mark; a single one followed by exactly three
 * digits (and no k/M) is a thousands separator ("12,500", "1.234"), otherwise a decimal mark.
 */
export function parseNumber(text: string): Parsed<number> {
  const s = text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .replace(COUNT_PREFIX, '')
    .replace(COUNT_UNIT, '')
    .replace(/\+$/, '')
    .trim();
  const m = /^(-?\d[\d '’.,]*?)\s*([a-z]+)?$/.exec(s);
  if (!m) return fail('inventory.number_invalid');
  const unit = m[2];
  const multiplier = unit === undefined ? 1 : MULTIPLIERS[unit];
  if (multiplier === undefined) return fail('inventory.number_invalid');
  const digits = m[1]!.replace(/[ '’]/g, '');
  const n = Number(normaliseSeparators(digits, unit !== undefined));
  return Number.isFinite(n) ? { value: n * multiplier } : fail('inventory.number_invalid');
}

function normaliseSeparators(s: string, scaled: boolean): string {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return s.split(thousands).join('').replace(decimal, '.');
  }
  const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
  if (!sep) return s;
  const parts = s.split(sep);
  if (parts.length > 2) return parts.join('');
  return !scaled && parts[1]!.length === 3 ? parts.join('') : parts.join('.');
}

/** A non-negative whole count (audience); fractions are rounded ("1,5 k" → 1500). */
export function parseCount(text: string): Parsed<number> {
  const n = parseNumber(text);
  if (isError(n)) return n;
  if (n.value < 0) return fail('inventory.number_negative');
  if (n.value > 1e13) return fail('inventory.number_too_large');
  return { value: Math.round(n.value) };
}
