// Kysely's PostgreSQL dialect, with the `pg` client of each connection reachable: bulk loads use
// COPY (pg-copy-streams), which needs the client itself, on the very connection (and so inside the
// transaction) of the Kysely queries around it.
// Why a driver of our own: Kysely keeps the client private to its connection object, and a wrapped
// pool cannot tell which client a given Kysely connection holds without racing concurrent checkouts.
// Owning the connection class makes the link explicit; Kysely's own driver still says how to begin,
// commit, roll back and use savepoints (those only send SQL through the connection).
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type Kysely,
  PostgresDialect,
  PostgresDriver,
  type QueryResult,
} from 'kysely';
import type pg from 'pg';

/** The commands whose row count Kysely reports (as its own PostgreSQL driver does). */
const WRITES = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

class PgConnection implements DatabaseConnection {
  constructor(readonly client: pg.PoolClient) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const r = await this.client.query(q.sql, [...q.parameters]);
      return {
        numAffectedRows: WRITES.has(r.command) ? BigInt(r.rowCount ?? 0) : undefined,
        rows: (r.rows ?? []) as R[],
      };
    } catch (e) {
      // The caller's stack, not only the socket's: where in Vigie the failing query was sent.
      if (e instanceof Error) e.stack = `${e.stack}\n${new Error().stack?.split('\n').slice(1).join('\n')}`;
      throw e;
    }
  }

  // biome-ignore lint/correctness/useYield: Vigie never streams query results (no cursor configured).
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries is not configured for PostgreSQL');
  }
}

class PgDriver extends PostgresDriver {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    super({ pool });
    this.#pool = pool;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return new PgConnection(await this.#pool.connect());
  }

  override async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PgConnection).client.release();
  }
}

/** PostgresDialect whose connections expose their `pg` client (see withPgClient). */
export class CopyablePostgresDialect extends PostgresDialect {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    super({ pool });
    this.#pool = pool;
  }

  override createDriver(): Driver {
    return new PgDriver(this.#pool);
  }
}

/**
 * Runs `fn` with the `pg` client of `db`'s connection: a transaction's own (so what `fn` writes
 * commits or rolls back with it), or, outside a transaction, one taken from the pool for `fn`.
 * Inside `fn`, send everything through the client: a query through `db` would wait for `fn` to end
 * (a transaction's connection serves one caller at a time).
 */
export async function withPgClient<T>(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return db.getExecutor().provideConnection(async (c) => {
    if (!(c instanceof PgConnection)) throw new Error('not a PostgreSQL connection of Vigie');
    return fn(c.client);
  });
}
