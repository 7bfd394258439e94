import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';

test('with notifications declined, reminders say they cannot pop up and what still works', async ({
  page,
}) => {
  // The browser's answer when the person has declined notifications for the site.
  await page.addInitScript(() => {
    Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
  });
  const app = new CrickApp(page);
  await app.open('/settings');
  await page.getByLabel('Reminder time').fill('09:30');
  await page.getByRole('button', { name: 'Add reminder' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '09:30' })).toBeVisible();
  const blocked = page.getByTestId('reminders-blocked');
  await expect(blocked).toContainText('cannot pop up');
  await expect(blocked.getByRole('link', { name: 'add them to your calendar' })).toHaveAttribute(
    'href',
    '#/prevention',
  );
  await expect(page.getByText('Reminders pop up while Crick is open.')).toHaveCount(0);
  await app.expectAccessible();
});

test('with notifications allowed, reminders say they pop up while Crick is open', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Notification, 'permission', { get: () => 'granted' });
  });
  const app = new CrickApp(page);
  await app.open('/settings');
  await expect(page.getByText(/^Reminders pop up while Crick is open\./)).toBeVisible();
  await expect(page.getByTestId('reminders-blocked')).toHaveCount(0);
});
