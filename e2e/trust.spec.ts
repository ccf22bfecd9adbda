// Trust end to end: two people with different roles sign in and see different things. The agency
// sees only the presences it works on and nothing to export; the auditor sees everything, the change
// log, and checks its chain. A wrong password is refused; signing out ends the session.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, signInAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('an agency and an auditor sign in and see what their roles allow', async ({ page }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The wrong password below is answered 401 on purpose; nothing else may complain.
    if (m.location().url.includes('/api/auth/signin') && /status of 401/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });

  await test.step('signed out, every page asks to sign in; a wrong password is refused', async () => {
    await page.goto('/presences');
    await expect(page).toHaveURL(/\/signin/);
    await page.getByTestId('signin-login').fill(DEMO.agency);
    await page.getByTestId('signin-password').fill('not the password');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toContainText('Wrong login or password');
    await shot(page, 'trust-signin-error-en');
  });

  let agencyCount = 0;
  await test.step('the agency sees its own presences, no export, no audit, no log', async () => {
    await signInAs(page, DEMO.agency);
    await page.goto('/presences');
    const count = page.getByTestId('result-count');
    // The count says "Loading…" until the list has come: read it once it holds a number.
    await expect(count).toHaveText(/\d/);
    agencyCount = Number((await count.innerText()).match(/\d+/)?.[0]);
    expect(agencyCount).toBeGreaterThan(0);
    expect(agencyCount).toBeLessThan(20);
    await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);
    await expect(page.getByTestId('nav-audits')).toHaveCount(0);
    await expect(page.getByTestId('nav-log')).toHaveCount(0);
    await expect(page.getByTestId('nav-users')).toHaveCount(0);
    await shot(page, 'trust-agency-presences');
    // Asking the API directly for an export is refused too.
    const res = await page.request.get('/api/inventory/export?format=csv');
    expect(res.status()).toBe(403);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('signout').click();
    await expect(page).toHaveURL(/\/signin/);
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });

  await test.step('the auditor sees every presence, exports, reads the log and verifies its chain', async () => {
    await signInAs(page, DEMO.auditor);
    await page.goto('/presences');
    const count = page.getByTestId('result-count');
    await expect(count).toHaveText(/\d/);
    const all = Number((await count.innerText()).match(/\d+/)?.[0]);
    expect(all).toBeGreaterThan(agencyCount);
    await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
    await expect(page.getByTestId('nav-users')).toHaveCount(0);
    await page.getByTestId('nav-log').click();
    await expect(page.getByTestId('log-verify')).toBeVisible();
    await page.getByTestId('log-verify').click();
    await expect(page.getByTestId('log-verify-ok')).toBeVisible({ timeout: 30_000 });
    await shot(page, 'trust-auditor-log');
    // Read-only: the presence page offers no save and no delete.
    await page.goto('/presences');
    await page.getByTestId('presences-table').locator('tbody tr').first().click();
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await shot(page, 'trust-auditor-presence');
  });

  await test.step('the auditor accepts the current policy and charter', async () => {
    await page.getByTestId('nav-policies').click();
    await expect(page.getByTestId('nav-policies')).toContainText('2');
    // Accepting one opens the other, still to accept.
    await page.getByTestId('acknowledge-button').filter({ visible: true }).click();
    await expect(page.getByTestId('nav-policies')).toContainText('1');
    await page.getByTestId('acknowledge-button').filter({ visible: true }).click();
    await expect(page.getByTestId('policy-accepted').filter({ visible: true })).toBeVisible();
    await expect(page.getByTestId('nav-policies')).not.toContainText('1');
    await shot(page, 'trust-auditor-policy');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('signout').click();
    await expect(page).toHaveURL(/\/signin/);
  });

  await test.step('the admin seals a password in the vault and reveals it with a reason', async () => {
    await signInAs(page, DEMO.admin);
    await page.goto('/presences');
    // The name opens the presence (the admin's click elsewhere in the row may land in a cell she can
    // edit in place).
    await page.getByTestId('presences-table').locator('tbody tr').first().getByRole('link').first().click();
    const panel = page.getByTestId('custody-panel');
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Store a secret' }).click();
    const store = page.getByRole('dialog');
    await store.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Password' }).click();
    await store.getByRole('textbox', { name: 'Value' }).fill('Velo-2026!sealed');
    await store.getByRole('button', { name: 'Seal and store' }).click();
    await expect(panel.getByTestId('secret-password')).toBeVisible();
    await panel.getByTestId('secret-password').getByRole('button', { name: 'Reveal' }).click();
    const reveal = page.getByRole('dialog');
    await reveal.getByRole('textbox', { name: 'Reason' }).fill('Handover to the new community manager');
    await reveal.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByTestId('revealed-value')).toHaveValue('Velo-2026!sealed');
    await shot(page, 'trust-admin-reveal');
    // The reveal is on record with its reason, never with the value.
    const log = await page.request.get('/api/log?action=reveal');
    const body = (await log.json()) as { entries: { reason: string }[] };
    expect(body.entries[0]?.reason).toBe('Handover to the new community manager');
    expect(JSON.stringify(body)).not.toContain('Velo-2026!sealed');
  });

  expect(problems, problems.join('\n')).toEqual([]);
});
