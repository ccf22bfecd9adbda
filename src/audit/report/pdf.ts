// Prints the report's HTML as an A4 PDF with the system's Chromium, driven by playwright-core.
// Vigie never downloads a browser: it uses VIGIE_CHROMIUM, else Debian's /usr/bin/chromium.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { Unavailable } from '../../core/errors';
import { fill } from '../../core/i18n';
import { reportMessages } from './messages';

export const CHROMIUM_ENV = 'VIGIE_CHROMIUM';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface PrintOptions {
  /** Chromium's executable; default VIGIE_CHROMIUM, else /usr/bin/chromium. */
  executable?: string;
  /** Give up after this many milliseconds (default 60 s). */
  timeoutMs?: number;
}

export function chromiumPath(): string {
  return process.env[CHROMIUM_ENV] || DEFAULT_CHROMIUM;
}

// Chromium fills the .pageNumber and .totalPages spans; the templates need their own font size.
const FOOTER = `<div style="width:100%;font:8px 'Liberation Sans',Arial,sans-serif;color:#90a4ae;padding:0 14mm;display:flex;justify-content:space-between">
<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
const HEADER = '<div></div>';

export async function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const executable = options.executable ?? chromiumPath();
  await ensureExecutable(executable);
  const timeout = options.timeoutMs ?? 60_000;
  const browser = await launch(executable, timeout);
  try {
    const page = await browser.newPage();
    // The page has no script and no external resource: it is ready once its HTML is parsed.
    await page.setContent(html, { waitUntil: 'load', timeout });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: HEADER,
      footerTemplate: FOOTER,
      margin: { top: '16mm', right: '14mm', bottom: '18mm', left: '14mm' },
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}

/** A Chromium that exists but cannot start (wrong binary, missing libraries) is unavailable too. */
async function launch(executable: string, timeout: number) {
  try {
    return await chromium.launch({
      executablePath: executable,
      headless: true,
      timeout,
      // Chromium refuses its sandbox as root (containers); elsewhere the sandbox stays on.
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
  } catch (e) {
    const params = {
      path: executable,
      error: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '',
    };
    throw new Unavailable(
      'audit.report.print_failed',
      fill(reportMessages['audit.report.print_failed'].en, params),
      params,
    );
  }
}

async function ensureExecutable(path: string): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    const params = { path, env: CHROMIUM_ENV };
    throw new Unavailable(
      'audit.report.no_chromium',
      fill(reportMessages['audit.report.no_chromium'].en, params),
      params,
    );
  }
}
