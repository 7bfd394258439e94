import { expect, test } from '@playwright/test';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { ReportPage } from './page-models/report-page.js';

test("the doctor's report: printable page and an on-device PDF with the key facts", async ({ page }) => {
  const app = new CrickApp(page);
  await seedRecords(page, [
    {
      type: 'intake',
      data: { startedOn: dateFromToday(-5), pain: 7, causes: ['screen-time'], stuck: ['turn_left'] },
    },
    {
      type: 'triage',
      data: {
        at: new Date().toISOString(),
        facts: { fever: false, cannot_cope_or_worried: false },
        level: 'self_care',
        fired: [],
      },
    },
    { type: 'checkIn', data: { date: dateFromToday(-4), pain: 7, helped: ['heat-dry'] } },
    { type: 'checkIn', data: { date: dateFromToday(-2), pain: 5 } },
    { type: 'checkIn', data: { date: dateFromToday(0), pain: 3 } },
    {
      type: 'session',
      data: {
        date: dateFromToday(-2),
        exerciseIds: ['chin-tuck'],
        completed: true,
        painBefore: 6,
        painAfter: 4,
      },
    },
    {
      type: 'remedyUse',
      data: { kind: 'heat', startedAt: new Date().toISOString(), minutes: 15, helped: 'yes' },
    },
    {
      type: 'psfs',
      data: {
        date: dateFromToday(-4),
        activities: [
          { name: 'Driving', score: 3 },
          { name: 'Reading', score: 4 },
          { name: 'Sleeping', score: 5 },
        ],
      },
    },
  ]);
  await page.goto('/#/report');
  await app.expectScreen('Report for the doctor');
  const report = new ReportPage(page);
  const article = page.getByRole('article', { name: 'The report' });
  await expect(article).toContainText('M54.2');
  await expect(article).toContainText('Started on');
  await expect(article).toContainText('Long hours at a screen');
  await expect(article).toContainText('Pain before 6, after 4');

  await report.addQuestion('Should I keep working at my desk?');
  await expect(
    article.getByRole('listitem').filter({ hasText: 'Should I keep working at my desk?' }),
  ).toBeVisible();
  const settings = await app.records('settings');
  expect(settings.at(-1)?.data.questions).toEqual(['Should I keep working at my desk?']);
  await page.getByLabel(/What you have taken/).fill('Ibuprofen gel twice a day, helped a little');
  await app.expectAccessible();
  await app.screenshot('10-report');

  const pdf = await report.downloadPdf();
  expect(pdf.name).toMatch(/^crick-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdf.bytes.toString('latin1');
  expect(text.startsWith('%PDF')).toBe(true);
  for (const phrase of [
    'Neck pain: summary for the doctor',
    'M54.2',
    'Red-flag check',
    'No real change',
    'Should I keep working at my desk?',
    'Ibuprofen gel twice a day',
    'Questions for the doctor',
  ])
    expect(text, phrase).toContain(phrase);

  // The print view: no navigation, no buttons, black on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeHidden();
  await expect(article).toContainText('Ibuprofen gel twice a day');
  const colours = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('main') as Element);
    return [s.color, getComputedStyle(document.body).backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await app.screenshot('10-report-print');
});
