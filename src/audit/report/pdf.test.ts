import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { TooMany, Unavailable } from '../../core/errors';
import { hostileFixture, reportFixture, scaledFixture } from './fixture';
import { renderReportHtml, reportSections } from './html';
import {
  CHROMIUM_ENV,
  chromiumArgs,
  chromiumPath,
  createPrintQueue,
  envCount,
  launchChromium,
  type PrintPhase,
  printOn,
  RETRY_AFTER_S,
} from './pdf';
import { overflows, pageCount } from './testing';

const hasChromium = existsSync(chromiumPath());

/** Prints with JavaScript and the network on: the control that shows a probe would catch a leak. */
async function printUnguarded(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    return Buffer.from(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

/** A local web server that counts what it is asked for. */
async function countingServer() {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, asked, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A page that reaches for the network every way HTML and CSS allow, without a script. */
const reaching = (url: string) => `<!doctype html><html><head>
<link rel="stylesheet" href="${url}/link.css"><link rel="prefetch" href="${url}/prefetch">
<style>@import url(${url}/import.css); @font-face { font-family: F; src: url(${url}/font.woff2); }
body { font-family: F; background: url(${url}/background.png); }</style></head>
<body><p>Rapport</p><img src="${url}/img.png"><iframe src="${url}/frame"></iframe>
<object data="${url}/object"></object><video poster="${url}/poster.png"></video></body></html>`;

/** A script that, if it ran, would turn one short page into many. */
const SCRIPTED = `<!doctype html><html><body><p>Rapport d’une page.</p>
<script>document.body.innerHTML = '<div style="height:3000mm">JavaScript a tourné</div>';</script></body></html>`;

/** Live Chromium processes started by this test process. */
function chromiumChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,stat=,comm=', '--ppid', String(process.pid)], {
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, stat, comm]) => comm && /chrom/i.test(comm) && !stat?.startsWith('Z'))
    .map(([pid]) => Number(pid));
}

// Skipped only on a workstation without Chromium: CI installs it, so there a missing one fails.
describe.skipIf(!hasChromium && !process.env.CI)('the print queue, with Chromium', () => {
  const launches: number[] = [];
  const queue = createPrintQueue({
    concurrency: 2,
    launch: (executable, timeout) => {
      launches.push(Date.now());
      return launchChromium(executable, timeout);
    },
  });
  afterAll(() => queue.close());

  it('prints the report as at most eight A4 pages: the cover, then one page per section', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const data = reportFixture();
      const pdf = await queue.print(renderReportHtml(data, locale));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf), locale).toBe(reportSections(data, locale).length + 1);
      expect(pageCount(pdf), locale).toBeLessThanOrEqual(8);
      // A4 is 595 × 842 points (Chromium rounds its pixels up a little).
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(Number(box?.[1])).toBeCloseTo(595, -1);
      expect(Number(box?.[2])).toBeCloseTo(842, -1);
    }
    // Without a previous audit nor anything pending: no comparison, no annex, and no empty page.
    const alone = { ...reportFixture(), previous: null };
    alone.audit.items = alone.audit.items.map((i) => ({
      ...i,
      decision: i.decision ?? {
        ...i.recommendation,
        reason: 'Conforme.',
        by: 'x',
        byName: null,
        at: '2025-06-02',
      },
    }));
    expect(pageCount(await queue.print(renderReportHtml(alone, 'fr')))).toBe(6);
  }, 60_000);

  it('keeps every section within its page, whatever the names and the size of the audit', async () => {
    for (const [name, data] of [
      ['fixture', reportFixture()],
      ['ten times larger', scaledFixture(10)],
      ['long names everywhere', hostileFixture()],
    ] as const)
      for (const locale of ['fr', 'en'] as const) {
        const html = renderReportHtml(data, locale);
        // What overflows a fixed-height page would be cut off silently: measured here, as printed.
        expect(await overflows(queue, html), `${name}, ${locale}`).toEqual([]);
        expect(pageCount(await queue.print(html)), `${name}, ${locale}`).toBe(
          reportSections(data, locale).length + 1,
        );
      }
  }, 120_000);

  it('tells each phase of a print as it reaches it', async () => {
    const phases: PrintPhase[] = [];
    await queue.print('<p>phases</p>', { onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(['waiting', 'starting', 'loading', 'printing']);
  }, 60_000);

  it('prints six reports asked at once two at a time, in one browser', async () => {
    let active = 0;
    let most = 0;
    const counting = createPrintQueue({
      concurrency: 2,
      printer: async (browser, html, signal) => {
        most = Math.max(most, ++active);
        try {
          return await printOn(browser, html, signal);
        } finally {
          active--;
        }
      },
      launch: (executable, timeout) => {
        launches.push(Date.now());
        return launchChromium(executable, timeout);
      },
    });
    const before = launches.length;
    try {
      const html = renderReportHtml(reportFixture(), 'en');
      const pdfs = await Promise.all(Array.from({ length: 6 }, () => counting.print(html)));
      expect(pdfs.map((p) => p.subarray(0, 5).toString('latin1'))).toEqual(Array(6).fill('%PDF-'));
      expect(most).toBe(2);
      expect(launches.length - before).toBe(1);
    } finally {
      await counting.close();
    }
  }, 120_000);

  it('runs no script: a page whose script would add pages prints as written', async () => {
    expect(pageCount(await queue.print(SCRIPTED))).toBe(1);
    // The control: the same page with scripts on does grow.
    const control = await queue.browser.use((b) => printUnguarded(b, SCRIPTED));
    expect(pageCount(control)).toBeGreaterThan(1);
  }, 60_000);

  it('makes no request: a local server referenced by the page hears nothing', async () => {
    const server = await countingServer();
    try {
      const pdf = await queue.print(reaching(server.url));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(server.asked).toEqual([]);
      // The control: an unguarded page does reach the same server.
      await queue.browser.use((b) => printUnguarded(b, reaching(server.url)));
      expect(server.asked).toContain('/img.png');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('makes no request when the page tries to navigate away', async () => {
    const server = await countingServer();
    try {
      const away = `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=${server.url}/away"></head><body><p>x</p></body></html>`;
      // Chromium may refuse to print the blocked navigation's error page: either way, nothing left.
      await queue.print(away).catch((e: unknown) => expect(e).toBeInstanceOf(Unavailable));
      expect(server.asked).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('stops a print past its time limit, closes its page, and prints the next one', async () => {
    await queue.print('<p>warm</p>');
    const error = await queue
      .print(renderReportHtml(reportFixture(), 'fr'), { timeoutMs: 1 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(Unavailable);
    expect((error as Unavailable).code).toBe('audit.report.print_timeout');
    expect((error as Unavailable).status).toBe(503);
    await vi.waitFor(() => expect(queue.running).toBe(0));
    expect(await queue.browser.use(async (b) => b.contexts().length)).toBe(0);
    expect(pageCount(await queue.print('<p>next</p>'))).toBe(1);
  }, 60_000);

  it('launches a new browser for the next print when Chromium has crashed', async () => {
    await queue.print('<p>before</p>');
    const [pid] = chromiumChildren();
    expect(pid).toBeDefined();
    const count = launches.length;
    process.kill(pid as number, 'SIGKILL');
    await vi.waitFor(() => expect(queue.browser.launched).toBe(false));
    expect(pageCount(await queue.print('<p>after</p>'))).toBe(1);
    expect(launches.length).toBe(count + 1);
  }, 60_000);
});

describe('the print queue', () => {
  /** Prints that wait for the test, in a browser that never starts (node is executable enough). */
  function held(concurrency: number, maxWaiting: number) {
    const gates: (() => void)[] = [];
    const queue = createPrintQueue({
      executable: process.execPath,
      concurrency,
      maxWaiting,
      launch: async () => ({ close: async () => {}, on: () => {} }) as unknown as Browser,
      printer: () => new Promise<Buffer>((resolve) => gates.push(() => resolve(Buffer.from('%PDF-')))),
    });
    return { queue, gates };
  }

  it('refuses a print beyond its waiting line, as too many (429) with the seconds to wait', async () => {
    const { queue, gates } = held(1, 2);
    const accepted = [queue.print('a'), queue.print('b'), queue.print('c')];
    await vi.waitFor(() => expect(queue.running + queue.waiting).toBe(3));
    const refused = await queue.print('d').catch((e) => e);
    expect(refused).toBeInstanceOf(TooMany);
    expect((refused as TooMany).status).toBe(429);
    expect((refused as TooMany).code).toBe('audit.report.print_busy');
    expect((refused as TooMany).params).toEqual({ seconds: RETRY_AFTER_S });
    expect((refused as TooMany).message).toContain(`try again in ${RETRY_AFTER_S} seconds`);
    while (queue.running > 0) {
      await vi.waitFor(() => expect(gates.length).toBe(1));
      gates.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(accepted)).toHaveLength(3);
    await queue.close();
  });

  it('a print that fails does not block the next', async () => {
    const queue = createPrintQueue({
      executable: process.execPath,
      concurrency: 1,
      launch: async () => ({ close: async () => {}, on: () => {} }) as unknown as Browser,
      printer: async (_browser, html) => {
        if (html === 'crash') throw new Error('Target page, context or browser has been closed');
        return Buffer.from('%PDF-');
      },
    });
    const [failed, next] = await Promise.allSettled([queue.print('crash'), queue.print('fine')]);
    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(Unavailable);
    expect(((failed as PromiseRejectedResult).reason as Unavailable).code).toBe('audit.report.print_failed');
    expect((next as PromiseFulfilledResult<Buffer>).value.toString()).toBe('%PDF-');
    expect((await queue.print('after')).toString()).toBe('%PDF-');
    await queue.close();
  });

  it('says which executable it looked for, and which variable sets it, when Chromium is missing', async () => {
    const missing = '/nonexistent/vigie/chromium';
    const error = await createPrintQueue({ executable: missing })
      .print('<p>x</p>')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unavailable);
    const e = error as Unavailable;
    expect(e.code).toBe('audit.report.no_chromium');
    expect(e.status).toBe(503);
    expect(e.params).toEqual({ path: missing, env: CHROMIUM_ENV });
    expect(e.message).toContain(missing);
    expect(e.message).toContain('VIGIE_CHROMIUM');
  });

  it('reports a Chromium that cannot start as unavailable, with the reason', async () => {
    // An executable that is not a browser: it exits at once.
    const queue = createPrintQueue({ executable: '/bin/false', timeoutMs: 10_000 });
    const error = await queue.print('<p>x</p>').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unavailable);
    expect((error as Unavailable).code).toBe('audit.report.print_failed');
    expect((error as Unavailable).params.path).toBe('/bin/false');
    await queue.close();
  });

  it('takes the executable from VIGIE_CHROMIUM', async () => {
    const saved = process.env[CHROMIUM_ENV];
    process.env[CHROMIUM_ENV] = '/nonexistent/from-env/chromium';
    try {
      const error = await createPrintQueue()
        .print('<p>x</p>')
        .catch((e: unknown) => e);
      expect((error as Unavailable).params.path).toBe('/nonexistent/from-env/chromium');
    } finally {
      if (saved === undefined) delete process.env[CHROMIUM_ENV];
      else process.env[CHROMIUM_ENV] = saved;
    }
  });

  it('reads its limits from the environment, within bounds', () => {
    expect(envCount(undefined, 1, 1, 4)).toBe(1);
    expect(envCount('2', 1, 1, 4)).toBe(2);
    for (const wrong of ['', '0', '5', '1.5', 'two', '-1']) expect(envCount(wrong, 1, 1, 4), wrong).toBe(1);
  });

  it('launches Chromium quietly, without a sandbox only as root', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    for (const flag of ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'])
      expect(chromiumArgs(false)).toContain(flag);
  });
});
