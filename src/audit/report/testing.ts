// What the report's tests measure of a printed report: its pages, and the sections taller than their
// page (which a fixed-height page would cut off silently).
import type { PrintQueue } from './pdf';

/** Page objects of a PDF (not the /Pages tree nodes). */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The sections taller than their page, with how much: laid out as printed (print media, the width of
 * the A4 text column) on a page of their own, scripts on, to measure.
 */
export async function overflows(queue: PrintQueue, html: string): Promise<string[]> {
  return queue.browser.use(async (browser) => {
    const page = await browser.newPage({ viewport: { width: 688, height: 1000 } });
    try {
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
      return await page.evaluate(() =>
        [...document.querySelectorAll('section.page')]
          .filter((s) => s.scrollHeight > s.clientHeight + 1)
          .map((s) => `${s.id}: ${s.scrollHeight - s.clientHeight}px`),
      );
    } finally {
      await page.close();
    }
  });
}
