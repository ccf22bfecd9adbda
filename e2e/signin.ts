// Signing in as one of the demo organisation's users (their logins and the demo password are what
// `npm start` prints).
import { type Browser, expect, type Page, type TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'ombreval-demo-2026';
export const DEMO = {
  admin: 'helene.marchand@ombreval.example',
  unitManager: 'celine.fabre@ombreval.example',
  communityManager: 'nadia.haddad@ombreval.example',
  agency: 'chloe.mallet@hublot-plume.example',
  auditor: 'sophie.vidal@ombreval.example',
} as const;

export async function signInAs(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByTestId('signin-login').fill(login);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/**
 * A person of their own: a browser context of their own (cookies, cache) with the project's options,
 * signed in as `login`; `watch` is given the page first, to collect its errors.
 */
export async function personAs(
  browser: Browser,
  info: TestInfo,
  login: string,
  watch: (page: Page) => void,
): Promise<Page> {
  const { baseURL, viewport, locale, timezoneId, userAgent, deviceScaleFactor } = info.project.use;
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale,
    timezoneId,
    userAgent,
    deviceScaleFactor,
  });
  const page = await context.newPage();
  watch(page);
  await signInAs(page, login);
  return page;
}
