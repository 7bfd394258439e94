import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { seedRecords } from './page-models/diary-page.js';
import { tabTo } from './page-models/keyboard.js';

test('the intake takes one Tab per question: arrow keys move between its chips, Space ticks', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await seedRecords(page, [
    {
      type: 'triage',
      data: { at: new Date().toISOString(), facts: {}, level: 'self_care', fired: [], trigger: 'first' },
    },
  ]);
  const form = page.getByRole('button', { name: 'Make my plan' });
  await app.open('/intake');
  await expect(form).toBeVisible();
  // Nine questions and the button: from the heading, the button is at most ten Tab presses away.
  await tabTo(page, 'Make my plan', 10);

  await app.open('/intake');
  await expect(form).toBeVisible();
  await tabTo(page, 'Turn left', 10);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('checkbox', { name: 'Turn right', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Turn right', exact: true })).toBeChecked();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('checkbox', { name: 'Turn left', exact: true })).toBeFocused();
  // Tab leaves the group for the next question, not the next chip.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeFocused();
  await app.expectAccessible();
});
