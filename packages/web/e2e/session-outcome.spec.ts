import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { PlayerPage } from './page-models/player-page.js';
import { TodayPage } from './page-models/today-page.js';

test('a session with every exercise skipped is saved and counted as skipped, on the end screen, Today, the diary and the report', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await seedRecords(page, [
    { type: 'intake', data: { startedOn: dateFromToday(-1), pain: 6 } },
    {
      type: 'triage',
      data: { at: new Date().toISOString(), facts: {}, level: 'self_care', fired: [], trigger: 'first' },
    },
    // Written by an older version: "completed" although nothing was done.
    {
      type: 'session',
      data: {
        date: dateFromToday(-1),
        exerciseIds: ['isometric-flexion'],
        skippedIds: ['isometric-flexion'],
        completed: true,
      },
    },
  ]);
  await app.open('/today', { fast: 8 });
  await new TodayPage(page).startButton().click();
  const player = new PlayerPage(page);
  await player.start(5);
  await player.skipAll();
  await app.expectScreen('Session skipped');
  await app.expectAccessible();
  await player.finish(5, 'Session skipped');
  await expect(page.getByRole('status')).toContainText(/You skipped all \d+ exercises/);
  await expect(page.getByRole('status')).not.toContainText('whole session');
  const saved = (await app.records('session')).map((r) => r.data).find((d) => d.outcome);
  expect(saved).toMatchObject({ outcome: 'skipped', completed: false });

  await page.getByRole('link', { name: 'Back to Today' }).click();
  await expect(new TodayPage(page).startButton()).toBeVisible();
  await expect(page.getByText(/^✓/)).toHaveCount(0);

  await app.open('/diary');
  await expect(page.getByText('0 of the last 14 days had a finished session.')).toBeVisible();
  await app.open('/report');
  await expect(page.getByRole('article', { name: 'The report' })).toContainText(
    'Guided exercise sessions: 0 finished, 2 skipped (2 started).',
  );
  await expect(page.getByRole('article', { name: 'The report' })).toContainText(
    'Days with a finished session in the last 7 days: 0 of 7',
  );
});
