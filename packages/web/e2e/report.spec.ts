import type { Page } from '@playwright/test';
import { readPdf } from '../../../scripts/ensure-poppler.js';
import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { ReportPage } from './page-models/report-page.js';

/** Text as a PDF reader lays it out, without spaces or line breaks, so wrapping does not matter. */
const squeezed = (s: string) => s.replace(/\s+/g, '');

/** The print view as Chromium prints it to A4: its page count and text, read back by Poppler. */
async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return readPdf(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
}

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
  await expect(article).toContainText('The other answer was no or none.');
  await expect(article).not.toContainText('Fever: No');

  await report.addQuestion('Should I keep working at my desk?');
  await report.addQuestion('Πότε να ξαναέρθω; Когда вернуться?');
  await expect(
    article.getByRole('listitem').filter({ hasText: 'Πότε να ξαναέρθω; Когда вернуться?' }),
  ).toBeVisible();
  const settings = await app.records('settings');
  expect(settings.at(-1)?.data.questions).toEqual([
    'Should I keep working at my desk?',
    'Πότε να ξαναέρθω; Когда вернуться?',
  ]);
  await page.getByLabel(/What you have taken/).fill('Ibuprofen gel twice a day, helped a little');
  await app.expectAccessible();
  await app.screenshot('10-report');

  const pdf = await report.downloadPdf();
  expect(pdf.name).toMatch(/^crick-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const read = readPdf(new Uint8Array(pdf.bytes));
  expect(read.pages).toBe(1);
  for (const phrase of [
    'Neck pain: summary for the doctor',
    'M54.2',
    'Red-flag check: what the person said that matters',
    'The other answer was no or none.',
    'No real change',
    'Week one: the day-7 review is on',
    'Should I keep working at my desk?',
    'Πότε να ξαναέρθω; Когда вернуться?',
    'Ibuprofen gel twice a day',
    'Questions for the doctor',
  ])
    expect(squeezed(read.text), phrase).toContain(squeezed(phrase));
  // Not every "no": the answers are counted, not listed.
  expect(read.text).not.toContain('Fever: No');
  await expect(page.getByTestId('pdf-status')).toHaveText(
    'Saved the PDF. It was made on this device; nothing was sent.',
  );

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
  const print = await printed(page);
  expect(print.pages).toBe(1);
  expect(squeezed(print.text)).toContain(squeezed('Πότε να ξαναέρθω; Когда вернуться?'));
});

test("the doctor's report stays one page, printed and as a PDF, for the longest history, and says what it left out", async ({
  page,
}) => {
  const app = new CrickApp(page);
  const long = (i: number) =>
    `${i + 1}. ${'Why does it still hurt when I look over my shoulder? '.repeat(6)}`.slice(0, 300);
  const yes = [
    'confusion_drowsy_or_seizure',
    'breathing_difficulty',
    'drooling_cannot_swallow_saliva',
    'neck_swelling_rapid',
    'chest_pain',
    'exertional_neck_jaw_pain',
    'sweating_clammy',
    'breathless',
    'heart_failure_or_cvd',
    'rash_nonblanching',
    'fever',
    'feels_very_unwell',
    'head_struck',
    'head_injury_loc_or_intox',
    'anticoagulant',
    'leg_symptoms',
    'bladder_bowel_change',
    'saddle_numbness',
    'hand_clumsiness',
  ];
  const unsure = ['trauma', 'gait_balance_change', 'lhermitte', 'bone_fragility', 'inflammatory_arthritis'];
  const wide = (n: number, i: number) => `${i} ${'Ширина WWW '.repeat(n)}`.slice(0, n);
  // The longest the schemas allow of what the person writes, and more of everything than fits.
  await seedRecords(page, [
    {
      type: 'intake',
      data: {
        startedOn: dateFromToday(-60),
        pain: 8,
        causes: ['screen-time', 'stress'],
        stuck: ['turn_left', 'turn_right', 'look_up'],
        strain: true,
      },
    },
    ...Array.from({ length: 60 }, (_, i) => ({
      type: 'checkIn',
      data: {
        date: dateFromToday(-59 + i),
        pain: 8 - (i % 5),
        helped: ['heat-dry', wide(80, i % 9), wide(80, 10 + (i % 7))],
      },
    })),
    ...Array.from({ length: 30 }, (_, i) => ({
      type: 'session',
      data: {
        date: dateFromToday(-29 + i),
        exerciseIds: [
          'chin-tuck',
          'neck-turn',
          'side-bend',
          'shoulder-rolls',
          'x-1',
          'x-2',
          'x-3',
          'x-4',
          'x-5',
          'x-6',
        ],
        completed: i % 3 > 0,
        painBefore: 6,
        painAfter: 5,
        stopSymptom: i % 3 === 0 ? 'dizziness' : undefined,
      },
    })),
    {
      type: 'remedyUse',
      data: { kind: 'heat', startedAt: new Date().toISOString(), minutes: 15, helped: 'yes' },
    },
    {
      type: 'remedyUse',
      data: { kind: 'cold', startedAt: new Date().toISOString(), minutes: 10, helped: 'no' },
    },
    {
      type: 'psfs',
      data: {
        date: dateFromToday(-1),
        activities: Array.from({ length: 5 }, (_, i) => ({ name: wide(80, i), score: 4 })),
      },
    },
    {
      type: 'triage',
      data: {
        at: new Date().toISOString(),
        facts: {
          age: 70,
          ...Object.fromEntries(yes.map((f) => [f, true])),
          ...Object.fromEntries(unsure.map((f) => [f, 'unsure'])),
        },
        level: 'emergency',
        fired: [
          ...Array.from({ length: 20 }, (_, i) => `RF-E${String(i + 1).padStart(2, '0')}`),
          ...Array.from({ length: 19 }, (_, i) => `RF-U${String(i + 1).padStart(2, '0')}`),
          ...Array.from({ length: 13 }, (_, i) => `RF-S${String(i + 1).padStart(2, '0')}`),
        ],
        precautions: ['RF-E05', 'RF-U02', 'RF-S10'],
        unsure,
      },
    },
    { type: 'medicinesNote', data: { text: wide(600, 0) } },
    { type: 'settings', data: { questions: Array.from({ length: 20 }, (_, i) => long(i)) } },
  ]);
  await page.goto('/#/report');
  await app.expectScreen('Report for the doctor');
  const article = page.getByRole('article', { name: 'The report' });
  await expect(article).toContainText('Chart: the last 14 days (46 earlier days with a score left off).');
  await expect(article).toContainText('Also fired: RF-E05 (precaution), RF-E06,');
  await expect(article).toContainText('RF-U02 (precaution)');
  await expect(article).toContainText('and 12 more');
  await expect(article).toContainText('more questions in the app: the page is full.');
  await app.expectAccessible();

  const read = readPdf(new Uint8Array((await new ReportPage(page).downloadPdf()).bytes));
  expect(read.pages).toBe(1);
  expect(squeezed(read.text)).toContain(squeezed('more questions in the app: the page is full.'));
  const print = await printed(page);
  expect(print.pages).toBe(1);
  expect(squeezed(print.text)).toContain(squeezed('more questions in the app: the page is full.'));
});

test('Chinese, Japanese and Korean the person typed survive in the PDF, whose CJK fonts load only for them', async ({
  page,
}) => {
  const app = new CrickApp(page);
  const fonts = new Map<string, number>();
  page.on('response', async (response) => {
    const name = new URL(response.url()).pathname.match(/\/(DejaVuSans|NotoSans[A-Z]+)[^/]*\.ttf$/)?.[1];
    if (name) fonts.set(name, (fonts.get(name) ?? 0) + (await response.body()).byteLength);
  });
  await seedRecords(page, []);
  await page.goto('/#/report');
  await app.expectScreen('Report for the doctor');
  const report = new ReportPage(page);
  await report.addQuestion('Is it safe to work?');
  expect(readPdf(new Uint8Array((await report.downloadPdf()).bytes)).pages).toBe(1);
  await expect.poll(() => fonts.get('DejaVuSans') ?? 0).toBeGreaterThan(0);
  // A report in the scripts DejaVu Sans sets fetches no CJK font.
  expect([...fonts.keys()]).toEqual(['DejaVuSans']);
  const latinBytes = fonts.get('DejaVuSans') ?? 0;

  const typed = [
    '我的脖子很疼，转头更疼。',
    '首が痛いです。仕事をしてもいいですか？',
    '목이 아파요. 운동해도 돼요?',
  ];
  for (const q of typed) await report.addQuestion(q);
  const read = readPdf(new Uint8Array((await report.downloadPdf()).bytes));
  expect(read.pages).toBe(1);
  for (const q of typed) expect(squeezed(read.text)).toContain(squeezed(q));
  await expect(page.getByTestId('pdf-status')).toHaveText(
    'Saved the PDF. It was made on this device; nothing was sent.',
  );
  await expect.poll(() => [...fonts.keys()].sort()).toEqual(['DejaVuSans', 'NotoSansKR', 'NotoSansSC']);
  console.log(
    `font bytes fetched: Latin report ${latinBytes}; CJK report adds ${[...fonts]
      .filter(([n]) => n !== 'DejaVuSans')
      .map(([n, b]) => `${n} ${b}`)
      .join(', ')}`,
  );
});

test('the report says which typed letters its PDF fonts lack, and offers print instead', async ({ page }) => {
  const app = new CrickApp(page);
  await seedRecords(page, []);
  await page.goto('/#/report');
  await app.expectScreen('Report for the doctor');
  const report = new ReportPage(page);
  await report.addQuestion('गला: is it safe to work?');
  const read = readPdf(new Uint8Array((await report.downloadPdf()).bytes));
  expect(read.pages).toBe(1);
  await expect(page.getByTestId('pdf-status')).toHaveText(
    'Saved the PDF. It was made on this device; nothing was sent. Its font has no letters for ग ल ा: they show as boxes there. Print this page to keep them.',
  );
  // The print view uses the device's own fonts (a device that shows these letters has one),
  // which this machine may lack, so the print itself is not checked for them here.
});

test('a PDF whose font cannot load says so and offers print, instead of waiting for ever', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await seedRecords(page, []);
  await page.route('**/*.ttf', (route) => route.abort());
  await page.goto('/#/report');
  await app.expectScreen('Report for the doctor');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByTestId('pdf-status')).toHaveText(
    'The PDF could not be made: its font did not load. Try again online, or print.',
  );
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the PDF is made with the network off after the first visit: its font is precached', async ({
    page,
    context,
  }) => {
    const app = new CrickApp(page);
    await app.open('/more');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.goto('/#/report');
    await app.expectScreen('Report for the doctor');
    const report = new ReportPage(page);
    await report.addQuestion('Ζαλάδα; Головокружение?');
    const read = readPdf(new Uint8Array((await report.downloadPdf()).bytes));
    expect(read.pages).toBe(1);
    expect(squeezed(read.text)).toContain(squeezed('Ζαλάδα; Головокружение?'));
    // Precached: the PDF's font. Not precached: the CJK fonts, fetched by the few reports that need them.
    await context.setOffline(false);
    const sw = await page.evaluate(async () => (await fetch('/sw.js')).text());
    expect(sw).toMatch(/DejaVuSans[^"]*\.ttf/);
    expect(sw).not.toMatch(/NotoSans[^"]*\.ttf/);
  });
});
