// Platform exports end to end in a browser: upload an X archive through the imports page, follow its
// progress, read its outcome (posts added, presence created), find the posts and the activity chart
// on the presence page, import the same archive again (nothing added), refuse a truncated archive;
// screenshots of both pages in English and French.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { closeNotifications } from './notifications';
import { DEMO, signInAs } from './signin';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Changes are signed by the signed-in user's login; pages show that user's name. */
const ACTOR = DEMO.admin;
const ACTOR_NAME = 'Hélène Marchand';
const ARCHIVE = 'twitter-2021-04-06-ombreval_e2e.zip';

/** A ZIP archive as the platforms write them, entries stored (not compressed): enough for a reader. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf-8');
    const fileName = Buffer.from(name, 'utf-8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x5286, 12); // date: 2021-04-06
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5286, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// The layout of a real X archive: `window.…` assignments that a reader must parse, never evaluate;
// counts written as strings; dates in X's own format.
const TWEETS = [
  {
    tweet: {
      id_str: '101',
      created_at: 'Wed Mar 03 10:20:30 +0000 2021',
      full_text: 'Bonjour @client1 !',
      lang: 'fr',
      favorite_count: '12',
      retweet_count: '3',
      entities: {
        user_mentions: [{ screen_name: 'client1', id_str: '555', name: 'Client Un' }],
        urls: [],
      },
    },
  },
  {
    tweet: {
      id_str: '102',
      created_at: 'Thu Mar 11 16:05:00 +0000 2021',
      full_text: '@client1 Merci pour votre retour.\nNous revenons vers vous très vite.',
      lang: 'fr',
      favorite_count: '2',
      retweet_count: '0',
      in_reply_to_status_id_str: '990',
      in_reply_to_user_id_str: '555',
      in_reply_to_screen_name: 'client1',
      entities: {
        user_mentions: [{ screen_name: 'client1', id_str: '555', name: 'Client Un' }],
        urls: [],
      },
    },
  },
  {
    tweet: {
      id_str: '103',
      created_at: 'Mon Apr 05 08:00:00 +0000 2021',
      full_text: 'New destinations for spring <script>alert(1)</script> https://t.co/abc',
      lang: 'en',
      favorite_count: '40',
      retweet_count: '9',
      entities: {
        user_mentions: [],
        urls: [
          {
            url: 'https://t.co/abc',
            expanded_url: 'https://www.ombreval.example/printemps',
            display_url: 'ombreval.example/printemps',
          },
        ],
      },
    },
  },
];

const X_ARCHIVE = zip({
  'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify({
    userInfo: { accountId: '1234', userName: 'ombreval_e2e', displayName: 'Ombreval E2E' },
    dataTypes: {
      tweets: { files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: '3' }] },
    },
  })}`,
  'data/account.js': `window.YTD.account.part0 = ${JSON.stringify([
    {
      account: {
        accountId: '1234',
        username: 'ombreval_e2e',
        accountDisplayName: 'Ombreval E2E',
        createdAt: '2012-05-04T10:00:00.000Z',
      },
    },
  ])}`,
  'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify(TWEETS, null, 2)}`,
});

/** A whole-page screenshot, as in registry.spec.ts: the viewport grows to the page's height. */
async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await closeNotifications(page);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1440, height: Math.max(900, Math.min(height, 6000)) });
  await page.waitForTimeout(900);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/zip', buffer });
  await expect(page.getByTestId('chosen-file')).toContainText(name);
  await page.getByTestId('start-import').click();
}

test.describe.configure({ mode: 'serial' });

test('import an X archive, see its posts and activity, import it again, in English then French', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });

  await test.step('sign in as the hub’s admin', async () => {
    await signInAs(page, ACTOR);
    await page.goto('/');
  });

  let presenceUrl = '';

  await test.step('upload the archive and follow the import to its end', async () => {
    await page.getByRole('link', { name: 'Platform data', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Platform data', exact: true })).toBeVisible();
    await expect(page.getByTestId('export-formats')).toContainText('Bluesky');
    await upload(page, ARCHIVE, X_ARCHIVE);

    const summary = page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(summary).toContainText('Import complete');
    await expect(summary).toContainText(ARCHIVE);
    await expect(summary.getByTestId('summary-posts')).toContainText('3');
    await expect(summary.getByTestId('summary-added')).toContainText('3');
    await expect(summary.getByTestId('presence-created')).toBeVisible();
    await expect(summary).toContainText('@ombreval_e2e');

    const history = page.getByTestId('data-import-history');
    await expect(history).toContainText(ARCHIVE);
    await expect(history).toContainText(ACTOR_NAME);
    // The demo's own imports are listed too: count this archive's.
    await expect(history.locator('tbody tr', { hasText: ARCHIVE })).toHaveCount(1);
    await shot(page, 'data-imports-en');
  });

  await test.step('the presence page shows the posts and the activity chart', async () => {
    await page.getByTestId('open-presence').click();
    await expect(page).toHaveURL(/\/presences\/\d+\?tab=activity$/);
    presenceUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 2 })).toContainText(/Ombreval E2E|ombreval_e2e/);

    const posts = page.getByTestId('post');
    await expect(posts).toHaveCount(3);
    // Newest first; line breaks kept; a script in a post stays text.
    await expect(posts.first()).toContainText('New destinations for spring');
    await expect(posts.first()).toContainText('<script>alert(1)</script>');
    await expect(page.getByTestId('posts-timeline')).toContainText('Bonjour @client1 !');
    await expect(posts.nth(1)).toContainText('Reply');
    const reply = await posts.nth(1).locator('p').first().innerText();
    expect(reply).toContain('Merci pour votre retour.\nNous revenons vers vous très vite.');
    await expect(posts.last().getByLabel('Likes: 12')).toBeVisible();
    for (const link of await page.getByRole('link', { name: 'Open the post' }).all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }

    const chart = page.getByRole('img', { name: 'Posts per week and engagement per post, week by week' });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg path').first()).toBeAttached();
    await expect(page.getByTestId('activity-posts')).toContainText('3');
    await shot(page, 'presence-activity-en');

    // The record is one tab away, and comes back as it was.
    await page.getByRole('tab', { name: 'Record' }).click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  });

  await test.step('importing the same archive again adds nothing', async () => {
    await page.getByRole('link', { name: 'Platform data', exact: true }).click();
    await upload(page, ARCHIVE, X_ARCHIVE);
    const summary = page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(summary.getByTestId('summary-posts')).toContainText('3');
    await expect(summary.getByTestId('summary-added')).toContainText('0');
    await expect(summary.getByTestId('nothing-new')).toBeVisible();
    await expect(summary.getByTestId('presence-created')).toHaveCount(0);
    await expect(
      page.getByTestId('data-import-history').locator('tbody tr', { hasText: ARCHIVE }),
    ).toHaveCount(2);
  });

  await test.step('a truncated archive is refused, naming the file, and nothing is stored', async () => {
    await page.getByRole('button', { name: 'Choose another file' }).click();
    const broken = X_ARCHIVE.subarray(0, Math.floor(X_ARCHIVE.length / 2));
    await upload(page, 'broken-archive.zip', broken);
    const error = page.getByTestId('import-error');
    await expect(error).toBeVisible({ timeout: 60_000 });
    await expect(error).toContainText('Nothing was imported');
    await expect(error).toContainText('broken-archive.zip');
    const history = page.getByTestId('data-import-history');
    await expect(history.locator('tbody tr', { hasText: ARCHIVE })).toHaveCount(2);
    await expect(history.locator('tbody tr', { hasText: 'broken-archive.zip' })).toHaveCount(0);
  });

  await test.step('in French', async () => {
    await page.getByRole('button', { name: 'Choose another file' }).click();
    await upload(page, ARCHIVE, X_ARCHIVE);
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { name: 'Données des plateformes', exact: true })).toBeVisible();
    await expect(page.getByTestId('import-summary')).toContainText('Import terminé');
    await expect(page.getByTestId('nothing-new')).toContainText('Aucune nouvelle publication');
    await shot(page, 'data-imports-fr');

    await page.goto(`${presenceUrl}?tab=activity`);
    await expect(page.getByRole('tab', { name: /Activité et publications/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByTestId('post').nth(1)).toContainText('Réponse');
    await expect(
      page.getByRole('img', {
        name: 'Publications par semaine et engagement par publication, semaine après semaine',
      }),
    ).toBeVisible();
    await shot(page, 'presence-activity-fr');
  });

  expect(problems, problems.join('\n')).toEqual([]);
});
