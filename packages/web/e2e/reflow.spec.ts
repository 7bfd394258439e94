import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';

/** Every screen of the app that a person with a plan can open. */
const screens = [
  '/today',
  '/check',
  '/intake',
  '/player',
  '/remedies',
  '/timer?kind=cold',
  '/medicines',
  '/settings',
  '/more',
  '/diary',
  '/prevention',
  '/report',
  '/account',
  '/exercises',
  '/measure',
  // Signed out, the sharing screens say what they need; e2e/clinician.spec.ts checks them signed in at 320 px.
  '/share',
  '/redeem',
  '/clinician',
];

// 320 CSS px is WCAG's reflow width; 195 is a 390 px phone at 200% zoom.
for (const width of [320, 195]) {
  test(`no screen scrolls sideways at ${width} CSS px wide`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 640 });
    const app = new CrickApp(page);
    await seedRecords(page, [
      { type: 'intake', data: { startedOn: dateFromToday(-3), pain: 6, stuck: ['turn_left'] } },
      {
        type: 'triage',
        data: { at: new Date().toISOString(), facts: {}, level: 'self_care', fired: [], trigger: 'first' },
      },
      { type: 'checkIn', data: { date: dateFromToday(-1), pain: 5 } },
    ]);
    const overflowing: string[] = [];
    for (const path of screens) {
      await app.open(path);
      const overflow = await app.sidewaysOverflow();
      if (overflow) overflowing.push(`${path}: ${overflow}`);
    }
    expect(overflowing).toEqual([]);
  });
}
