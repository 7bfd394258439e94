import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';

declare global {
  interface Window {
    /** Notifications the page made, captured by the init script below. */
    crickShown: string[];
  }
}

test('while Crick is open, a session reminder pops up at its time, and a check-in in the quiet hours does not', async ({
  page,
}) => {
  // The page's notifications, recorded as the person would see them (permission given).
  await page.addInitScript(() => {
    window.crickShown = [];
    class Recorded {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string, options?: NotificationOptions) {
        window.crickShown.push(`${title}: ${options?.body} (${options?.tag})`);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorded });
  });
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  const app = new CrickApp(page);
  await app.open('/settings');

  await page.getByLabel('Reminder time').fill('09:30');
  await page.getByLabel('Reminder for').selectOption('session');
  await page.getByRole('button', { name: 'Add reminder' }).click();
  await page.getByLabel('Reminder time').fill('23:00');
  await page.getByLabel('Reminder for').selectOption('check-in');
  await page.getByRole('button', { name: 'Add reminder' }).click();
  await page.getByLabel('Quiet from').fill('22:00');
  await page.getByLabel('Quiet until').fill('07:00');
  await page.getByLabel('Quiet until').blur();
  await expect(page.getByRole('listitem').filter({ hasText: '09:30 session' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '23:00 check-in' })).toBeVisible();
  await app.expectAccessible();

  await page.clock.fastForward('29:00');
  expect(await page.evaluate(() => window.crickShown)).toEqual([]);
  await page.clock.fastForward('01:01');
  await expect
    .poll(() => page.evaluate(() => window.crickShown))
    .toEqual(['Crick: Time for your Crick session (crick-session)']);
  // On to 23:01: the 23:00 check-in falls in the quiet hours.
  await page.clock.fastForward('13:30:00');
  await page.clock.fastForward('00:01');
  expect(await page.evaluate(() => window.crickShown)).toEqual([
    'Crick: Time for your Crick session (crick-session)',
  ]);
});
