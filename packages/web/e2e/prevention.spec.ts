import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { PreventionPage } from './page-models/prevention-page.js';

test('prevention: causes and habits, a break timer with a stretch, a checklist that stays, calendar reminders', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await seedRecords(page, [
    { type: 'intake', data: { startedOn: dateFromToday(-1), pain: 5, causes: ['screen-time'] } },
  ]);
  // The clock runs 600 times faster, so a 20-minute break interval passes in 2 seconds.
  await page.goto('/?fast=600#/prevention');
  await app.expectScreen('Stop it coming back');
  const prevention = new PreventionPage(page);
  await expect(page.getByRole('region', { name: 'Your habits' })).toContainText('Screen at eye level');
  await expect(page.getByRole('region', { name: 'Your habits' })).toContainText('Source');

  // Tick another cause: it is saved to the intake, and its habits appear.
  await prevention.cause(/pillow/i).check();
  await expect(page.getByRole('region', { name: 'Your habits' })).toContainText(
    'A pillow that keeps your neck level',
  );
  const intakes = await app.records('intake');
  expect(intakes.at(-1)?.data.causes).toEqual(['screen-time', 'pillow-and-sleep']);

  await prevention
    .checklist()
    .getByRole('checkbox', { name: /top of my screen/ })
    .check();
  await app.expectAccessible();
  await app.screenshot('08-prevention');

  const timer = prevention.breakTimer();
  await timer.getByLabel('Remind me every').selectOption('20');
  await timer.getByRole('button', { name: 'Start the break timer' }).click();
  await expect(timer.getByRole('timer')).toBeVisible();
  await expect(timer.getByRole('alert')).toContainText('Break time', { timeout: 15_000 });
  await expect(timer.getByRole('img')).toBeVisible();
  await expect(timer.locator('.steps li').first()).toBeVisible();
  await timer.scrollIntoViewIfNeeded();
  await app.expectAccessible();
  await app.screenshot('08-prevention-break');
  await timer.getByRole('button', { name: /back to work/ }).click();
  await expect(timer.getByRole('timer')).toBeVisible();

  const ics = await prevention.downloadCalendar();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR/);
  expect(ics).toContain('BEGIN:VALARM');
  expect(ics).toMatch(/DTSTART:\d{8}T092000/); // 09:00 + 20 minutes
  // The breaks are one event a day with an alarm each, and no habit is named in the file.
  expect(ics.match(/SUMMARY:Crick: neck breaks every 20 minutes/g)).toHaveLength(1);
  expect(ics).not.toMatch(/eye level|pillow/i);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  await page.reload();
  await app.expectScreen('Stop it coming back');
  await expect(prevention.checklist().getByRole('checkbox', { name: /top of my screen/ })).toBeChecked();
});
