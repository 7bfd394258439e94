import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';
import { IntakePage } from './page-models/intake-page.js';
import { TodayPage } from './page-models/today-page.js';

test('a first visit goes from the check through the intake to a plan, and later visits open on Today', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/');
  await app.expectScreen('Is this dangerous?');
  await app.expectAccessible();
  await app.screenshot('01-check-question');

  const check = new CheckPage(page);
  await check.answerAllNo();
  await check.expectOutcome('Good news: no warning signs');
  await app.expectAccessible();
  await app.screenshot('02-check-self-care');
  console.log(`Taps for a plain crick (all "no"), check only: ${check.taps}`);

  await page.getByRole('link', { name: 'Next: a few questions about your neck' }).click();
  await app.expectScreen('About your neck');
  await app.expectAccessible();
  await app.screenshot('03-intake');
  // The check asked when it started ("yesterday"); the intake does not ask again.
  await expect(page.getByRole('radio', { name: 'Yesterday', exact: true })).toBeChecked();
  const intake = new IntakePage(page);
  await intake.fill({ pain: 6, stuck: ['Turn left', 'Tilt right'] });
  await intake.submit();
  const tapsToPlan = check.taps + 1 + 1 + 2 + 1; // next link, pain, two movements, submit
  console.log(`Taps from opening the app to a plan (with two stuck movements): ${tapsToPlan}`);

  await app.expectScreen('Today');
  const today = new TodayPage(page);
  await expect(today.startButton()).toBeVisible();
  // It started yesterday, so today is day 2.
  await expect(page.getByText(/^Day 2 ·/)).toBeVisible();
  await app.expectAccessible();
  await app.screenshot('04-today');

  const triages = await app.records('triage');
  expect(triages.map((t) => [t.data.level, t.data.trigger])).toEqual([['self_care', 'first']]);
  const intakes = await app.records('intake');
  expect(intakes[0]?.data).toMatchObject({ pain: 6, stuck: ['turn_left', 'tilt_right'] });

  // The intake's pain is today's check-in: Today does not ask for it again.
  await expect(page.getByRole('region', { name: 'Check-in due' })).toBeHidden();
  expect((await app.records('checkIn')).map((c) => c.data.pain)).toEqual([6]);

  // A later visit opens on Today.
  await page.goto('/');
  await app.expectScreen('Today');
});
