import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';

const triage = (level: 'emergency' | 'self_care', fired: string[] = []) => ({
  type: 'triage',
  data: { at: new Date().toISOString(), facts: {}, level, fired, trigger: 'first' },
});

test('with no check stored, Today and the intake lead through the check, never straight to a plan', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/today');
  await expect(page.getByRole('link', { name: /I have done the check|Make my plan/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start: is this dangerous?' })).toBeVisible();
  await app.expectAccessible();

  // Typing the intake's address does not make a plan either.
  await app.open('/intake');
  await app.expectScreen('First, the check');
  await expect(page.getByRole('button', { name: 'Make my plan' })).toHaveCount(0);
  await app.expectAccessible();
  await page.getByRole('link', { name: 'Start: is this dangerous?' }).click();
  await app.expectScreen('Is this dangerous?');
  await new CheckPage(page).answerAllNo();
  await new CheckPage(page).expectOutcome('Good news: no warning signs');
  await page.getByRole('link', { name: 'Next: a few questions about your neck' }).click();
  await app.expectScreen('About your neck');
  expect(await app.records('intake')).toEqual([]);
  expect((await app.records('triage')).map((t) => t.data.level)).toEqual(['self_care']);
});

test('after an emergency result Today leads with the call button and nothing routine', async ({ page }) => {
  const app = new CrickApp(page);
  await seedRecords(page, [
    { type: 'intake', data: { startedOn: dateFromToday(-2), pain: 6 } },
    triage('emergency', ['RF-E01']),
  ]);
  await app.open('/today');
  const main = page.locator('main');
  await expect(main.getByRole('link').first()).toHaveText(/^Call \d+$/);
  await expect(main.getByRole('link').first()).toHaveAttribute('href', /^tel:\d+$/);
  await expect(main.getByRole('alert')).toContainText('Your last check said to call for help now.');
  await expect(main.getByRole('link', { name: /^Start .* session/ })).toHaveCount(0);
  await expect(main.getByRole('region', { name: 'Check-in due' })).toHaveCount(0);
  await expect(main.getByRole('heading', { name: /Sessions|Cold and heat|Habits/ })).toHaveCount(0);
  await app.expectAccessible();

  // A new check that finds nothing brings the routine back.
  await main.getByRole('link', { name: 'Do the check again' }).click();
  await new CheckPage(page).answerAllNo();
  await new CheckPage(page).expectOutcome('Good news: no warning signs');
  await app.open('/today');
  await expect(main.getByRole('link', { name: /^Start .* session/ })).toBeVisible();
});
