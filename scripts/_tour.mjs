// Temporary: screenshots of a few pages per role, in French.
import { chromium } from '@playwright/test';
const base = process.argv[2];
const roles = {
  analyst: 'thomas.lefevre@ombreval.example',
  records: 'camille.roussel@ombreval.example',
  unitmgr: 'celine.fabre@ombreval.example',
  cm: 'nadia.haddad@ombreval.example',
};
const pages = ['/', '/presences', '/policies', '/reassignments', '/log', '/users', '/account'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, login] of Object.entries(roles)) {
  const ctx = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}/signin`);
  await page.getByTestId('signin-login').fill(login);
  await page.getByTestId('signin-password').fill('ombreval-demo-2026');
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
  for (const p of pages) {
    await page.goto(`${base}${p}`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/tour/${name}${p.replace(/\//g, '_') || '_'}.png` });
  }
  console.log(name, 'console errors:', errors.length, errors.slice(0, 5));
  await ctx.close();
}
await browser.close();
