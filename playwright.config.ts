// Browser tests: Debian's Chromium (never `npx playwright install`) against a Vigie server started on
// a fresh SQLite file with the demo organisation, so every run starts from the same registry.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// A port of its own for each run (workers inherit it through the environment), so that a server
// left running on a usual port, or another run beside this one, never answers in its place.
process.env.VIGIE_E2E_PORT ||= String(20_000 + Math.floor(Math.random() * 20_000));
const PORT = Number(process.env.VIGIE_E2E_PORT);
const BASE = `http://127.0.0.1:${PORT}`;
// The same tests once more against Vigie on PostgreSQL (e2e/postgres-server.ts brings its cluster).
const PG_BASE = `http://127.0.0.1:${PORT + 1}`;
// The config is also read by each worker; only the main process starts the server, with this file.
process.env.VIGIE_E2E_DB ||= join(tmpdir(), `vigie-e2e-${process.pid}-${Date.now()}.db`);
const database = process.env.VIGIE_E2E_DB;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  projects: [
    { name: 'sqlite', use: { baseURL: BASE } },
    { name: 'postgres', use: { baseURL: PG_BASE } },
  ],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node bin/vigie.mjs start --port ${PORT}`,
      url: `${BASE}/api/health`,
      env: { VIGIE_DATABASE_URL: `sqlite:${database}` },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node --import tsx e2e/postgres-server.ts ${PORT + 1}`,
      url: `${PG_BASE}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      // Lets the wrapper stop Vigie and its PostgreSQL cluster instead of leaving them running.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
