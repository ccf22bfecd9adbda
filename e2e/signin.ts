// Signing in as one of the demo organisation's users (their logins and the demo password are what
// `npm start` prints).
import { expect, type Page } from '@playwright/test';

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
