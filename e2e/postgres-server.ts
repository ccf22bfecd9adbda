// The browser tests' second server: Vigie on PostgreSQL. Playwright starts its web servers before
// any global setup, so this one brings its own database: a throwaway cluster (the one the unit tests
// use, src/core/testing/postgres.ts), then `vigie start` on it with the demo organisation, asked for
// explicitly. On SIGTERM (Playwright's graceful shutdown) it stops Vigie, then the cluster.
// Run with: node --import tsx e2e/postgres-server.ts PORT
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startCluster } from '../src/core/testing/postgres';

const port = process.argv[2];
if (!port || !/^\d{2,5}$/.test(port)) {
  console.error('usage: postgres-server.ts PORT');
  process.exit(2);
}

const cluster = await startCluster();
const vigie = spawn(process.execPath, ['bin/vigie.mjs', 'start', '--port', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    VIGIE_DATABASE_URL: cluster.url,
    // The demo is loaded into PostgreSQL only when asked (docs/operations.md).
    VIGIE_DEMO: '1',
    // No key file beside a PostgreSQL database: the vault's master key comes from the environment.
    VIGIE_MASTER_KEY: randomBytes(32).toString('base64'),
  },
});

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  const done = () => {
    cluster.stop();
    process.exit(code);
  };
  if (vigie.exitCode !== null || vigie.signalCode !== null) {
    done();
    return;
  }
  vigie.once('exit', done);
  vigie.kill('SIGTERM');
  setTimeout(() => vigie.kill('SIGKILL'), 10_000).unref();
}
vigie.on('exit', (code) => stop(code ?? 1));
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
