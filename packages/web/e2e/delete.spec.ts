import { type Browser, type BrowserContext, expect as pwExpect } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { AccountPage } from './page-models/account-page.js';
import { CrickApp } from './page-models/app.js';
import { CrickServer } from './page-models/crick-server.js';
import { DiaryPage } from './page-models/diary-page.js';
import { PreventionPage } from './page-models/prevention-page.js';
import { ReportPage } from './page-models/report-page.js';
import { SettingsPage } from './page-models/settings-page.js';

/** Every table of every IndexedDB database is empty, no app key is in localStorage, no cache is left. */
async function expectNothingLeft(app: CrickApp): Promise<void> {
  const left = await app.deviceStorage();
  for (const [db, tables] of Object.entries(left.indexedDb))
    for (const [table, rows] of Object.entries(tables)) expect(rows, `${db}.${table}`).toEqual([]);
  expect(left.localStorage.filter((k) => k.startsWith('crick.'))).toEqual([]);
  expect(left.caches).toEqual({});
}

test('delete all my data on a device without an account leaves nothing of the person in any storage', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/more');
  const today = await app.today();
  await app.seed(
    [
      { type: 'intake', data: { startedOn: today, pain: 5 } },
      { type: 'checkIn', data: { date: today, pain: 4 } },
    ],
    '/report',
  );
  await new ReportPage(page).writeMedicines('Ibuprofen twice a day, helped a little');
  await expect
    .poll(async () => (await app.records('medicinesNote')).map((r) => r.data.text))
    .toEqual(['Ibuprofen twice a day, helped a little']);
  await app.open('/prevention');
  await new PreventionPage(page).checklist().getByRole('checkbox').first().check();
  // A cached answer holding personal data, as a runtime cache would keep one.
  await page.evaluate(async () => {
    const cache = await caches.open('crick-api');
    await cache.put('/api/export', new Response('{"records":[{"type":"checkIn","data":{"pain":4}}]}'));
  });
  const before = await app.deviceStorage();
  expect(before.indexedDb.crick?.records?.length).toBeGreaterThanOrEqual(3);
  expect(before.localStorage).toContain('crick.ergonomics');
  expect(Object.keys(before.caches)).toEqual(['crick-api']);

  await app.open('/settings');
  const settings = new SettingsPage(page);
  await expect(settings.whereDataIs()).toHaveText(/Everything stays on this device/);
  await settings.askToDelete();
  await app.expectAccessible();
  await settings.choose('Yes, delete everything');
  await app.expectAccessible();
  await expectNothingLeft(app);

  // After a reload the app starts as on a first visit, and still holds nothing.
  await app.open('/today');
  await expect(page.getByRole('link', { name: 'Start: is this dangerous?' })).toBeVisible();
  await expectNothingLeft(app);
});

test('a medicines note kept by an older version outside the store moves into a record, once', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/more');
  await page.evaluate(() => localStorage.setItem('crick.report.medicines', 'Naproxen, once'));
  await app.open('/report');
  await expect(new ReportPage(page).medicinesNote()).toHaveValue('Naproxen, once');
  await expect
    .poll(async () => (await app.records('medicinesNote')).map((r) => r.data.text))
    .toEqual(['Naproxen, once']);
  expect((await app.deviceStorage()).localStorage).not.toContain('crick.report.medicines');
});

test.describe('signed in', () => {
  let server: CrickServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await CrickServer.start();
  });
  test.afterAll(() => server?.stop());

  const password = 'a calm neck 2026';
  /** A device signed up with one check-in and a medicines note, synced to the server. */
  async function syncedDevice(
    browser: Browser,
    email: string,
  ): Promise<{ context: BrowserContext; app: CrickApp }> {
    const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' });
    const page = await context.newPage();
    const app = new CrickApp(page);
    await app.open('/account');
    const account = new AccountPage(page);
    await account.signUp(email, password);
    await app.open('/diary');
    await new DiaryPage(page).checkIn({ pain: 4 });
    await app.open('/report');
    await new ReportPage(page).writeMedicines('Paracetamol at night');
    await pwExpect.poll(async () => (await app.records('medicinesNote')).length).toBe(1);
    await app.open('/account');
    await account.syncNow();
    await account.expectUpToDate();
    const { cookie } = await server.logIn(email, password);
    const types = (await server.exported(cookie)).map((r) => r.type).sort();
    expect(types).toEqual(['checkIn', 'medicinesNote']);
    return { context, app };
  }

  test('deleting the account too removes the server copy and everything on the device', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const email = `delete-all-${Date.now()}@example.com`;
    const { context, app } = await syncedDevice(browser, email);
    const page = app.page;
    await app.open('/settings');
    const settings = new SettingsPage(page);
    await expect(settings.whereDataIs()).toHaveText(/a copy syncs to your account/);
    await settings.askToDelete();
    await expect(page.getByRole('alertdialog')).toContainText('This device only:');
    await expect(page.getByRole('alertdialog')).toContainText('This device and my account:');
    await app.expectAccessible();
    await settings.choose('Delete from this device and delete my account');
    await expectNothingLeft(app);
    // The account is gone: this device's session and a new log-in are both refused.
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);
    expect((await server.logIn(email, password)).status).toBe(401);
    await app.open('/today');
    await expectNothingLeft(app);
    await context.close();
  });

  test('deleting from this device only signs it out and keeps the server copy for the other devices', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const email = `delete-device-${Date.now()}@example.com`;
    const { context, app } = await syncedDevice(browser, email);
    const page = app.page;
    await app.open('/settings');
    const settings = new SettingsPage(page);
    await settings.askToDelete();
    await settings.choose('Delete from this device only');
    await expectNothingLeft(app);
    // Signed out here, so no sync can bring the entries back to this device.
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);
    await app.open('/today');
    await expectNothingLeft(app);
    const { status, cookie } = await server.logIn(email, password);
    expect(status).toBe(200);
    expect((await server.exported(cookie)).map((r) => r.type).sort()).toEqual(['checkIn', 'medicinesNote']);
    await context.close();
  });
});
