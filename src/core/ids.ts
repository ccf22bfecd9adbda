// The one reading of an object's id, wherever it comes from: a URL path, a query string, a command's
// argument (text) or a JSON body (a number). Strict on purpose: `01`, `0x1`, `1e0`, `+1`, ` 1`,
// `1.0` and `١` are not ids. Two readings of the same id (a guard reading `01` as "no id" and a
// route reading it as 1) are how a scope check gets skipped; there is only this one.
import { z } from 'zod';
import { Invalid } from './errors';

/** Digits only, no sign, no leading zero, at most 15 digits (below 2^53, exact as a JS number). */
export const ID_PATTERN = '^[1-9][0-9]{0,14}$';
export const MAX_ID = 999_999_999_999_999;
const ID_RE = new RegExp(ID_PATTERN);

/** An id written as text, or null when the text is not exactly an id. */
export function parseId(raw: unknown): number | null {
  return typeof raw === 'string' && ID_RE.test(raw) ? Number(raw) : null;
}

/** An id in a JSON body: an integer from 1 to MAX_ID (a string is not an id there). */
export const idSchema = z.number().int().min(1).max(MAX_ID);

/** An id in a path or a query string: the text of an id, read as a number. */
export const idTextSchema = z
  .string()
  .regex(ID_RE, { message: 'Not an id: digits only, without sign, spaces or leading zeros.' })
  .transform(Number);

/** UUIDs (import jobs) in their canonical lowercase form only. */
export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const UUID_RE = new RegExp(UUID_PATTERN);

export function parseUuid(raw: unknown): string | null {
  return typeof raw === 'string' && UUID_RE.test(raw) ? raw : null;
}

export const uuidTextSchema = z.string().regex(UUID_RE, { message: 'Not a job id.' });

/**
 * An id given on the command line, or Invalid naming the field (the same reading as everywhere:
 * `01`, ` 1` or `1e0` are refused, not guessed).
 */
export function readId(value: string, field: string): number {
  const id = parseId(value);
  if (id !== null) return id;
  const params = { field, value: value.slice(0, 40) };
  const message = `${field}: "${params.value}" is not an id (digits only, without sign, spaces or leading zeros).`;
  throw new Invalid('request.bad_id', message, params, [{ field, code: 'request.bad_id', params, message }]);
}
