import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { seedRecords } from './page-models/diary-page.js';
import { everyScreen, personWithAPlan } from './page-models/every-screen.js';

// 320 CSS px is WCAG's reflow width; 195 is a 390 px phone at 200% zoom.
for (const width of [320, 195]) {
  test(`no screen scrolls sideways at ${width} CSS px wide`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 640 });
    const app = new CrickApp(page);
    // Signed out, the sharing screens say what they need; e2e/clinician.spec.ts checks them signed in at 320 px.
    await seedRecords(page, personWithAPlan());
    const overflowing: string[] = [];
    for (const path of everyScreen) {
      await app.open(path);
      const overflow = await app.sidewaysOverflow();
      if (overflow) overflowing.push(`${path}: ${overflow}`);
    }
    expect(overflowing).toEqual([]);
  });
}
