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

/** Appends changes to the chain, in the caller's transaction (or in one of its own). */
export async function appendChanges(db: Q, changes: ChangeValues[]): Promise<void> {
  if (!changes.length) return;
  if (!db.isTransaction) {
    await (db as Kysely<Database>).transaction().execute((trx) => appendChanges(trx, changes));
    return;
  }
  const now = new Date().toISOString();
  // Writing the head first takes its lock (a row lock on PostgreSQL, the write lock on SQLite):
  // concurrent writers queue here, so the chain never forks.
  await db.updateTable('log_head').set({ updated_at: now }).where('id', '=', 1).execute();
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
