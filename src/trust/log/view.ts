// The change log as a person reads it on the log page: each entry with the names of what it refers
// to (src/registry/names.ts), and the client's address apart from the reason and the fields. Sign-ins
// record it as the field `ip`; older ones wrote it as the row's `reason` (the hash covers it as
// written), so it is moved out here, for display only: exports and the verifier keep rows as stored.
import { isIP } from 'node:net';
import { z } from 'zod';
import type { Locale } from '../../core/i18n';
import type { Q } from '../../core/log';
import { entryNamesSchema } from '../../registry/model';
import { namesFor } from '../../registry/names';
import { type LogEntry, logEntrySchema } from '../model';

export const logViewEntrySchema = logEntrySchema.extend({
  /** The address the request came from (sign-ins), apart from the reason. */
  ip: z.string().nullable(),
  names: entryNamesSchema,
});
export type LogViewEntry = z.infer<typeof logViewEntrySchema>;

/**
 * The client's address of a user's entry, apart from its reason and its fields: sign-ins record it
 * as the field `ip` (see withAddress); entries written before recorded it as the whole reason.
 */
export function splitAddress(e: Pick<LogEntry, 'entity' | 'reason' | 'diff'>): {
  reason: string | null;
  ip: string | null;
  diff: LogEntry['diff'];
} {
  const { ip: field, ...diff } = e.diff ?? {};
  const recorded = Array.isArray(field) && typeof field[1] === 'string' ? field[1] : null;
  if (e.entity === 'user' && recorded) return { reason: e.reason, ip: recorded, diff };
  const reason = e.reason?.trim() ?? '';
  if (e.entity === 'user' && reason && isIP(reason)) return { reason: null, ip: reason, diff: e.diff };
  return { reason: e.reason, ip: null, diff: e.diff };
}

/** Entries of one page, ready to read: names resolved for all of them at once. */
export async function forReading(db: Q, entries: LogEntry[], locale: Locale): Promise<LogViewEntry[]> {
  const names = await namesFor(db, entries, { locale });
  return entries.map((e, i) => ({ ...e, ...splitAddress(e), names: names[i]! }));
}
