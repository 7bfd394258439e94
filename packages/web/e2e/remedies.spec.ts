import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';

test('a cold timer runs on true time, ends, asks if it helped, and logs the use', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/remedies', { fast: 150 });
  await app.expectAccessible();
  await app.screenshot('10-remedies');
  await page.getByRole('link', { name: 'Open the cold timer' }).click();
  await app.expectScreen('Cold timer');
  await app.expectAccessible();
  await expect(page.getByText('Never more than 20 minutes at a time.')).toBeVisible();
  await page.getByRole('radio', { name: '10 minutes' }).check();
  await page.getByRole('button', { name: 'Start 10 minutes' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await app.expectAccessible();
  await app.screenshot('11-cold-timer-running');
  // Ten minutes at 150x is four seconds.
  await expect(page.locator('main h1')).toHaveText('Time is up', { timeout: 15_000 });
  await app.expectAccessible();
  await page.getByRole('button', { name: 'A little' }).click();
  await expect(page.locator('main h1')).toHaveText('Cold timer');
  const uses = await app.records('remedyUse');
  expect(uses).toHaveLength(1);
  expect(uses[0]?.data).toMatchObject({
    kind: 'cold',
    remedyId: 'cold-pack',
    minutes: 10,
    helped: 'a_little',
  });
});

test('a timer refuses to start too soon after the last one, with when and why', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/more');
  const endedTenMinutesAgo = await page.evaluate(() => new Date(Date.now() - 20 * 60_000).toISOString());
  await app.seed(
    [
      {
        type: 'remedyUse',
        data: { kind: 'cold', remedyId: 'cold-pack', startedAt: endedTenMinutesAgo, minutes: 10 },
      },
    ],
    '/timer?kind=heat',
  );
  await app.expectScreen('Heat timer');
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(/Not yet: the next one can start at \d\d:\d\d/);
  await expect(refusal).toContainText('60 minutes between sessions');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeDisabled();
  await app.expectAccessible();
  await app.screenshot('12-heat-timer-refused');
});

test('medicines: the safety questions, then what may suit, never a dose', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/medicines');
  await app.expectAccessible();
  await page
    .getByRole('group', { name: /pregnant/ })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await page
    .getByRole('group', { name: /blood thinner/ })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await page.getByRole('button', { name: 'Show what may suit me' }).click();
  const results = page.getByRole('region', { name: 'What may suit you' });
  await expect(results).toBeVisible();
  await expect(page.locator('[data-verdict="avoid"]').first()).toBeVisible();
  await expect(results).toContainText('Ask a pharmacist or doctor first');
  await expect(results.getByText('follow the label', { exact: false }).first()).toBeVisible();
  const text = (await results.textContent()) ?? '';
  expect(text).not.toMatch(/\d+\s?(mg|milligram|tablet|ml)\b/i);
  expect(text).not.toMatch(/propoxyphene|co-proxamol|tramadol/i);
  await app.expectAccessible();
  await app.screenshot('13-medicines');
});

test('the breathing pacer counts in for 4 and out for 6, and stops', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/remedies');
  await page.getByRole('button', { name: 'Breathe with me for 2 minutes' }).click();
  await expect(page.locator('.pacer .big-count')).toHaveText(/^In [1-4]$/);
  await expect(page.locator('.pacer .big-count')).toHaveText(/^Out [1-6]$/, { timeout: 6000 });
  await app.expectAccessible();
  await page.locator('.pacer').getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Breathe with me for 2 minutes' })).toBeVisible();
});
