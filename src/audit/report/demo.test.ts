// The report of the demo organisation (173 presences, 18 units, two audits, a plan under way), printed
// as the committee gets it: issue 12 found it 62 pages long (72 in French), 55 of them a table of every
// presence. At most eight pages now, in both languages, none of them cut off.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorAccess } from '../../core/access';
import { setClock } from '../../core/clock';
import { freshDb } from '../../core/testing/dialects';
import { loadDemo } from '../../demo/loader';
import { DEMO_TODAY } from '../../demo/organisation';
import { AuditService } from '../service';
import { chromiumPath, createPrintQueue } from './pdf';
import { overflows, pageCount } from './testing';

const hasChromium = existsSync(chromiumPath());
const access = operatorAccess('tester');

// Skipped only on a workstation without Chromium: CI installs it, so there a missing one fails.
describe.skipIf(!hasChromium && !process.env.CI)('the report of the demo organisation', () => {
  const html: Record<'en' | 'fr', string> = { en: '', fr: '' };
  let presences = 0;
  const queue = createPrintQueue({ concurrency: 1 });

  beforeAll(async () => {
    const h = await freshDb('sqlite');
    setClock(`${DEMO_TODAY}T12:00:00Z`);
    try {
      await loadDemo(h);
      const s = new AuditService(h);
      await s.run(access, { unitId: null, asOf: '2025-01-15' });
      const audit = await s.get(access, (await s.run(access, { unitId: null, asOf: DEMO_TODAY })).id);
      presences = audit.items.length;
      expect(audit.previousId).not.toBeNull();
      // Half the presences decided as recommended, and the first tasks of their plans done.
      for (const i of audit.items.filter((x) => x.presenceId % 2 === 1).slice(0, 70))
        await s.decide(access, audit.id, i.presenceId, {
          decision: i.recommendation.decision,
          into: i.recommendation.into,
          reason: 'Conforme à la recommandation.',
        });
      for (const t of (await s.tasks(access, audit.id)).filter((x) => x.step === 1 && x.id % 3 !== 0))
        await s.updateTask(access, t.id, { status: 'done' });
      for (const locale of ['en', 'fr'] as const)
        html[locale] = String((await s.report(access, audit.id, 'html', locale)).body);
    } finally {
      setClock(null);
      await h.close();
    }
  }, 120_000);
  afterAll(() => queue.close());

  it('prints at most eight A4 pages in each language, each section whole on its page', async () => {
    expect(presences).toBeGreaterThan(150);
    for (const locale of ['en', 'fr'] as const) {
      const sections = (html[locale].match(/<section id="/g) ?? []).length;
      expect(sections, locale).toBe(8); // the cover, six sections with the comparison, the annex
      const pdf = await queue.print(html[locale]);
      expect(pageCount(pdf), locale).toBe(sections);
      expect(pageCount(pdf), locale).toBeLessThanOrEqual(8);
      expect(await overflows(queue, html[locale]), locale).toEqual([]);
    }
  }, 120_000);

  it('is titled in the reader’s language, and sends to the CSV for the detail', () => {
    expect(html.fr).toContain('<h1>Audit des présences sur les réseaux sociaux</h1>');
    expect(html.fr).toContain('Audit de l’organisation au 2 novembre 2026');
    expect(html.en).toContain('<h1>Audit of the social-media presences</h1>');
    expect(html.en).toContain('Audit of the organisation as of 2 November 2026');
    expect(html.fr).toMatch(/«\s*Télécharger les constats \(CSV\)\s*»/);
    // Rows are bounded by the page, not by the presences (173 here).
    expect((html.fr.match(/<tr>/g) ?? []).length).toBeLessThan(presences);
  });
});
