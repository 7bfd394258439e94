import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { AccountPage } from './page-models/account-page.js';
import { CrickApp } from './page-models/app.js';
import { CrickServer } from './page-models/crick-server.js';
import { DiaryPage } from './page-models/diary-page.js';

// One real server for the whole file (page-models/crick-server.ts).
let server: CrickServer | undefined;
let base = '';

test.beforeAll(async () => {
  server = await CrickServer.start();
  base = server.url;
});

test.afterAll(() => server?.stop());

const pains = async (app: CrickApp) =>
  (await app.records('checkIn'))
    .filter((r) => !r.deleted)
    .map((r) => r.data.pain as number)
    .sort();

async function addCheckIn(page: Page, pain: number) {
  await page.goto(`${base}/#/diary`);
  await expect(page.locator('main h1')).toHaveText('Diary');
  await new DiaryPage(page).checkIn({ pain });
}

test('sign up on one device, log in on another, edit offline, and both converge', async ({ browser }) => {
  test.setTimeout(120_000);
  const email = `person-${Date.now()}@example.com`;
  const password = 'a calm neck 2026';

  const phone = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const a = await phone.newPage();
  const appA = new CrickApp(a);
  await a.goto(`${base}/#/account`);
  await expect(a.getByText('You do not need an account.')).toBeVisible();
  await appA.expectAccessible();
  await appA.screenshot('11-account');
  const accountA = new AccountPage(a);
  await accountA.signUp(email, password);
  await addCheckIn(a, 4);
  await a.goto(`${base}/#/account`);
  await accountA.syncNow();
  await accountA.expectUpToDate();
  await appA.expectAccessible();
  await appA.screenshot('11-account-synced');

  const laptop = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const b = await laptop.newPage();
  const appB = new CrickApp(b);
  await b.goto(`${base}/#/account`);
  await new AccountPage(b).logIn(email, password);
  await expect.poll(() => pains(appB), { timeout: 15_000 }).toEqual([4]);

  // The phone goes offline and records a check-in; the laptop adds one meanwhile.
  await phone.setOffline(true);
  await addCheckIn(a, 2);
  await a.goto(`${base}/#/account`);
  await expect(a.getByRole('status').filter({ hasText: /^Offline\./ })).toBeVisible({
    timeout: 15_000,
  });
  await addCheckIn(b, 7);
  await b.goto(`${base}/#/account`);
  await new AccountPage(b).syncNow();
  await new AccountPage(b).expectUpToDate();
  await phone.setOffline(false);

  // Back online: the background sync pushes the queued entry; the laptop pulls it.
  await expect.poll(() => pains(appA), { timeout: 30_000 }).toEqual([2, 4, 7]);
  await new AccountPage(b).syncNow();
  await expect.poll(() => pains(appB), { timeout: 30_000 }).toEqual([2, 4, 7]);
  const ids = async (app: CrickApp) => (await app.records('checkIn')).map((r) => r.id).sort();
  expect(await ids(appA)).toEqual(await ids(appB));

  // And the server holds each entry once.
  const exported = await a.evaluate(() => fetch('/api/export').then((r) => r.json()));
  const serverCheckIns = JSON.stringify(exported).match(/"type":"checkIn"/g) ?? [];
  expect(serverCheckIns).toHaveLength(3);
  await phone.close();
  await laptop.close();
});

test("the server's export is the app's format: a device that never signed in imports it", async ({
  browser,
}, info) => {
  const json = { 'content-type': 'application/json' };
  const signedUp = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: `export-${Date.now()}@example.com`, password: 'a calm neck 2026' }),
  });
  expect(signedUp.status).toBe(201);
  const bearer = { authorization: `Bearer ${((await signedUp.json()) as { token: string }).token}` };
  const checkIn = {
    id: crypto.randomUUID(),
    type: 'checkIn',
    updatedAt: '2026-11-22T08:30:00.000Z-0000-script',
    deleted: false,
    data: { date: '2026-11-22', pain: 6 },
  };
  const synced = await fetch(`${base}/api/sync`, {
    method: 'POST',
    headers: { ...json, ...bearer },
    body: JSON.stringify({ cursor: null, changes: [checkIn] }),
  });
  expect(synced.status).toBe(200);
  const file = info.outputPath('server-export.json');
  await writeFile(file, await (await fetch(`${base}/api/export`, { headers: bearer })).text());

  const other = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const page = await other.newPage();
  await page.goto(`${base}/#/settings`);
  await page.getByLabel('Import data from a file').setInputFiles(file);
  await expect(page.getByRole('status')).toHaveText('Imported: 1 new, 0 updated, 0 already here.');
  expect(await pains(new CrickApp(page))).toEqual([6]);
  await other.close();
});
