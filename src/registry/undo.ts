// Undoing a batch (a bulk edit, an inventory import): which of its presences were changed since by
// something else, and the refusal that names them. An undo puts back what the batch found, so it
// never runs over a later change: a presence at another version than the batch left it (or deleted)
// refuses the whole undo, and nothing is changed.
import { z } from 'zod';
import { Conflict, type Issue } from '../core/errors';
import { type Catalogue, fill, issueFrom, type Params } from '../core/i18n';
import type { Q } from '../core/log';
import { LABELS } from './conflict';
import { registryMessages as M } from './messages';
import type { Presence } from './model';
import { presenceName, userNames } from './names';
import type { StoredSnapshot } from './snapshots';
import * as store from './store';

/**
 * A bulk edit's batch as the registry names it (src/registry/service.ts): `bulk:` and its time (ISO,
 * UTC, to the millisecond), then `-2`, `-3`… for a second one in the same millisecond.
 */
export const BULK_BATCH_RE = /^bulk:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z(?:-[1-9][0-9]{0,5})?$/;
export const bulkBatchSchema = z
  .string()
  .max(40)
  .regex(BULK_BATCH_RE, { message: 'Not a bulk edit: bulk:YYYY-MM-DDTHH:MM:SS.mmmZ' });

/** The batch an undo's changes carry in the log: `undo:bulk:…`, `undo:import:12`. */
export const undoBatch = (batch: string) => `undo:${batch}`;

/**
 * The changes that still stand: a batch's changes and its undo's (`X` and `undo:X`) cancel out, as
 * the undo put back exactly what the batch found. So a batch undone since is no change since: the
 * earlier batch underneath it can still be undone (imports rolled back newest first).
 */
export function standing<T extends { batch: string | null }>(changes: readonly T[]): T[] {
  const undone = new Set(
    changes.flatMap((c) => (c.batch?.startsWith('undo:') ? [c.batch.slice('undo:'.length)] : [])),
  );
  return changes.filter(
    (c) =>
      !(c.batch && (undone.has(c.batch) || (c.batch.startsWith('undo:') && undone.has(c.batch.slice(5))))),
  );
}

/** A presence of a batch that something else changed (or deleted) since. */
export interface LaterChange {
  id: number;
  name: string;
  deleted: boolean;
  /** The fields changed since, as the history names them. */
  fields: string[];
  actor: string;
  at: string;
}

/**
 * The presences of `snapshots` changed since the batch (`current`: as they are now): at another
 * version than the batch left them in, by changes that still stand, or deleted.
 */
export async function changedSince(
  db: Q,
  snapshots: readonly StoredSnapshot[],
  current: ReadonlyMap<number, Presence>,
): Promise<LaterChange[]> {
  const out: LaterChange[] = [];
  for (const s of snapshots) {
    if (s.entity !== 'presence') continue;
    const now = current.get(s.entityId);
    if (now && now.version === s.version) continue;
    if (!now) {
      const [last] = await store.listChanges(db, 'presence', s.entityId);
      const was = (field: string) => {
        const v = last?.diff[field]?.[0];
        return typeof v === 'string' ? v : null;
      };
      out.push({
        id: s.entityId,
        name: presenceName({ name: was('name'), handle: was('handle'), url: was('url') ?? `#${s.entityId}` }),
        deleted: true,
        fields: [],
        actor: last?.actor ?? '?',
        at: last?.at ?? '',
      });
      continue;
    }
    // Each version is one update in the log: the last `now − then` of them are the changes since.
    const updates = standing(
      await store.lastUpdates(db, 'presence', s.entityId, Math.max(1, now.version - s.version)),
    );
    if (!updates.length && now.version > s.version) continue;
    const fields = [...new Set(updates.flatMap((u) => Object.keys(u.diff)))];
    out.push({
      id: s.entityId,
      name: presenceName(now),
      deleted: false,
      fields,
      actor: updates[0]?.actor ?? '?',
      at: updates[0]?.at ?? '',
    });
  }
  return out;
}

const SHOWN = 5;

/**
 * The refusal: `code` from `catalogue`, given `params` and `{count}` and `{list}` (the first presences
 * in words, in each language); one issue per presence.
 */
export async function changedSinceConflict(
  db: Q,
  catalogue: Catalogue,
  code: string,
  params: Params,
  later: readonly LaterChange[],
): Promise<Conflict> {
  const names = await userNames(db, [...new Set(later.map((l) => l.actor))]);
  const issues: Issue[] = later.slice(0, 200).map((l) => {
    const labels = l.fields.map((f) => LABELS[f] ?? [f, f]);
    return issueFrom(
      M,
      l.deleted ? 'undo.deleted_presence' : 'undo.changed_presence',
      {
        id: l.id,
        name: l.name,
        fields: labels.map(([en]) => en).join(', '),
        fields_fr: labels.map(([, fr]) => fr).join(', '),
        actor: names.get(l.actor) ?? l.actor,
        at: when(l.at),
        changedAt: l.at,
      },
      { field: `presences.${l.id}` },
    );
  });
  const list = (locale: 'en' | 'fr') => {
    const parts = issues
      .slice(0, SHOWN)
      .map((i) => fill(M[i.code as keyof typeof M][locale], i.params, locale));
    if (later.length > SHOWN)
      parts.push(fill(M['undo.more'][locale], { count: later.length - SHOWN }, locale));
    return parts.join(' ');
  };
  const all = { ...params, count: later.length, list: list('en'), list_fr: list('fr') };
  const entry = catalogue[code];
  return new Conflict(code, entry ? fill(entry.en, all) : code, all, issues);
}

/** `2026-12-07T12:03:45.123Z` → `2026-12-07 12:03 UTC`, as the stale-edit answer writes it. */
export function when(at: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}
