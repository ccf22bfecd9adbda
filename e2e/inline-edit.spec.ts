// Editing the presences table in place (issue 12): a status changed from its cell, the message that
// says so and its undo; the keyboard's way (Enter opens, Escape cancels, the row is not opened);
// a community manager, who may change her presences' status and owner but move none of them; and a
// change refused because someone else changed the presence since the table was read.
// A screenshot of the open status field goes to e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO, personAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The hub's Bluesky account: one presence in the demo has this handle. */
const HANDLE = 'ombreval.bsky.social';
/** A presence of the unit the unit manager answers for (Branche Énergie): she and the admin may edit it. */
const ENERGY_HANDLE = 'ombrevalenergie.bsky.social';

const STATUS_LABEL: Record<string, string> = {
  discovered: 'Discovered',
  active: 'Active',
  dormant: 'Dormant',
  abandoned: 'Abandoned',
  closing: 'Closing',
  redirecting: 'Redirecting',
  closed: 'Closed',
  archived: 'Archived',
};

interface PresenceJson {
  id: number;
  platform: string;
  handle: string | null;
  name: string | null;
  status: string;
  ownerId: number | null;
  version: number;
}

/** Errors in the page fail the test; the 409 a refused change answers is what one test is about. */
function watch(page: Page, problems: string[]) {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/status of 409/.test(m.text())) return;
    problems.push(`${m.type()}: ${m.text()}`);
  });
}

/** The one presence whose handle contains `handle`, as the API has it now. */
async function presenceByHandle(page: Page, handle: string): Promise<PresenceJson> {
  const res = await page.request.get(`/api/presences?q=${encodeURIComponent(handle)}`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: PresenceJson[] };
  const found = items.filter((p) => p.handle?.includes(handle));
  expect(found, `one presence has the handle ${handle}`).toHaveLength(1);
  return found[0]!;
}

async function presenceNow(page: Page, id: number): Promise<PresenceJson> {
  const res = await page.request.get(`/api/presences/${id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as PresenceJson;
}

/** The table searched down to this presence, and its row. */
async function rowOf(page: Page, p: PresenceJson): Promise<Locator> {
  await page.goto(`/presences?q=${encodeURIComponent(p.handle ?? '')}`);
  const rows = page.getByTestId('presences-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  return rows.first();
}

/** Another status than the presence's, to change it to. */
function otherStatus(status: string): string {
  return status === 'dormant' ? 'active' : 'dormant';
}

let problems: string[] = [];
const pages: Page[] = [];

test.beforeEach(() => {
  problems = [];
});

test.afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('change a status in the table, then undo it', async ({ browser }, info) => {
  const page = await personAs(browser, info, DEMO.admin, (p) => watch(p, problems));
  pages.push(page);
  const p = await presenceByHandle(page, HANDLE);
  const name = p.name ?? p.handle ?? '';
  const before = STATUS_LABEL[p.status]!;
  const after = STATUS_LABEL[otherStatus(p.status)]!;
  const row = await rowOf(page, p);
  const here = page.url();

  // The cell is a button named for what it does, and for which presence.
  const cell = row.getByRole('button', { name: `Change status of “${name}” on Bluesky`, exact: true });
  await expect(cell).toHaveText(before);
  // Units and owners too; the audience is a measured figure, not edited here.
  await expect(row.getByRole('button', { name: /^Change unit of “/ })).toHaveCount(1);
  await expect(row.getByRole('button', { name: /^Change owner of “/ })).toHaveCount(1);
  await expect(row.getByRole('button', { name: /audience/i })).toHaveCount(0);

  await cell.click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'presences-inline-status-en.png') });
  await page.getByRole('option', { name: after, exact: true }).click();

  // Saved at once: the message says what changed, the row shows it, the presence was not opened.
  const saved = page.getByTestId('inline-saved');
  await expect(saved).toContainText(`Status of “${name}” changed to ${after}.`);
  await expect(cell).toHaveText(after);
  await expect(page).toHaveURL(here);
  const changed = await presenceNow(page, p.id);
  expect(changed.status).toBe(otherStatus(p.status));
  expect(changed.version).toBe(p.version + 1);

  // Undo: the presence has its status back, as a change of its own (a new version, in its history).
  await saved.getByTestId('inline-undo').click();
  await expect(page.getByText(`Change to “${name}” undone.`)).toBeVisible();
  await expect(cell).toHaveText(before);
  const undone = await presenceNow(page, p.id);
  expect(undone.status).toBe(p.status);
  expect(undone.version).toBe(p.version + 2);
});

test('the keyboard: Enter opens the field, Escape leaves it unchanged, the row is not opened', async ({
  browser,
}, info) => {
  const page = await personAs(browser, info, DEMO.admin, (p) => watch(p, problems));
  pages.push(page);
  const p = await presenceByHandle(page, HANDLE);
  const row = await rowOf(page, p);
  const here = page.url();
  const cell = row.getByRole('button', { name: /^Change status of “/ });

  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(cell).toBeFocused();
  await expect(cell).toHaveText(STATUS_LABEL[p.status]!);
  await expect(page).toHaveURL(here);

  // Enter again, then a choice from the keyboard: saved, and the focus is back on the cell.
  const after = STATUS_LABEL[otherStatus(p.status)]!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  const target = page.getByRole('option', { name: after, exact: true });
  // Moves through the options until the one wanted is active, then chooses it.
  for (let i = 0; i < 8 && (await target.getAttribute('data-combobox-selected')) === null; i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inline-saved')).toContainText(`changed to ${after}.`);
  await expect(cell).toBeFocused();
  // Put back as it was.
  await page.getByTestId('inline-undo').click();
  await expect(cell).toHaveText(STATUS_LABEL[p.status]!);
  await expect(page).toHaveURL(here);
});

test('a community manager changes her presences’ status and owner, and moves none of them', async ({
  browser,
}, info) => {
  const page = await personAs(browser, info, DEMO.communityManager, (p) => watch(p, problems));
  pages.push(page);
  await page.goto('/presences');
  const table = page.getByTestId('presences-table');
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  // Each of her presences: status and owner editable; the unit fixed (her grant names presences, not units).
  await expect(table.getByRole('button', { name: /^Change status of “/ })).toHaveCount(count);
  await expect(table.getByRole('button', { name: /^Change owner of “/ })).toHaveCount(count);
  await expect(table.getByRole('button', { name: /^Change unit of “/ })).toHaveCount(0);

  const cell = rows.first().getByRole('button', { name: /^Change status of “/ });
  const before = (await cell.textContent())?.trim() ?? '';
  const after = before === 'Dormant' ? 'Active' : 'Dormant';
  await cell.click();
  await page.getByRole('option', { name: after, exact: true }).click();
  await expect(page.getByTestId('inline-saved')).toContainText(`changed to ${after}.`);
  await expect(cell).toHaveText(after);
  await page.getByTestId('inline-undo').click();
  await expect(cell).toHaveText(before);
});

test('a change made after someone else’s is refused, and the table shows what they changed', async ({
  browser,
}, info) => {
  const a = await personAs(browser, info, DEMO.admin, (p) => watch(p, problems));
  const b = await personAs(browser, info, DEMO.unitManager, (p) => watch(p, problems));
  pages.push(a, b);
  const p = await presenceByHandle(a, ENERGY_HANDLE);
  // Both read the table at the same version.
  const rowA = await rowOf(a, p);
  const rowB = await rowOf(b, p);
  const after = STATUS_LABEL[otherStatus(p.status)]!;

  // B changes the status first.
  await rowB.getByRole('button', { name: /^Change status of “/ }).click();
  await b.getByRole('option', { name: after, exact: true }).click();
  await expect(b.getByTestId('inline-saved')).toBeVisible();

  // A, on the table read before, changes the owner: refused, told what B changed; nothing of A's is kept.
  await rowA.getByRole('button', { name: /^Change owner of “/ }).click();
  const options = a.getByRole('option');
  await (p.ownerId === null
    ? options.filter({ hasNotText: 'No owner' }).first()
    : options.filter({ hasText: 'No owner' })
  ).click();
  const stale = a.getByTestId('inline-stale');
  await expect(stale).toBeVisible();
  await expect(stale).toContainText('Status');
  await expect(stale).toContainText(after);
  await expect(stale).toContainText('Céline Fabre');
  expect((await presenceNow(a, p.id)).ownerId).toBe(p.ownerId);
  // A's table now shows the presence as it is.
  await expect(rowA.getByRole('button', { name: /^Change status of “/ })).toHaveText(after);

  // B puts it back, from B's table (which has the version B's change made).
  const cellB = rowB.getByRole('button', { name: /^Change status of “/ });
  await cellB.click();
  await b.getByRole('option', { name: STATUS_LABEL[p.status]!, exact: true }).click();
  await expect(cellB).toHaveText(STATUS_LABEL[p.status]!);
  expect((await presenceNow(b, p.id)).status).toBe(p.status);
});
