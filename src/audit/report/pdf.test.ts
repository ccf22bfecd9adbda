import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Unavailable } from '../../core/errors';
import { reportFixture } from './fixture';
import { renderReportHtml } from './html';
import { CHROMIUM_ENV, chromiumPath, printPdf } from './pdf';

/** Page objects of a PDF (not the /Pages tree nodes). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe('printPdf', () => {
  it.skipIf(!existsSync(chromiumPath()))(
    'prints the report as a PDF of several A4 pages',
    async () => {
      const pdf = await printPdf(renderReportHtml(reportFixture(), 'fr'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf)).toBeGreaterThan(1);
      // A4 is 595 × 842 points (Chromium rounds its pixels up a little).
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(Number(box?.[1])).toBeCloseTo(595, -1);
      expect(Number(box?.[2])).toBeCloseTo(842, -1);
    },
    60_000,
  );

  it('says which executable it looked for, and which variable sets it, when Chromium is missing', async () => {
    const missing = '/nonexistent/vigie/chromium';
    const error = await printPdf('<p>x</p>', { executable: missing }).catch((e: unknown) => e);
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
    const error = await printPdf('<p>x</p>', { executable: '/bin/false', timeoutMs: 10_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Unavailable);
    expect((error as Unavailable).code).toBe('audit.report.print_failed');
    expect((error as Unavailable).params.path).toBe('/bin/false');
  });

  it('takes the executable from VIGIE_CHROMIUM', async () => {
    const saved = process.env[CHROMIUM_ENV];
    process.env[CHROMIUM_ENV] = '/nonexistent/from-env/chromium';
    try {
      const error = await printPdf('<p>x</p>').catch((e: unknown) => e);
      expect((error as Unavailable).params.path).toBe('/nonexistent/from-env/chromium');
    } finally {
      if (saved === undefined) delete process.env[CHROMIUM_ENV];
      else process.env[CHROMIUM_ENV] = saved;
    }
  });
});
