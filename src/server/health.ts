// Probes for whatever runs Vigie (a container orchestrator, a load balancer, a supervisor):
//   GET /healthz — the process answers (it touches nothing else);
//   GET /readyz  — the database answers and is migrated, the vault's master key is loaded, and the
//                  server is not shutting down; otherwise 503 with a reason.
// Both are public and say nothing else: no version, no database address, no error text (those go
// to the log).

import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db } from '../core/db';
import { publicRoute } from '../core/guard';
import type { AppEnv } from '../core/http';
import type { Logger } from '../core/logger';
import { MIGRATIONS } from '../core/migrations';
import type { Vault } from '../trust/vault/vault';

/** Shared by the server and its shutdown: once draining, the instance is no longer ready. */
export interface Lifecycle {
  draining: boolean;
}

export type NotReadyReason =
  | 'shutting_down'
  | 'database_unreachable'
  | 'migrations_pending'
  | 'vault_key_missing';

export interface ReadinessFacts {
  draining: boolean;
  databaseReachable: boolean;
  /** Migrations the database has recorded; null when they could not be read. */
  applied: readonly string[] | null;
  known: readonly string[];
  vaultKeyLoaded: boolean;
}

/** The first reason not to send traffic here, in the order an operator fixes them. */
export function readiness(f: ReadinessFacts): { ready: true } | { ready: false; reason: NotReadyReason } {
  if (f.draining) return { ready: false, reason: 'shutting_down' };
  if (!f.databaseReachable) return { ready: false, reason: 'database_unreachable' };
  const applied = new Set(f.applied ?? []);
  if (f.applied === null || f.known.some((m) => !applied.has(m)))
    return { ready: false, reason: 'migrations_pending' };
  if (!f.vaultKeyLoaded) return { ready: false, reason: 'vault_key_missing' };
  return { ready: true };
}

/** A probe that hangs (a database behind a dropped network) answers "not ready" after this long. */
export const PROBE_TIMEOUT_MS = 2000;

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Gathers the facts `readiness` decides on; failures are logged with their detail, never answered. */
export async function readinessFacts(
  deps: { db: Db; vault?: Vault; lifecycle: Lifecycle; logger: Logger },
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ReadinessFacts> {
  const facts: ReadinessFacts = {
    draining: deps.lifecycle.draining,
    databaseReachable: false,
    applied: null,
    known: MIGRATIONS.map((m) => m.name),
    vaultKeyLoaded: Boolean(deps.vault?.available),
  };
  if (facts.draining) return facts;
  try {
    await within(sql`select 1`.execute(deps.db.db), timeoutMs);
    facts.databaseReachable = true;
  } catch (e) {
    deps.logger.warn({ err: e }, 'readiness: the database does not answer');
    return facts;
  }
  try {
    const rows = await within(
      sql<{ name: string }>`select name from kysely_migration`.execute(deps.db.db),
      timeoutMs,
    );
    facts.applied = rows.rows.map((r) => r.name);
  } catch (e) {
    deps.logger.warn({ err: e }, 'readiness: the migrations cannot be read');
  }
  return facts;
}

export function healthRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Db; vault?: Vault; lifecycle: Lifecycle; logger: Logger },
): void {
  app.get('/healthz', publicRoute(), (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' }, 200);
  });
  app.get('/readyz', publicRoute(), async (c) => {
    c.header('cache-control', 'no-store');
    const r = readiness(await readinessFacts({ ...deps, logger: c.get('logger') ?? deps.logger }));
    return r.ready
      ? c.json({ status: 'ready' }, 200)
      : c.json({ status: 'not_ready', reason: r.reason }, 503);
  });
}
