// Prints the report's HTML as an A4 PDF with the system's Chromium, driven by playwright-core.
// Vigie never downloads a browser: it uses VIGIE_CHROMIUM, else Debian's /usr/bin/chromium.
// Prints go through one bounded queue and one shared browser (security issue #10, finding 8): a
// browser per request let six simultaneous reports start ~60 Chromium processes.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { TooMany, Unavailable } from '../../core/errors';
import { fill } from '../../core/i18n';
import { type SharedBrowser, sharedBrowser } from './browser';
import { reportMessages } from './messages';
import { createJobQueue } from './queue';

export const CHROMIUM_ENV = 'VIGIE_CHROMIUM';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CONCURRENCY_ENV = 'VIGIE_PDF_CONCURRENCY';
export const QUEUE_ENV = 'VIGIE_PDF_QUEUE';

export const DEFAULT_CONCURRENCY = 1;
export const MAX_CONCURRENCY = 4;
export const DEFAULT_WAITING = 8;
export const MAX_WAITING = 100;
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_IDLE_MS = 30_000;
/** What a refused client is told to wait (Retry-After), in seconds. */
export const RETRY_AFTER_S = 10;
/** An aborted print whose page does not close within this delay takes its browser down with it. */
const HUNG_MS = 5_000;

/**
 * What a print is doing, for a progress display: waiting for a slot in the queue, starting the
 * browser (instant when it already runs), laying the page out, printing it.
 */
export type PrintPhase = 'waiting' | 'starting' | 'loading' | 'printing';
export type OnPhase = (phase: PrintPhase) => void;

export interface PrintOptions {
  /** Overrides the queue's time limit for this print. */
  timeoutMs?: number;
  /** Told each phase as the print reaches it (the CLI's progress bar). */
  onPhase?: OnPhase;
}

export interface PrintQueueOptions {
  /** Chromium's executable; default VIGIE_CHROMIUM, else /usr/bin/chromium. */
  executable?: string;
  /** Prints at once; default VIGIE_PDF_CONCURRENCY, else 1. */
  concurrency?: number;
  /** Prints waiting for a slot before the next is refused; default VIGIE_PDF_QUEUE, else 8. */
  maxWaiting?: number;
  /** A print running longer is stopped (default 60 s). */
  timeoutMs?: number;
  /** The shared browser closes after this long without a print (default 30 s). */
  idleMs?: number;
  /** Prints with a browser; replaced in tests to count what runs at once. */
  printer?: (browser: Browser, html: string, signal: AbortSignal, onPhase?: OnPhase) => Promise<Buffer>;
  /** Starts the browser; replaced in tests. */
  launch?: (executable: string, timeoutMs: number) => Promise<Browser>;
}

export interface PrintQueue {
  print(html: string, options?: PrintOptions): Promise<Buffer>;
  close(): Promise<void>;
  readonly running: number;
  readonly waiting: number;
  readonly browser: SharedBrowser<Browser>;
}

export function chromiumPath(): string {
  return process.env[CHROMIUM_ENV] || DEFAULT_CHROMIUM;
}

/** A whole number from the environment, within [min, max]; anything else gives the default. */
export function envCount(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number(value?.trim() || Number.NaN);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/**
 * The flags this machine needs (as playwright.config.ts): no sandbox as root (containers refuse
 * it), no GPU, no /dev/shm, nothing that phones home. Playwright adds most of the quiet ones too;
 * they are spelt out so that the printing browser stays quiet whatever Playwright's defaults become.
 */
export function chromiumArgs(root = process.getuid?.() === 0): string[] {
  return [
    ...(root ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--no-first-run',
    '--mute-audio',
  ];
}

/** The printing page runs no script, reaches no network, downloads nothing, and obeys CSP. */
export const PRINT_CONTEXT: BrowserContextOptions = {
  javaScriptEnabled: false,
  offline: true,
  acceptDownloads: false,
  bypassCSP: false,
  serviceWorkers: 'block',
};

// Chromium fills the .pageNumber and .totalPages spans; the templates need their own font size.
// The title on one line, cut with an ellipsis when the audit's and organisation's names are long (a
// block beside a float: Chromium's footer does not shrink flex items).
const FOOTER = `<div style="width:100%;box-sizing:border-box;padding:0 14mm;font:8px 'Liberation Sans',Arial,sans-serif;color:#90a4ae">
<span style="float:right;margin-left:6mm"><span class="pageNumber"></span> / <span class="totalPages"></span></span>
<div class="title" style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis"></div></div>`;
const HEADER = '<div></div>';

async function pdfOf(page: Page): Promise<Buffer> {
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER,
    footerTemplate: FOOTER,
    margin: { top: '16mm', right: '14mm', bottom: '18mm', left: '14mm' },
  });
  return Buffer.from(pdf);
}

/** Prints in a context of its own, closed when done or when the signal aborts the print. */
export async function printOn(
  browser: Browser,
  html: string,
  signal: AbortSignal,
  onPhase?: OnPhase,
): Promise<Buffer> {
  const context = await browser.newContext(PRINT_CONTEXT);
  const abort = () => void context.close().catch(() => {});
  signal.addEventListener('abort', abort);
  try {
    signal.throwIfAborted();
    // Every request is refused: the report is self-contained, and a name or a reason in it must not
    // make the server fetch anything (offline alone leaves file: and some schemes).
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    onPhase?.('loading');
    // No timeout here: the queue's time limit aborts the signal, which closes the context.
    await page.setContent(html, { waitUntil: 'load', timeout: 0 });
    onPhase?.('printing');
    return await pdfOf(page);
  } finally {
    signal.removeEventListener('abort', abort);
    await context.close().catch(() => {});
  }
}

export function createPrintQueue(options: PrintQueueOptions = {}): PrintQueue {
  const executable = options.executable ?? chromiumPath();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const printer = options.printer ?? printOn;
  const launch = options.launch ?? launchChromium;
  const queue = createJobQueue({
    concurrency:
      options.concurrency ?? envCount(process.env[CONCURRENCY_ENV], DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY),
    maxWaiting: options.maxWaiting ?? envCount(process.env[QUEUE_ENV], DEFAULT_WAITING, 0, MAX_WAITING),
    timeoutMs,
    busy: printBusy,
    timedOut: (ms) =>
      printError(Unavailable, 'audit.report.print_timeout', { seconds: Math.ceil(ms / 1000) }),
  });
  const browser = sharedBrowser<Browser>({
    launch: () => launch(executable, timeoutMs),
    idleMs: options.idleMs ?? DEFAULT_IDLE_MS,
  });

  const job = (html: string, onPhase?: OnPhase) => (signal: AbortSignal) => {
    onPhase?.('starting');
    return browser.use(async (b) => {
      const printing = printer(b, html, signal, onPhase);
      const onAbort = () => {
        const hung = setTimeout(() => void browser.discard(b), HUNG_MS);
        hung.unref();
        printing.then(
          () => clearTimeout(hung),
          () => clearTimeout(hung),
        );
      };
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        return await printing;
      } catch (e) {
        throw e instanceof Unavailable ? e : printFailed(executable, e);
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    });
  };

  return {
    async print(html, printOptions = {}) {
      await ensureExecutable(executable);
      printOptions.onPhase?.('waiting');
      return queue.run(job(html, printOptions.onPhase), printOptions.timeoutMs ?? timeoutMs);
    },
    close: () => browser.close(),
    get running() {
      return queue.running;
    },
    get waiting() {
      return queue.waiting;
    },
    browser,
  };
}

let shared: PrintQueue | null = null;

/** Prints through the process's one queue, configured from the environment at its first use. */
export function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  shared ??= createPrintQueue();
  return shared.print(html, options);
}

/** Closes the shared browser (the CLI, once its report is written, so that the process can end). */
export async function closePrintQueue(): Promise<void> {
  const closing = shared;
  shared = null;
  await closing?.close();
}

/** A Chromium that exists but cannot start (wrong binary, missing libraries) is unavailable too. */
export async function launchChromium(executable: string, timeout: number): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: executable,
      headless: true,
      timeout,
      args: chromiumArgs(),
    });
  } catch (e) {
    throw printFailed(executable, e);
  }
}

/** The refusal when the waiting line is full: 429, with the seconds to wait (the route's Retry-After). */
export function printBusy(): TooMany {
  return printError(TooMany, 'audit.report.print_busy', { seconds: RETRY_AFTER_S });
}

function printFailed(path: string, e: unknown): Unavailable {
  const error = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return printError(Unavailable, 'audit.report.print_failed', { path, error });
}

function printError<E>(
  Kind: new (code: string, message: string, params: Record<string, string | number>) => E,
  code: keyof typeof reportMessages,
  params: Record<string, string | number>,
): E {
  return new Kind(code, fill(reportMessages[code].en, params), params);
}

async function ensureExecutable(path: string): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw printError(Unavailable, 'audit.report.no_chromium', { path, env: CHROMIUM_ENV });
  }
}
