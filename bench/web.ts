// `npm run bench:web`: Lighthouse (desktop preset, Debian's Chromium) on the demo organisation's
// overview, presences, presence and audit pages, signed in as the hub's admin. Each page's
// performance and accessibility scores are printed with its time to content (largest contentful
// paint), next to the sign-in page measured in the same run: the lightest page of the same server
// and assets, so what a page adds over it is what the page itself costs.
// Targets (issue 12): performance ≥ 90, accessibility ≥ 95.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { BenchRow } from './inventory';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');
const ADMIN = { login: 'helene.marchand@ombreval.example', password: 'ombreval-demo-2026' };

/** Vigie on a fresh SQLite file with the demo organisation, as `npm start` runs it; its base URL. */
async function startVigie(dir: string): Promise<{ base: string; server: ChildProcess }> {
  const port = 30_000 + Math.floor(Math.random() * 10_000);
  const server = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/vigie.mjs'), 'start', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, VIGIE_DATABASE_URL: `sqlite:${path.join(dir, 'vigie.db')}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  // The first start may build the web app: up to a few minutes on a small machine.
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`vigie start exited with ${server.exitCode}`);
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, server };
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('vigie start did not answer within 5 minutes');
}

async function api<T>(
  base: string,
  url: string,
  init: RequestInit & { cookie?: string; csrf?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers['x-vigie-csrf'] = init.csrf;
  const r = await fetch(`${base}/api${url}`, { ...init, headers });
  if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${r.status} ${await r.text()}`);
  return { body: (await r.json()) as T, cookies: r.headers.getSetCookie() };
}

/** Signs in as the hub's admin; the cookie header that carries the session. */
async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const r = await api<{ csrf: string }>(base, '/auth/signin', {
    method: 'POST',
    body: JSON.stringify(ADMIN),
  });
  const cookie = r.cookies.map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: r.body.csrf };
}

interface PageFigures {
  performance: number;
  accessibility: number;
  lcpMs: number;
  fcpMs: number;
  bytes: number;
}

async function measure(url: string, port: number, cookie: string): Promise<PageFigures> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  // VIGIE_BENCH_WEB_REPORTS=dir keeps each page's full report, to see what a score is made of.
  const keep = process.env.VIGIE_BENCH_WEB_REPORTS;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    const name = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'overview';
    fs.writeFileSync(path.join(keep, `${name}.json`), JSON.stringify(result.lhr, null, 1));
  }
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    fcpMs: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
    bytes: audits['total-byte-weight']?.numericValue ?? Number.NaN,
  };
}

const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
const kb = (v: number) => `${Math.round(v / 1024).toLocaleString('en')} kB`;

export async function benchWeb(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-web-'));
  const { base, server } = await startVigie(dir);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const session = await signIn(base);
    const presences = await api<{ items: { id: number }[] }>(base, '/presences?limit=1', session);
    const presenceId = presences.body.items[0]?.id;
    const audit = await api<{ id: number }>(base, '/audits', {
      ...session,
      method: 'POST',
      body: JSON.stringify({ name: 'Lighthouse' }),
    });
    // VIGIE_BENCH_WEB_PAGES=audit,overview measures only those pages, while working on one.
    const only = process.env.VIGIE_BENCH_WEB_PAGES?.split(',');
    const pages = (
      [
        ['overview', '/'],
        ['presences', '/presences'],
        ['presence', `/presences/${presenceId}`],
        ['audit', `/audits/${audit.body.id}`],
      ] as [string, string][]
    ).filter(([name]) => !only || only.includes(name));
    // A first load of each page, unmeasured: the server's first answers (and Chromium's) warm up.
    await measure(`${base}/signin`, chrome.port, '');
    const baseline = await measure(`${base}/signin`, chrome.port, '');
    const rows: BenchRow[] = [];
    for (const [name, url] of pages) {
      const f = await measure(`${base}${url}`, chrome.port, session.cookie);
      rows.push({
        name: `Lighthouse desktop, ${name} page (${url})`,
        figure: `performance ${f.performance}, accessibility ${f.accessibility}, content at ${ms(f.lcpMs)} (first paint ${ms(f.fcpMs)}), ${kb(f.bytes)}`,
        baseline: `sign-in page: performance ${baseline.performance}, content at ${ms(baseline.lcpMs)}, ${kb(baseline.bytes)}`,
        ratio: `${(f.lcpMs / baseline.lcpMs).toFixed(1)}× its time to content`,
        target: 'performance ≥ 90, accessibility ≥ 95',
        ok: f.performance >= 90 && f.accessibility >= 95,
      });
    }
    return rows;
  } finally {
    chrome.kill();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
