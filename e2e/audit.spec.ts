// The audit end to end in a browser, as a communication director walks it: run an audit of a unit,
// review a presence (its facts, findings and the recommendation's reasons), decide, be refused a
// decision that contradicts another, see the plan and move a task, download the PDF and the CSV;
// screenshots of every step in English and French.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { closeNotifications } from './notifications';
import { DEMO, signInAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Changes are signed by the signed-in user's login; pages show that user's name. */
const ACTOR = DEMO.admin;
const ACTOR_NAME = 'Hélène Marchand';
const UNIT = 'Direction des ressources humaines';

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await closeNotifications(page);
  await page.waitForTimeout(900); // charts finish their entry animation
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('a director runs an audit, reviews, decides, follows the plan and downloads the report', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));

  await test.step('sign in as the hub’s admin', async () => {
    await signInAs(page, ACTOR);
    await page.goto('/');
  });

  await test.step('run an audit of a unit', async () => {
    await page.getByRole('link', { name: 'Audits' }).click();
    await expect(page).toHaveURL(/\/audits$/);
    await page.getByRole('button', { name: 'Run an audit' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Audit RH e2e');
    await dialog.getByRole('combobox', { name: /^Scope/ }).click();
    await page.getByRole('option', { name: UNIT }).first().click();
    await shot(page, 'audit-run-en');
    await dialog.getByRole('button', { name: 'Run the audit' }).click();
    await expect(page).toHaveURL(/\/audits\/\d+/);
    await expect(page.getByRole('heading', { name: 'Audit RH e2e' })).toBeVisible();
    await expect(page.getByText(/before → after/i).first()).toBeVisible();
    await shot(page, 'audit-page-en');
  });

  await test.step('review a presence: facts, findings, reasons', async () => {
    await page
      .getByRole('row', { name: /Ombreval Jobs/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog', { name: /Ombreval Jobs/ });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('facts-table')).toBeVisible();
    // More than a year of silence, said in years (and months), not in thousands of days.
    await expect(drawer.getByTestId('facts-table')).toContainText(/\d+ years?\b/);
    await expect(drawer.getByTestId('facts-table')).not.toContainText(/\d d\b/);
    await expect(drawer).toContainText('Abandoned');
    await expect(drawer).toContainText('Redirect progressively');
    await expect(drawer).toContainText('Ombreval Carrières');
    await shot(page, 'audit-drawer-en');
  });

  await test.step('decide: accept the recommendation, with a reason', async () => {
    const drawer = page.getByRole('dialog', { name: /Ombreval Jobs/ });
    await drawer
      .getByTestId('decide-reason')
      .fill('Trop d’abonnés pour fermer sans prévenir : sondage puis redirection.');
    await drawer.getByTestId('decide-submit').click();
    await expect(drawer.getByTestId('taken-decision')).toContainText('Redirect progressively');
    await expect(drawer.getByTestId('taken-decision')).toContainText(ACTOR_NAME);
    await shot(page, 'audit-decided-en');
    await page.keyboard.press('Escape');
  });

  await test.step('a contradicting decision is refused with a clear message', async () => {
    // The presence Ombreval Jobs's audience is being sent to: closing it now is refused.
    await page
      .getByRole('row')
      .filter({ hasText: 'Ombreval Carrières' })
      .filter({ hasText: 'LinkedIn' })
      .click();
    const drawer = page.getByRole('dialog', { name: /Ombreval Carrières/ });
    await expect(drawer).toContainText('LinkedIn');
    await drawer.getByRole('combobox', { name: /^Decision/ }).click();
    await page
      .getByRole('option', { name: /^Close with a redirect message/ })
      .first()
      .click();
    await drawer.getByTestId('decide-reason').fill('Essai de fermeture');
    await drawer.getByTestId('decide-submit').click();
    await expect(drawer).toContainText(/merged or redirected into this one/);
    await expect(drawer.getByTestId('taken-decision')).toHaveCount(0);
    await shot(page, 'audit-conflict-en');
    await page.keyboard.press('Escape');
  });

  await test.step('keyboard triage: walk the rows, accept the recommendation and go on', async () => {
    await page.getByText(/^To decide \(\d+\)$/).click();
    const firstRow = page.locator('[data-testid^="review-row-"]').first();
    const firstId = (await firstRow.getAttribute('data-testid'))!;
    await firstRow.click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByTestId('key-hints')).toContainText('accept the recommendation');
    const title = drawer.getByRole('heading').first();
    const first = (await title.textContent())!;
    // J goes to the next row of the table, K comes back.
    await page.keyboard.press('j');
    await expect(title).not.toHaveText(first);
    await page.keyboard.press('k');
    await expect(title).toHaveText(first);
    // A fills the empty reason with the recommendation's words, in view; nothing is sent yet.
    await page.keyboard.press('a');
    await expect(drawer.getByTestId('decide-filled')).toBeVisible();
    await expect(drawer.getByTestId('decide-reason')).toHaveValue(/\S{3,}/);
    await expect(drawer.getByTestId('taken-decision')).toHaveCount(0);
    await shot(page, 'audit-keyboard-en');
    // A again records it and opens the next presence; the decided one leaves the rows to decide.
    await page.keyboard.press('a');
    await expect(title).not.toHaveText(first);
    await expect(page.getByTestId(firstId)).toHaveCount(0);
    await page.keyboard.press('Escape');
  });

  await test.step('the plan: the tasks of the decision, moved on the board', async () => {
    await page.getByTestId('tab-plan').click();
    const board = page.getByTestId('plan-board');
    await expect(board).toContainText('Poll the community');
    await expect(board).toContainText('Publish redirect post 1 of 4');
    const card = board.locator('[data-testid^="task-"][data-testid$="-next"]').first();
    await card.click();
    await expect(page.getByTestId('unit-progress')).toBeVisible();
    const doing = board.getByLabel('In progress', { exact: true });
    await expect(doing.locator('[data-testid^="task-"]:not([data-testid$="-next"])')).toHaveCount(1);
    await shot(page, 'audit-plan-en');
  });

  await test.step('download the PDF and the CSV of findings', async () => {
    const auditUrl = page.url();
    const id = /\/audits\/(\d+)/.exec(auditUrl)![1];
    await page.getByRole('button', { name: 'Report' }).click();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download the PDF' }).click(),
    ]);
    const pdfPath = join(SHOTS, 'audit-report.pdf');
    await pdf.saveAs(pdfPath);
    const bytes = readFileSync(pdfPath);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Report' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download the findings (CSV)' }).click(),
    ]);
    const csvPath = join(SHOTS, 'audit-findings.csv');
    await csv.saveAs(csvPath);
    const text = readFileSync(csvPath, 'utf8');
    expect(text).toContain('Ombreval Jobs');
    // The report as a web page: the before/after picture and the decision just taken.
    const html = await page.request.get(`/api/audits/${id}/report?format=html&lang=fr`);
    expect(html.ok()).toBe(true);
    const body = await html.text();
    expect(body).toMatch(/De\s*<[^>]*>\s*\d+/);
    expect(body).toContain('Ombreval Jobs');
  });

  await test.step('accept the recommendation for every presence shown still to decide, with one reason', async () => {
    await page.getByRole('tab', { name: /Review/ }).click();
    await page.getByText(/^To decide \(\d+\)$/).click();
    await page.getByTestId('accept-shown').click();
    const dialog = page.getByRole('dialog', { name: /Accept the recommendation for/ });
    await expect(dialog.getByTestId('accept-summary')).toBeVisible();
    await dialog.getByRole('button', { name: 'Use a standard reason' }).click();
    await expect(dialog.getByTestId('accept-reason')).toHaveValue(/accepted after review/);
    await shot(page, 'audit-accept-en');
    await dialog.getByTestId('accept-submit').click();
    await expect(page.getByText(/recommendations? accepted; tasks added to the action plan/)).toBeVisible();
    await expect(page.getByText(/^To decide \(0\)$/)).toBeVisible();
    await expect(page.getByTestId('accept-shown')).toHaveCount(0);
  });

  await test.step('the same pages in French', async () => {
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect(page.getByTestId('tab-plan')).toContainText('Plan d’action');
    await shot(page, 'audit-plan-fr');
    await page.getByRole('tab', { name: /Revue/ }).click();
    await shot(page, 'audit-page-fr');
    await page.goto('/audits');
    await expect(page.getByTestId('audits-table')).toContainText('Audit RH e2e');
    await shot(page, 'audits-fr');
    await page.goto('/audit-settings');
    await shot(page, 'audit-settings-fr');
  });

  expect(problems).toEqual([]);
});
