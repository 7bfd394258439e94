import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { seedRecords } from './page-models/diary-page.js';
import { everyScreen, personWithAPlan } from './page-models/every-screen.js';

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in ${scheme} mode`, async ({ page }) => {
    // Twenty-odd axe runs take a minute or more on a loaded 2-core machine: more time, never a retry.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const app = new CrickApp(page);
    await seedRecords(page, personWithAPlan());
    const failing: string[] = [];
    for (const path of [...everyScreen, '/nowhere']) {
      await app.open(path);
      const violations = await app.axeViolations();
      if (violations.length) failing.push(`${path}: ${violations.join('; ')}`);
    }
    expect(failing).toEqual([]);
    if (scheme === 'dark') {
      await app.open('/today');
      await app.screenshot('16-today-dark');
    }
  });
}

test('with reduced motion the player shows a still sequence of labelled poses', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new CrickApp(page);
  await app.open('/more');
  const today = await app.today();
  await app.seed([{ type: 'intake', data: { startedOn: today, pain: 5 } }], '/player', { fast: 2 });
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.locator('.stills figure').first()).toBeVisible();
  expect(await page.locator('.stills figcaption').count()).toBeGreaterThan(1);
  await app.expectAccessible();
  await app.screenshot('17-player-reduced-motion');
});

test('the intake names what is missing instead of saving half an answer', async ({ page }) => {
  const app = new CrickApp(page);
  // The intake follows a stored check.
  await seedRecords(page, [
    {
      type: 'triage',
      data: { at: new Date().toISOString(), facts: {}, level: 'self_care', fired: [], trigger: 'first' },
    },
  ]);
  await app.open('/intake');
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose how bad the pain is, from 0 to 10.');
  await expect(page.getByRole('radio', { name: '0', exact: true })).toBeFocused();
  expect(await app.records('intake')).toEqual([]);
  await app.expectAccessible();
});

test('updating the intake starts from the earlier answers and edits the one record', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/more');
  const today = await app.today();
  await app.seed(
    [{ type: 'intake', data: { startedOn: today, pain: 6, stuck: ['look_up'], minutesAvailable: 5 } }],
    '/more',
  );
  await page.getByRole('link', { name: 'Update my answers about my neck' }).click();
  await app.expectScreen('About your neck');
  await expect(page.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Look up' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '5 minutes', exact: true })).toBeChecked();
  await page.getByRole('radio', { name: '15 minutes', exact: true }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await app.expectScreen('Today');
  const intakes = await app.records('intake');
  expect(intakes).toHaveLength(1);
  expect(intakes[0]?.data).toMatchObject({ pain: 6, stuck: ['look_up'], minutesAvailable: 15 });
});
