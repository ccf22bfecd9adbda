// Saved views and the column chooser of the presences table (issue 12): "My abandoned Facebook pages"
// saved with its filters and without the unit column, found again from the Views menu after the
// filters were cleared and the page reloaded, then deleted; the columns chosen without a view are
// remembered too. A screenshot of the applied view goes to e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { closeNotifications } from './notifications';
import { DEMO, signInAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const NAME = 'My abandoned Facebook pages';

const headers = (page: Page) => page.getByTestId('presences-table').locator('thead th');
const count = async (page: Page) => (await page.getByTestId('result-count').textContent()) ?? '';

test('a view keeps its filters and columns, and comes back from the menu', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto('/presences?platform=facebook&status=abandoned');
  await expect(page.getByTestId('presences-table').locator('tbody tr').first()).toBeVisible();
  const filtered = await count(page);
  expect(filtered).toMatch(/^\d+ presences?$/);

  // The unit column hidden: its header goes.
  await expect(headers(page).filter({ hasText: /^Unit/ })).toHaveCount(1);
  await page.getByTestId('columns-menu').click();
  await page.getByTestId('column-unit').click();
  await page.keyboard.press('Escape');
  await expect(headers(page).filter({ hasText: /^Unit/ })).toHaveCount(0);

  // Saved under a name.
  await page.getByTestId('views-menu').click();
  await page.getByTestId('view-save-open').click();
  await page.getByTestId('view-name').fill(NAME);
  await page.getByTestId('view-save').click();
  await closeNotifications(page);
  await expect(page.getByTestId('view-badge')).toContainText(NAME);

  // The filters cleared, the page read again: all presences, and no view applied.
  await page.goto('/presences');
  await expect(page.getByTestId('presences-table').locator('tbody tr').first()).toBeVisible();
  await expect.poll(() => count(page)).not.toBe(filtered);
  await expect(page.getByTestId('view-badge')).toHaveCount(0);

  // The view from the menu: the same filters in the address, the same rows, no unit column.
  await page.getByTestId('views-menu').click();
  await page.getByTestId('view-item').filter({ hasText: NAME }).click();
  await expect(page).toHaveURL(/platform=facebook/);
  await expect(page).toHaveURL(/status=abandoned/);
  await expect.poll(() => count(page)).toBe(filtered);
  await expect(headers(page).filter({ hasText: /^Unit/ })).toHaveCount(0);
  await expect(page.getByTestId('view-badge')).toContainText(NAME);
  await page.screenshot({ path: join(SHOTS, 'presences-saved-view.png') });

  // A filter changed: the view says so.
  await page.goto(
    `${new URL(page.url()).pathname}${new URL(page.url()).search.replace('abandoned', 'dormant')}`,
  );
  await expect(page.getByTestId('view-badge')).toContainText(/changed/i);

  // Deleted: gone from the menu.
  await page.getByTestId('views-menu').click();
  await page.getByRole('menuitem', { name: new RegExp(`^Delete .${NAME}`) }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /delete/i })
    .click();
  await closeNotifications(page);
  await page.getByTestId('views-menu').click();
  await expect(page.getByTestId('view-item')).toHaveCount(0);
});
