import { fieldSpecs, redFlagRules } from '@crick/core';
import { propertySeed, runs } from '@crick/core/testkit';
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { readPdf } from '../../../scripts/ensure-poppler.js';
import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';

/**
 * The print view's one-page promise as a property: a handful of generated histories
 * (a fixed seed, printed; CRICK_FC_SEED tries others), each printed by Chromium to A4
 * as the CSS asks and counted by Poppler's pdfinfo. The longest history has its own
 * test in report.spec.ts; these are the ordinary shapes between empty and longest.
 */
const CASES = 6;

// Wide letters and scripts the device's fonts print, up to the schemas' longest texts.
const letters = fc.constantFrom(...'WMШЖΩéøąñßаяωλ aeiou  '.split(''));
// Long rather than short: the page's limit is where the property has something to find.
const text = (max: number) => fc.string({ unit: letters, minLength: Math.ceil(max / 3), maxLength: max });
const day = fc.integer({ min: -120, max: 0 }).map(dateFromToday);
const ruleIds = redFlagRules.map((r) => r.id);
const fieldNames = Object.keys(fieldSpecs);

type Row = { type: string; data: unknown };
const history: fc.Arbitrary<{ rows: Row[]; activity: string; question: string | undefined }> = fc
  .record({
    intake: fc.record({
      startedOn: fc.integer({ min: -120, max: 0 }).map(dateFromToday),
      pain: fc.integer({ min: 0, max: 10 }),
      causes: fc.subarray(['screen-time', 'sleep-position', 'cold-draught', 'stress', 'carrying-bags']),
      stuck: fc.subarray(['turn_left', 'turn_right', 'tilt_left', 'tilt_right', 'look_up', 'look_down']),
      strain: fc.boolean(),
    }),
    checkIns: fc.array(
      fc.record({
        date: day,
        pain: fc.integer({ min: 0, max: 10 }),
        helped: fc.array(fc.oneof(fc.constantFrom('heat-dry', 'cold-pack'), text(80)), { maxLength: 6 }),
      }),
      { maxLength: 120 },
    ),
    sessions: fc.array(
      fc.record({
        date: day,
        exerciseIds: fc.subarray([
          'chin-tuck',
          'active-rotation',
          'ear-to-shoulder',
          'shoulder-rolls',
          'x-1',
        ]),
        completed: fc.boolean(),
        painBefore: fc.integer({ min: 0, max: 10 }),
        painAfter: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 60 },
    ),
    triage: fc.record({
      facts: fc.dictionary(fc.constantFrom(...fieldNames), fc.constantFrom(true, false, 'unsure')),
      level: fc.constantFrom('emergency', 'urgent', 'soon', 'self_care'),
      fired: fc.subarray(ruleIds),
      unsure: fc.subarray(fieldNames, { maxLength: 8 }),
    }),
    psfs: fc.array(fc.record({ name: text(80), score: fc.integer({ min: 0, max: 10 }) }), {
      minLength: 3,
      maxLength: 5,
    }),
    medicines: fc.oneof(fc.constant(''), text(600)),
    questions: fc.array(text(300), { minLength: 4, maxLength: 20 }),
  })
  .map((h) => ({
    rows: [
      { type: 'triage', data: { at: new Date().toISOString(), trigger: 'first', ...h.triage } },
      { type: 'intake', data: h.intake },
      ...h.checkIns.map((data) => ({ type: 'checkIn', data })),
      ...h.sessions.map((data) => ({ type: 'session', data })),
      { type: 'psfs', data: { date: dateFromToday(-1), activities: h.psfs } },
      ...(h.medicines ? [{ type: 'medicinesNote', data: { text: h.medicines } }] : []),
      { type: 'settings', data: { questions: h.questions } },
    ],
    activity: h.psfs[0]?.name ?? '',
    question: h.questions[0],
  }));

/** The print view as Chromium prints it to the page size its CSS asks for (A4), read back by Poppler. */
async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
}
/** Text as a PDF reader lays it out, without spaces or line breaks, so wrapping does not matter. */
const squeezed = (s: string) => s.replace(/\s+/g, '');

for (const [i, { rows, activity, question }] of fc.sample(history, runs(CASES)).entries()) {
  test(`the printed report is one A4 page for generated history ${i + 1} of ${CASES} (seed ${propertySeed})`, async ({
    page,
  }) => {
    await seedRecords(page, rows);
    await page.goto('/#/report');
    await new CrickApp(page).expectScreen('Report for the doctor');
    await expect(page.getByRole('article', { name: 'The report' })).toBeVisible();
    const print = await printed(page);
    expect(print.pages).toBe(1);
    // The history was read, not dropped: what the person wrote is on the page (an activity's
    // name shortened to its start, a question whole).
    expect(squeezed(print.text)).toContain(squeezed(activity).slice(0, 15));
    expect(squeezed(print.text)).toContain(squeezed(question ?? ''));
  });
}
