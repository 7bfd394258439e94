import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';

test.use({ serviceWorkers: 'allow' });

test('after the first visit every screen opens with the network off, and the data is still there', async ({
  page,
  context,
}) => {
  const app = new CrickApp(page);
  await app.open('/more');
  const today = await app.today();
  await app.seed([{ type: 'intake', data: { startedOn: today, pain: 5 } }], '/today');
  // Wait for the service worker to install its precache and take control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await app.expectScreen('Today');
  await expect(page.getByRole('link', { name: /^Start .* session/ })).toBeVisible();
  const screens: [string, string | RegExp][] = [
    ['/check', 'Is this dangerous?'],
    ['/intake', 'About your neck'],
    ['/player', /session$/],
    ['/remedies', 'Remedies'],
    ['/timer?kind=cold', 'Cold timer'],
    ['/medicines', 'Medicines'],
    ['/settings', 'Settings'],
    ['/more', 'More'],
    ['/diary', /Diary/],
    ['/learn', /Learn/],
  ];
  for (const [path, title] of screens) {
    await page.goto(`/#${path}`);
    await expect(page.locator('main h1'), path).toHaveText(title);
  }
  await app.screenshot('15-offline-today');
});
