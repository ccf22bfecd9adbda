// Each persona's day, in both languages, on a 1280-pixel screen and on a 390-pixel phone: where
// signing in lands them, and the first pages of their main path. A head of digital lands on the
// overview and goes on to the audits; a community manager lands on "My work" and goes on to the
// presences; an auditor lands on the change log. Screenshots of each landing go to e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, type TestInfo, test } from '@playwright/test';
import { closeNotifications } from './notifications';
import { DEMO, signInAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

type Lang = 'en' | 'fr';
const WORDS = {
  en: { overview: 'Overview', audits: 'Audits', work: 'My work', presences: 'Presences', log: 'Change log' },
  fr: {
    overview: 'Vue d’ensemble',
    audits: 'Audits',
    work: 'Mon travail',
    presences: 'Présences',
    log: 'Journal des modifications',
  },
} satisfies Record<Lang, Record<string, string>>;

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** A browser of the person's own, in their language and at the screen's width. */
async function person(browser: Browser, info: TestInfo, lang: Lang, size: (typeof WIDTHS)[number]) {
  const context = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width: size.width, height: size.height },
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    timezoneId: 'Europe/Paris',
    isMobile: size.width < 500,
    hasTouch: size.width < 500,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

async function landed(page: Page, path: RegExp, heading: string) {
  await expect(page).toHaveURL(path);
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await closeNotifications(page);
  await page.waitForTimeout(600); // the last transitions
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Nothing wider than the screen: a phone must never scroll sideways to read a page. */
async function fitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(1);
}

for (const lang of ['en', 'fr'] as const) {
  for (const size of WIDTHS) {
    test(`personas in ${lang} on a ${size.width}-pixel screen land where their work is`, async ({
      browser,
    }, info) => {
      const w = WORDS[lang];
      const suffix = `${lang}-${size.width}`;

      await test.step('the head of digital: the overview, then the audits', async () => {
        const { page, problems } = await person(browser, info, lang, size);
        await signInAs(page, DEMO.admin);
        await landed(page, /\/$/, w.overview);
        await fitsTheScreen(page);
        await shot(page, `persona-head-of-digital-${suffix}`);
        await page.goto('/audits');
        await landed(page, /\/audits$/, w.audits);
        await fitsTheScreen(page);
        expect(problems).toEqual([]);
        await page.context().close();
      });

      await test.step('the community manager: my work, then the presences', async () => {
        const { page, problems } = await person(browser, info, lang, size);
        await signInAs(page, DEMO.communityManager);
        await landed(page, /\/work$/, w.work);
        // Her tasks, or the page saying what will appear there: never a blank page.
        await expect(page.getByTestId('work-tasks').or(page.getByTestId('work-empty')).first()).toBeVisible();
        await fitsTheScreen(page);
        await shot(page, `persona-community-manager-${suffix}`);
        await page.goto('/presences');
        await landed(page, /\/presences$/, w.presences);
        await fitsTheScreen(page);
        expect(problems).toEqual([]);
        await page.context().close();
      });

      await test.step('the auditor: the change log', async () => {
        const { page, problems } = await person(browser, info, lang, size);
        await signInAs(page, DEMO.auditor);
        await landed(page, /\/log$/, w.log);
        await fitsTheScreen(page);
        await shot(page, `persona-auditor-${suffix}`);
        expect(problems).toEqual([]);
        await page.context().close();
      });
    });
  }
}
