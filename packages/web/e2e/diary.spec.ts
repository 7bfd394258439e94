import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { DiaryPage, dateFromToday, seedRecords } from './page-models/diary-page.js';

test('the diary: a quick check-in, PSFS, the day-9 review says see a GP, charts with tables', async ({
  page,
}) => {
  const app = new CrickApp(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // Started 8 days ago at 6; still 6: no real improvement after a week.
  await seedRecords(page, [
    { type: 'intake', data: { startedOn: dateFromToday(-8), pain: 6, causes: ['screen-time'] } },
    { type: 'checkIn', data: { date: dateFromToday(-7), pain: 7 } },
    { type: 'checkIn', data: { date: dateFromToday(-4), pain: 6 } },
    { type: 'checkIn', data: { date: dateFromToday(-1), pain: 6 } },
    { type: 'session', data: { date: dateFromToday(-1), exerciseIds: ['chin-tuck'], completed: true } },
    {
      type: 'remedyUse',
      data: { kind: 'heat', startedAt: new Date(Date.now() - 86_400_000).toISOString(), minutes: 15 },
    },
  ]);
  const beforeDiary = scripts.length;
  await app.tab('Diary');
  await app.expectScreen('Diary');

  const diary = new DiaryPage(page);
  const started = Date.now();
  await diary.checkIn({
    pain: 6,
    stiffness: 'A little',
    sleep: 'OK',
    helped: ['Heat pad or hot-water bottle'],
  });
  const seconds = (Date.now() - started) / 1000;
  expect(seconds, 'a check-in in under 15 seconds').toBeLessThan(15);
  await diary.checkIn({ pain: 5 });
  await expect(page.getByText('2 check-ins today.')).toBeVisible();
  const checkIns = (await app.records('checkIn')).filter((c) => c.data.date === dateFromToday(0));
  expect(checkIns.map((c) => c.data.pain).sort()).toEqual([5, 6]);
  expect(checkIns.find((c) => c.data.pain === 6)?.data).toMatchObject({ stiffness: 3, sleep: 'ok' });

  // The engine's review on day 9 as Today counts it (started 8 days ago): 6 to 5.5 is no real change, so see a GP.
  const review = page.getByRole('region', { name: /Review: day 9/ });
  await expect(review).toContainText('No real change yet');
  await expect(review.getByRole('alert')).toContainText('See a GP');
  await expect(review).toContainText('What to expect');

  await diary.scorePsfs(['Driving', 'Reading', 'Looking up'], [4, 6, 5]);
  await expect(page.getByRole('region', { name: 'What your neck lets you do' })).toContainText(
    'Score 5 out of 10',
  );
  expect((await app.records('psfs'))[0]?.data.activities).toHaveLength(3);

  // Charts: uPlot drew them (loaded only now), with tables of the same numbers.
  const painCard = page.getByRole('region', { name: 'Pain by day' });
  await expect(painCard.locator('canvas')).toHaveCount(1);
  await painCard.getByText('Pain by day as a table').click();
  await expect(painCard.getByRole('row')).toHaveCount(5); // header + 4 days
  await expect(painCard).toContainText('No real change (4.2 to 7.8)');
  await expect(page.getByRole('region', { name: 'Exercise days' })).toContainText('1 of the last 14 days');
  expect(scripts.slice(0, beforeDiary).some((u) => /uPlot|diary-charts|chart/i.test(u))).toBe(false);

  await app.expectAccessible();
  await app.screenshot('07-diary');
  await page.getByRole('region', { name: 'Pain by day' }).scrollIntoViewIfNeeded();
  await app.screenshot('07-diary-charts');

  await page.getByRole('link', { name: 'Something new? Check it' }).click();
  await app.expectScreen('Is this dangerous?');
});
