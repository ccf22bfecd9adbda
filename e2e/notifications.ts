// Screenshots without the notifications that cover the page.
import type { Page } from '@playwright/test';

/**
 * Closes the notifications on screen. One may close by itself while the test reaches for it: a
 * click on a button that has gone would wait for it until the test's time runs out, so each click
 * waits a second at most and a notification already gone is left alone.
 */
export async function closeNotifications(page: Page): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-closeButton').all())
    await close.click({ timeout: 1_000 }).catch(() => undefined);
}
