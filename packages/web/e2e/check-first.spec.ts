import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';
import { TodayPage } from './page-models/today-page.js';

test('an intake that arrived without a check (synced or imported) gets no plan until the check is done', async ({
  page,
}) => {
  const app = new CrickApp(page);
  const today = await app.today();
  await app.seed([{ type: 'intake', data: { startedOn: today, pain: 5 } }], '/today', { unchecked: true });
  await expect(page.getByRole('link', { name: 'Start: is this dangerous?' })).toBeVisible();
  await expect(new TodayPage(page).startButton()).toHaveCount(0);
  await app.expectAccessible();

  await page.getByRole('link', { name: 'Start: is this dangerous?' }).click();
  await new CheckPage(page).answerAllNo();
  await app.tab('Today');
  await expect(new TodayPage(page).startButton()).toBeVisible();
});
