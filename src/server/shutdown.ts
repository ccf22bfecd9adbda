// Graceful shutdown (SIGTERM, SIGINT): stop accepting connections, let the running platform imports
// finish within a bounded time, then let the caller close the database. An import still running at
// the deadline is left as it is: its transaction has not committed, so stopping the process discards
// it whole (nothing half-written), and the person starts it again.
import type { Server } from 'node:http';
import { Invalid } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Jobs } from '../imports/jobs';
import type { Lifecycle } from './health';

export const DEFAULT_SHUTDOWN_TIMEOUT_S = 30;
const MAX_SHUTDOWN_TIMEOUT_S = 3600;

/** VIGIE_SHUTDOWN_TIMEOUT: whole seconds, 0 to 3600 (default 30), in milliseconds. */
export function shutdownTimeoutFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.VIGIE_SHUTDOWN_TIMEOUT?.trim();
  if (!raw) return DEFAULT_SHUTDOWN_TIMEOUT_S * 1000;
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(n >= 0 && n <= MAX_SHUTDOWN_TIMEOUT_S)) {
    throw new Invalid(
      'config.shutdown_timeout',
      `VIGIE_SHUTDOWN_TIMEOUT must be a whole number of seconds from 0 to ${MAX_SHUTDOWN_TIMEOUT_S} (it is "${env.VIGIE_SHUTDOWN_TIMEOUT}").`,
      { value: String(env.VIGIE_SHUTDOWN_TIMEOUT) },
    );
  }
  return n * 1000;
}

export interface ShutdownResult {
  /** Imports that were running when the shutdown began. */
  running: number;
  /** Imports still running at the deadline (not committed: the process may stop, nothing is kept). */
  abandoned: number;
}

export interface DrainOptions {
  server: Server;
  jobs: Jobs;
  lifecycle: Lifecycle;
  timeoutMs: number;
  logger: Logger;
}

/**
 * Stops taking connections (readiness answers 503 from now on), waits for the running imports and
 * the requests in flight until the deadline, then cuts the connections that remain. The database is
 * the caller's to close — only when nothing was abandoned, since closing it under a running
 * transaction would fail that import half-way rather than discard it.
 */
export async function drainServer(o: DrainOptions): Promise<ShutdownResult> {
  const deadline = Date.now() + o.timeoutMs;
  o.lifecycle.draining = true;
  const running = o.jobs.running;
  o.logger.info({ running, timeoutMs: o.timeoutMs }, 'shutting down');
  // No new connection from now; idle keep-alive connections are closed, busy ones end after their request.
  const closed = new Promise<void>((resolve) => o.server.close(() => resolve()));
  const abandoned = await o.jobs.drain(o.timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([closed, late]);
  clearTimeout(timer);
  // Whatever is still open at the deadline (a slow upload, a client that keeps its connection) is cut.
  o.server.closeAllConnections();
  await closed;
  if (abandoned)
    o.logger.warn({ abandoned }, 'imports left unfinished: their transactions were not committed');
  o.logger.info({ running, abandoned }, 'stopped');
  return { running, abandoned };
}
