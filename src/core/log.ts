// The change log: every change made through Vigie (who, when, what, before → after), append-only and
// hash-chained. Each row's hash covers its content and the hash before it, and `log_head` keeps the
// last hash and the count, so an edited, deleted or inserted row (even the last one) is detectable.
// Every writer goes through `appendChanges`, which serialises writers on the head row.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { LOG_ENTITIES, type LogEntity } from './log-model';
import type { Database } from './schema';

export { LOG_ENTITIES, type LogEntity };

export type Q = Kysely<Database> | Transaction<Database>;

/** The hash before the first row. */
export const GENESIS = '0'.repeat(64);

export interface ChangeValues {
  at: string;
  actor: string;
  entity: LogEntity;
  entity_id: number;
  /** create | update | delete, or an event: sign_in, sign_in_failed, reveal, acknowledge, run… */
  action: string;
  diff: Record<string, [unknown, unknown]>;
  batch: string | null;
  reason: string | null;
}

/** The row as stored (diff as its JSON text), which is exactly what the hash covers. */
export interface ChainedRow {
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  diff: string;
  batch: string | null;
  reason: string | null;
}

export function chainHash(prev: string, r: ChainedRow): string {
  const body = JSON.stringify([
    r.at,
    r.actor,
    r.entity,
    Number(r.entity_id),
    r.action,
    r.diff,
    r.batch ?? null,
    r.reason ?? null,
  ]);
  return createHash('sha256').update(prev).update('\n').update(body).digest('hex');
}

/**
 * Takes the change log's lock for the rest of the transaction: writing the head takes it (a row lock
 * on PostgreSQL, the write lock on SQLite), so concurrent writers queue here and the chain never forks.
 *
 * A transaction that changes registry rows (presences, units, people) takes it *first*, before any
 * row lock (`writeTransaction`): every such transaction appends to the log anyway, so the lock is
 * held until its commit whatever the order; taking it first gives all writers one lock order (log,
 * then rows), and two of them can never wait for each other (no deadlock on PostgreSQL).
 */
export async function lockChangeLog(trx: Q, now = new Date().toISOString()): Promise<void> {
  await trx.updateTable('log_head').set({ updated_at: now }).where('id', '=', 1).execute();
}

/** The id of the log's last entry (0 for an empty log): it moves with every committed write. */
export async function readLogMark(db: Q): Promise<number> {
  const head = await db.selectFrom('log_head').select('last_id').where('id', '=', 1).executeTakeFirst();
  return Number(head?.last_id ?? 0);
}

/**
 * A transaction that writes registry rows and the change log, with the log's lock taken first
 * (see `lockChangeLog`). Readers see the state every earlier writer committed.
 */
export function writeTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>) {
  return db.transaction().execute(async (trx) => {
    await lockChangeLog(trx);
    return fn(trx);
  });
}

/** Appends changes to the chain, in the caller's transaction (or in one of its own). */
export async function appendChanges(db: Q, changes: ChangeValues[]): Promise<void> {
  if (!changes.length) return;
  if (!db.isTransaction) {
    await (db as Kysely<Database>).transaction().execute((trx) => appendChanges(trx, changes));
    return;
  }
  const now = new Date().toISOString();
  await lockChangeLog(db, now);
  const head = await db
    .selectFrom('log_head')
    .select(['hash', 'count'])
    .where('id', '=', 1)
    .executeTakeFirst();
  let prev = head?.hash ?? GENESIS;
  for (let i = 0; i < changes.length; i += 500) {
    const chunk = changes.slice(i, i + 500).map((c) => {
      const row = { ...c, diff: JSON.stringify(c.diff) };
      const hash = chainHash(prev, row);
      const out = { ...row, prev_hash: prev, hash };
      prev = hash;
      return out;
    });
    await db.insertInto('changes').values(chunk).execute();
  }
  const last = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const values = {
    last_id: Number(last?.id ?? 0),
    hash: prev,
    count: Number(head?.count ?? 0) + changes.length,
    updated_at: now,
  };
  if (head) await db.updateTable('log_head').set(values).where('id', '=', 1).execute();
  else
    await db
      .insertInto('log_head')
      .values({ id: 1, ...values })
      .execute();
}
