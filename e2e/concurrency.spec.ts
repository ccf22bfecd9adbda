// Two people at once, in two browsers: no update is ever silently lost.
// 1. The hub's admin (A) and the energy branch's unit manager (B) open the same presence's form; B
//    saves first; A's later save is refused with the conflict dialog naming what B changed, A
//    re-applies their edit over B's and saves: the presence holds both changes.
// 2. A fills in an audit decision on a presence; meanwhile B edits that presence; A's decision is
//    refused (the presence changed since A opened it) and nothing is decided; A decides again on the
//    presence as it is now, and the decision is taken.
// Screenshots of the conflict dialog and of the refused decision go to e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { closeNotifications } from './notifications';
import { DEMO, personAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The unit the unit manager (Céline Fabre) answers for in the demo: both people may edit its presences. */
const UNIT = 'Branche Énergie';
/** Pages name who changed or decided by the person's name (their login in the tooltip). */
const ADMIN_NAME = 'Hélène Marchand';
const UNIT_MANAGER_NAME = 'Céline Fabre';
/** Values of this run only, so that what the test reads back can only come from this run. */
const RUN = Date.now().toString(36);

interface PresenceJson {
  id: number;
  platform: string;
  name: string | null;
  version: number;
  objective: string | null;
  notes: string | null;
}

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await closeNotifications(page);
  await page.waitForTimeout(900); // let the last transitions finish
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function presenceNow(page: Page, id: number): Promise<PresenceJson> {
  const res = await page.request.get(`/api/presences/${id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as PresenceJson;
}

/** The unit's presence on a platform, as the API lists it. */
async function presenceOf(page: Page, platform: string): Promise<PresenceJson> {
  const units = (await (await page.request.get('/api/units')).json()) as { id: number; name: string }[];
  const unit = units.find((u) => u.name === UNIT);
  expect(unit, `the demo has the unit ${UNIT}`).toBeTruthy();
  const res = await page.request.get(`/api/presences?unitId=${unit!.id}&limit=100`);
  const { items } = (await res.json()) as { items: PresenceJson[] };
  const found = items.filter((p) => p.platform === platform);
  expect(found, `${UNIT} has one presence on ${platform}`).toHaveLength(1);
  return found[0]!;
}

/** Opens a presence's page and waits until its form can be edited. */
async function openForm(page: Page, p: PresenceJson) {
  await page.goto(`/presences/${p.id}`);
  await expect(page.getByRole('heading', { name: p.name ?? '' }).first()).toBeVisible();
  await expect(page.getByLabel('Objective')).toBeEditable();
}

async function save(page: Page, changes: number, reason: string) {
  await page.getByLabel('Reason for the change').fill(reason);
  const label = `Save ${changes} change${changes === 1 ? '' : 's'}`;
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByText('Presence saved.')).toBeVisible();
}

// Two tests rather than two steps of one: each has the whole test budget of its own, so a slow
// machine running the audit (the heavier half) is not cut short by the time the first half took.
let problems: string[] = [];
let a: Page;
let b: Page;

test.beforeEach(async ({ browser }, info) => {
  problems = [];
  a = await personAs(browser, info, DEMO.admin, (p) =>
    p.on('pageerror', (e) => problems.push(`${DEMO.admin}: page error: ${e.message}`)),
  );
  b = await personAs(browser, info, DEMO.unitManager, (p) =>
    p.on('pageerror', (e) => problems.push(`${DEMO.unitManager}: page error: ${e.message}`)),
  );
});

test.afterEach(async () => {
  await a.context().close();
  await b.context().close();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('two people editing the same presence at once: the later save is refused, then re-applied over the first', async () => {
  const p = await presenceOf(a, 'instagram');
  const objective = `Inspirer sur la sobriété énergétique (${RUN})`;
  const notes = `Mot de passe dans le coffre, revu par la direction (${RUN})`;

  // Both open the form on the same version.
  await openForm(a, p);
  await openForm(b, p);

  // B changes the objective and saves first.
  await b.getByLabel('Objective').fill(objective);
  await save(b, 1, 'Objectif de la branche');
  expect((await presenceNow(b, p.id)).objective).toBe(objective);

  // A, on the form opened before B's save, changes the notes: refused, and told what B changed.
  await a.getByLabel('Notes', { exact: true }).fill(notes);
  await a.getByLabel('Reason for the change').fill('Note de sécurité');
  await a.getByRole('button', { name: 'Save 1 change', exact: true }).click();
  const conflict = a.getByTestId('presence-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Someone changed this presence after you opened it');
  await expect(conflict).toContainText('Objective');
  await expect(conflict).toContainText(objective);
  await expect(conflict).toContainText(UNIT_MANAGER_NAME);
  // Nothing of A's was stored; A's edit is still in the form.
  expect((await presenceNow(a, p.id)).notes).toBe(p.notes);
  await expect(a.getByLabel('Notes', { exact: true })).toHaveValue(notes);
  await conflict.scrollIntoViewIfNeeded();
  await shot(a, 'concurrency-conflict-en');

  // A reloads the presence with their edit laid over it: B's objective, A's notes; then saves.
  await a.getByTestId('conflict-reapply').click();
  await expect(conflict).toHaveCount(0);
  await expect(a.getByLabel('Objective')).toHaveValue(objective);
  await expect(a.getByLabel('Notes', { exact: true })).toHaveValue(notes);
  await a.getByRole('button', { name: 'Save 1 change', exact: true }).click();
  await expect(a.getByText('Presence saved.')).toBeVisible();

  // Both changes are in the registry, one version each.
  const now = await presenceNow(a, p.id);
  expect(now.objective).toBe(objective);
  expect(now.notes).toBe(notes);
  expect(now.version).toBe(p.version + 2);
});

test('an audit decision on a presence changed meanwhile is refused, then taken on it as it is now', async () => {
  const p = await presenceOf(a, 'linkedin');
  const notes = `Page reprise par le service clients (${RUN})`;

  // A runs an audit of the unit and opens the presence's review drawer.
  await a.goto('/audits');
  await a.getByRole('button', { name: 'Run an audit' }).first().click();
  const dialog = a.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(`Audit Énergie ${RUN}`);
  await dialog.getByRole('combobox', { name: /^Scope/ }).click();
  await a.getByRole('option', { name: UNIT }).first().click();
  await dialog.getByRole('button', { name: 'Run the audit' }).click();
  await expect(a).toHaveURL(/\/audits\/\d+/);
  const auditId = Number(/\/audits\/(\d+)/.exec(a.url())![1]);
  await a.getByRole('row').filter({ hasText: p.name! }).filter({ hasText: 'LinkedIn' }).click();
  const drawer = a.getByRole('dialog', { name: new RegExp(p.name!) });
  await expect(drawer).toContainText('LinkedIn');
  // The form has read the presence (the people's fields wait for it): its version is the one A saw.
  await expect(drawer.getByRole('combobox', { name: 'Owner', exact: true })).toBeEnabled();
  await drawer.getByTestId('decide-reason').fill('Page active et suivie : on la garde.');

  // Meanwhile B edits that presence.
  await openForm(b, p);
  await b.getByLabel('Notes', { exact: true }).fill(notes);
  await save(b, 1, 'Nouvelle équipe');

  // A's decision is refused: the presence changed since A opened it; nothing is decided.
  await drawer.getByTestId('decide-submit').click();
  const stale = drawer.getByTestId('decide-stale');
  await expect(stale).toBeVisible();
  await expect(stale).toContainText(
    'This presence changed since you opened it: check it as it is now, then decide again',
  );
  // What changed, from what to what and by whom, as the presence form shows it.
  await expect(stale).toContainText('Notes');
  await expect(stale).toContainText(notes);
  await expect(stale).toContainText(UNIT_MANAGER_NAME);
  await expect(stale).toContainText('your reason is kept');
  await expect(drawer.getByTestId('taken-decision')).toHaveCount(0);
  const item = async () => {
    const audit = (await (await a.request.get(`/api/audits/${auditId}`)).json()) as {
      items: { presenceId: number; decision: { decision: string; by: string } | null }[];
    };
    return audit.items.find((i) => i.presenceId === p.id)!;
  };
  expect((await item()).decision).toBeNull();
  // The alert and the button under it, in view.
  await drawer.getByTestId('decide-submit').scrollIntoViewIfNeeded();
  await shot(a, 'concurrency-stale-decision-en');

  // The drawer has read the presence again: A's second submission is taken, B's edit is kept.
  await expect(drawer.getByTestId('decide-reason')).toHaveValue('Page active et suivie : on la garde.');
  await drawer.getByTestId('decide-submit').click();
  await expect(drawer.getByTestId('taken-decision')).toBeVisible();
  await expect(drawer.getByTestId('taken-decision')).toContainText(ADMIN_NAME);
  expect((await item()).decision).not.toBeNull();
  expect((await presenceNow(a, p.id)).notes).toBe(notes);
});
