import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';
import { IntakePage } from './page-models/intake-page.js';
import { TodayPage } from './page-models/today-page.js';

test('pain is asked once: the intake’s answer is Today’s check-in and the pain before the session', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/check');
  await new CheckPage(page).answerAllNo();
  await page.getByRole('link', { name: 'Next: a few questions about your neck' }).click();
  const intake = new IntakePage(page);
  await intake.fill({ pain: 6 });
  await intake.submit();
  await app.expectScreen('Today');

  // Today does not ask again.
  await expect(new TodayPage(page).startButton()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Check-in due' })).toHaveCount(0);
  expect((await app.records('checkIn')).map((r) => r.data.pain)).toEqual([6]);

  // Nor does the session: the score is filled in, and it says from when.
  await new TodayPage(page).startButton().click();
  await expect(page.getByTestId('pain-reused')).toHaveText(
    /^You said your pain was 6 just now, so it is filled in below\./,
  );
  await expect(
    page.getByRole('group', { name: 'Pain before you start' }).getByRole('radio', { name: '6', exact: true }),
  ).toBeChecked();
  await app.expectAccessible();
});
