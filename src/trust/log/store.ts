// The change log as stored: filtered lists (newest first, keyset pages), streams in chain order
// (oldest first, constant memory) and the head. Kysely only, both dialects; rows normalised here.
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { addDays } from '../../core/clock';
import { containsText, type Dialect } from '../../core/db';
import { Invalid } from '../../core/errors';
import { fill } from '../../core/i18n';
import type { Q } from '../../core/log';
import type { Database } from '../../core/schema';
import type { LogEntry, LogQuery } from '../model';
import { logMessages as M } from './messages';

/** A row of `changes` exactly as stored: `diff` is the JSON text the hash covers. */
export interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  diff: string;
  batch: string | null;
  reason: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface HeadRow {
  last_id: number;
  hash: string;
  count: number;
  updated_at: string;
}

/** The filters of a list or an export (everything of LogQuery but the page). */
export type LogFilter = Omit<LogQuery, 'limit' | 'before'>;

export const DEFAULT_LIMIT = 100;

const COLUMNS = [
  'id',
  'at',
  'actor',
  'entity',
  'entity_id',
  'action',
  'diff',
  'batch',
  'reason',
  'prev_hash',
  'hash',
] as const;

function normalise(r: ChangeRow): ChangeRow {
  return { ...r, id: Number(r.id), entity_id: Number(r.entity_id) };
}

export function toEntry(r: ChangeRow): LogEntry {
  let diff: LogEntry['diff'];
  try {
    diff = JSON.parse(r.diff) as LogEntry['diff'];
  } catch {
    // A row altered by hand may no longer hold JSON: show it rather than fail the whole page.
    diff = { _: [null, r.diff] };
  }
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    diff,
    batch: r.batch,
    reason: r.reason,
    hash: r.hash,
  };
}

const like = containsText;

function invalidDate(field: 'from' | 'to', value: string): Invalid {
  const params = { field, value };
  const message = fill(M['log.bad_date'].en, params);
  return new Invalid('log.bad_date', message, params, [{ field, code: 'log.bad_date', params, message }]);
}

/** The upper bound: a day (YYYY-MM-DD) is included whole; a timestamp is included as given. */
function upperBound(to: string): { op: '<' | '<='; value: string } {
  if (to.length === 10) {
    try {
      return { op: '<', value: addDays(to, 1) };
    } catch {
      throw invalidDate('to', to);
    }
  }
  return { op: '<=', value: to };
}

function checkDay(field: 'from' | 'to', value: string): void {
  const day = value.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) throw invalidDate(field, value);
}

/** Throws (naming the field) when a date of the filter is not one: before a download starts. */
export function checkFilter(f: LogFilter): void {
  if (f.from) checkDay('from', f.from);
  if (f.to) {
    checkDay('to', f.to);
    upperBound(f.to);
  }
}

function applyFilter<O>(
  q: SelectQueryBuilder<Database, 'changes', O>,
  dialect: Dialect,
  f: LogFilter,
): SelectQueryBuilder<Database, 'changes', O> {
  let out = q;
  const who = f.actor?.trim();
  // "Who" takes a login or a name: the log keeps logins, and users' names are in `users`.
  if (who)
    out = out.where((eb: ExpressionBuilder<Database, 'changes'>) =>
      eb.or([
        like(dialect, 'actor', who),
        eb(
          'actor',
          'in',
          eb
            .selectFrom('users')
            .select('users.login')
            .where(like(dialect, 'users.name', who)),
        ),
      ]),
    );
  if (f.entity) out = out.where('entity', '=', f.entity);
  if (f.entityId !== undefined) out = out.where('entity_id', '=', f.entityId);
  if (f.action) out = out.where('action', '=', f.action);
  if (f.from) {
    checkDay('from', f.from);
    out = out.where('at', '>=', f.from);
  }
  if (f.to) {
    checkDay('to', f.to);
    const { op, value } = upperBound(f.to);
    out = out.where('at', op, value);
  }
  const text = f.q?.trim();
  if (text)
    out = out.where((eb: ExpressionBuilder<Database, 'changes'>) =>
      eb.or([like(dialect, 'reason', text), like(dialect, 'diff', text)]),
    );
  return out;
}

/** One page of the log, newest first; `nextBefore` asks for the next (older) page. */
export async function listLog(
  db: Q,
  dialect: Dialect,
  query: LogQuery,
): Promise<{ entries: LogEntry[]; nextBefore: number | null }> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  let q = applyFilter(db.selectFrom('changes').select(COLUMNS), dialect, query);
  if (query.before !== undefined) q = q.where('id', '<', query.before);
  const rows = (
    await q
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute()
  ).map(normalise);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { entries: page.map(toEntry), nextBefore: more ? page[page.length - 1]!.id : null };
}

/**
 * Every row matching the filter, oldest first (chain order), read in pages of `pageSize` by id:
 * memory stays constant whatever the size of the log.
 */
export async function* streamLog(
  db: Q,
  dialect: Dialect,
  filter: LogFilter = {},
  pageSize = 2000,
): AsyncGenerator<ChangeRow> {
  let last = 0;
  for (;;) {
    const rows = await applyFilter(db.selectFrom('changes').select(COLUMNS), dialect, filter)
      .where('id', '>', last)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const r of rows) yield normalise(r);
    if (rows.length < pageSize) return;
    last = Number(rows[rows.length - 1]!.id);
  }
}

/** Rows after `afterId`, in chain order: what the verifier walks. */
export async function rowsAfter(db: Q, afterId: number, limit: number): Promise<ChangeRow[]> {
  const rows = await db
    .selectFrom('changes')
    .select(COLUMNS)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(normalise);
}

export async function readHead(db: Q): Promise<HeadRow | null> {
  const r = await db
    .selectFrom('log_head')
    .select(['last_id', 'hash', 'count', 'updated_at'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return r
    ? { last_id: Number(r.last_id), hash: r.hash, count: Number(r.count), updated_at: r.updated_at }
    : null;
}

/** The smallest id above `id`, if any. */
export async function firstIdAfter(db: Q, id: number): Promise<number | null> {
  const r = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.min('id').as('id'))
    .where('id', '>', id)
    .executeTakeFirst();
  return r?.id === null || r?.id === undefined ? null : Number(r.id);
}

/** How many rows the table holds (for progress: the head may be wrong when the log is tampered with). */
export async function countRows(db: Q): Promise<number> {
  const r = await db.selectFrom('changes').select(db.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}
