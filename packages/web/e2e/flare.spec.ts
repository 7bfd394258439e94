import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';
import { DiaryPage } from './page-models/diary-page.js';
import { IntakePage } from './page-models/intake-page.js';
import { TodayPage } from './page-models/today-page.js';

/** A person who has done the check and the intake, with a plan on Today. */
async function withAPlan(app: CrickApp, pain = 4) {
  await app.open('/check');
  await new CheckPage(app.page).answerAllNo();
  await app.page.getByRole('link', { name: 'Next: a few questions about your neck' }).click();
  const intake = new IntakePage(app.page);
  await intake.fill({ pain });
  await intake.submit();
  await app.expectScreen('Today');
  await expect(new TodayPage(app.page).startButton()).toBeVisible();
}

test('a check-in at 8 out of 10 asks the safety questions again before the next session, and the plan follows the answer', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await withAPlan(app);
  await app.tab('Diary');
  const diary = new DiaryPage(page);
  await diary.checkIn({ pain: 8 });
  const alert = diary.form().getByRole('alert');
  await expect(alert).toContainText('Your pain is 8 out of 10 or more.');
  await app.expectAccessible();

  // Today holds the sessions until the check is done.
  await app.tab('Today');
  const today = new TodayPage(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'answer the safety questions again' }),
  ).toBeVisible();
  await expect(today.startButton()).toHaveCount(0);
  await page.getByRole('link', { name: 'Do the check now' }).click();

  await new CheckPage(page).answerAllNo();
  const triages = await app.records('triage');
  const byTime = triages.sort((a, b) => Date.parse(String(a.data.at)) - Date.parse(String(b.data.at)));
  expect(byTime.map((t) => t.data.trigger)).toEqual(['manual', 'flare']);

  await app.tab('Today');
  await expect(today.startButton()).toBeVisible();
  await expect(page.getByText('answer the safety questions again')).toHaveCount(0);
});

test('a new symptom at low pain asks the safety questions again too', async ({ page }) => {
  const app = new CrickApp(page);
  await withAPlan(app);
  await app.tab('Diary');
  const form = new DiaryPage(page).form();
  await form.getByRole('radio', { name: '3', exact: true }).check();
  await form.getByRole('checkbox', { name: /Something I did not have before/ }).check();
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.getByRole('alert')).toContainText('You noted something new.');
  expect((await app.records('checkIn')).map((r) => r.data.newSymptom)).toContain(true);
  await app.tab('Today');
  await expect(new TodayPage(page).startButton()).toHaveCount(0);
});

test('a check-in with no flare leaves the plan as it was', async ({ page }) => {
  const app = new CrickApp(page);
  await withAPlan(app);
  await app.tab('Diary');
  const diary = new DiaryPage(page);
  await diary.checkIn({ pain: 5 });
  await expect(diary.form().getByRole('alert')).toHaveCount(0);
  await app.tab('Today');
  await expect(new TodayPage(page).startButton()).toBeVisible();
});

test('the intake at 9 out of 10, right after the check, does not ask the same questions again', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await withAPlan(app, 9);
  await expect(page.getByText('answer the safety questions again')).toHaveCount(0);
});
