import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { activate, expectHeading, tabTo } from './page-models/keyboard.js';

test('keyboard only: from the check through the intake to a finished session', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/', { fast: 30 });
  await expectHeading(page, 'Is this dangerous?');

  // Focus starts on the heading; the skip link sits just before it and jumps to the content.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  for (let i = 0; i < 40; i++) {
    if ((await page.locator('main h1').textContent()) !== 'Is this dangerous?') break;
    const numeric = page.getByLabel(/Your answer/);
    if (await numeric.isVisible()) {
      const text = (await page.locator('#question-text').textContent()) ?? '';
      await tabTo(page, /Your answer/);
      await page.keyboard.type(/old/i.test(text) ? '40' : '1');
      await page.keyboard.press('Enter');
    } else {
      await activate(page, 'No');
    }
  }
  await expectHeading(page, 'Good news: no warning signs');
  await activate(page, 'Next: a few questions about your neck');
  await expectHeading(page, 'About your neck');
  await tabTo(page, '0');
  // Arrow keys move within the pain radio group.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await activate(page, 'Make my plan');
  await expectHeading(page, 'Today');

  await activate(page, /^Start .* session/);
  await expectHeading(page, /session$/);
  // The pain given in the intake a moment ago is reused, not asked again.
  await expect(page.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await activate(page, 'Start the session');
  await expect(page.getByText(/^Exercise 1 of/)).toBeVisible();
  await activate(page, 'Pause');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Between a lying and a seated exercise the player waits, with focus on its one button.
  await expect(page.getByRole('button', { name: 'I am ready' })).toBeFocused({ timeout: 60_000 });
  await page.keyboard.press('Enter');

  await expect(page.locator('main h1')).toHaveText('Session done', { timeout: 60_000 });
  await tabTo(page, '0');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await activate(page, 'Save and finish');
  await expectHeading(page, 'Saved');
  const sessions = await app.records('session');
  expect(sessions[0]?.data).toMatchObject({ completed: true, painBefore: 5, painAfter: 3 });
});
