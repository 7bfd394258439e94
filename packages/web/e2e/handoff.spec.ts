import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures.js';
import { AccountPage } from './page-models/account-page.js';
import { CrickApp } from './page-models/app.js';
import { CrickServer } from './page-models/crick-server.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { ShareWithDoctor } from './page-models/handoff-page.js';
import { ReportPage } from './page-models/report-page.js';
import { SettingsPage } from './page-models/settings-page.js';

// Words only this person wrote: they must reach the doctor's browser and never the server's disk.
const QUESTION = 'Could the purple-giraffe pillow be the cause?';
const MEDICINES = 'Zebrafish balm twice, helped';

let server: CrickServer | undefined;
test.afterEach(() => server?.stop());

/** A person with a few days recorded, on the report screen, who writes a question and a note and shares. */
async function personShares(browser: Browser, base: string, signUpAs?: string) {
  const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const page = await context.newPage();
  await seedRecords(page, [
    { type: 'intake', data: { startedOn: dateFromToday(-3), pain: 6, causes: ['screen-time'] } },
    { type: 'checkIn', data: { date: dateFromToday(-2), pain: 6 } },
    { type: 'checkIn', data: { date: dateFromToday(0), pain: 4 } },
  ]);
  const app = new CrickApp(page);
  if (signUpAs) {
    await app.open('/account');
    await new AccountPage(page).signUp(signUpAs, 'a calm neck 2026');
  }
  await page.goto('/#/report');
  await app.expectScreen('Report for the doctor');
  const report = new ReportPage(page);
  await report.addQuestion(QUESTION);
  await report.writeMedicines(MEDICINES);
  await expect(page.getByRole('article', { name: 'The report' })).toContainText(QUESTION);
  const share = new ShareWithDoctor(page);
  const link = await share.share();
  return { context, page, app, share, link };
}

/** A doctor's browser: a fresh context, no account, no cookies. */
async function doctorOpens(browser: Browser, link: string, serviceWorkers: 'block' | 'allow' = 'block') {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page, app: new CrickApp(page) };
}

/** Every byte of the SQLite database (and its write-ahead log), as text. */
function databaseBytes(file: string): string {
  return [file, `${file}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
}

test("a shared link opens the report in a doctor's fresh browser; the server keeps only ciphertext; a withdrawn link says so", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  server = await CrickServer.start();
  const person = await personShares(browser, server.url);
  expect(new URL(person.link).pathname).toBe('/handoff.html');
  await expect(person.share.withdrawButtons()).toHaveCount(1);
  await person.app.expectAccessible();
  await person.app.screenshot('12-report-shared');

  // What the server stored, read straight from its database file.
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  const rows = db.prepare('select id, ciphertext, iv from handoffs').all() as {
    id: string;
    ciphertext: string;
  }[];
  db.close();
  expect(rows).toHaveLength(1);
  const key = new URL(person.link).hash.split('.')[1] ?? '';
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // Not there as text, nor as base64 of the text: ciphertext, not an encoding.
  const decoded = rows.map((r) => Buffer.from(r.ciphertext, 'base64url').toString('latin1')).join('');
  const stored = `${JSON.stringify(rows)}${decoded}${databaseBytes(server.databaseFile)}`;
  for (const words of ['purple-giraffe', 'Zebrafish', 'M54.2', 'Cervicalgia', key]) {
    expect(stored, `the server's disk holds "${words}"`).not.toContain(words);
  }

  const doctor = await doctorOpens(browser, person.link);
  await doctor.app.expectScreen('Neck pain: summary for the doctor');
  const article = doctor.page.getByRole('article', { name: 'The report' });
  await expect(article).toContainText(QUESTION);
  await expect(article).toContainText(MEDICINES);
  await expect(article).toContainText('M54.2');
  expect(await doctor.context.cookies()).toEqual([]);
  await doctor.app.expectAccessible();
  await doctor.app.screenshot('12-handoff-open');
  // 320 CSS px is WCAG's reflow width; 195 is a 390 px phone at 200% zoom.
  for (const width of [320, 195]) {
    for (const { page, app } of [person, doctor]) {
      await page.setViewportSize({ width, height: 640 });
      expect(await app.sidewaysOverflow(), `${page.url()} at ${width} px`).toBe('');
    }
  }

  await person.share.withdrawButtons().first().click();
  await expect(person.share.section().getByRole('status')).toContainText('it no longer opens');
  await expect(person.share.withdrawButtons()).toHaveCount(0);

  await doctor.page.reload();
  await doctor.app.expectScreen('This report was withdrawn');
  await expect(doctor.page.locator('main')).toContainText('has withdrawn it');
  await expect(doctor.page.getByRole('article')).toHaveCount(0);
  await doctor.app.expectAccessible();
  await doctor.app.screenshot('12-handoff-withdrawn');
  await doctor.context.close();
  await person.context.close();
});

test('a link past its 14 days says it has expired (the server started with its clock 15 days ahead)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  server = await CrickServer.start();
  const person = await personShares(browser, server.url);
  await person.context.close();
  const work = await server.stopKeepingData();
  server = await CrickServer.start({ work, env: { CRICK_CLOCK_OFFSET_DAYS: '15' } });
  const link = new URL(person.link);
  const moved = `${server.url}${link.pathname}${link.hash}`;

  const doctor = await doctorOpens(browser, moved);
  await doctor.app.expectScreen('This link has expired');
  await expect(doctor.page.locator('main')).toContainText('opens for 14 days');
  await doctor.app.expectAccessible();
  await doctor.app.screenshot('12-handoff-expired');
  // Expired means gone from the server's disk too (the sweep at start emptied it).
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  expect(db.prepare('select ciphertext from handoffs').all()).toEqual([{ ciphertext: null }]);
  db.close();
  await doctor.context.close();
});

test('a link with a wrong key or none says the link is not complete', async ({ browser }) => {
  server = await CrickServer.start();
  const doctor = await doctorOpens(browser, `${server.url}/handoff.html#${'A'.repeat(22)}`);
  await doctor.app.expectScreen('This link is not complete');
  await doctor.app.expectAccessible();
  await doctor.context.close();
});

test('once opened, the shared report opens again with the network off', async ({ browser }) => {
  test.setTimeout(120_000);
  server = await CrickServer.start();
  const person = await personShares(browser, server.url);
  await person.context.close();
  const doctor = await doctorOpens(browser, person.link, 'allow');
  await doctor.app.expectScreen('Neck pain: summary for the doctor');
  // Wait for the service worker to install its precache and take control.
  await doctor.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await doctor.page.reload();
  await expect.poll(() => doctor.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await doctor.app.expectScreen('Neck pain: summary for the doctor');

  await doctor.context.setOffline(true);
  await doctor.page.reload();
  await doctor.app.expectScreen('Neck pain: summary for the doctor');
  await expect(doctor.page.getByRole('article', { name: 'The report' })).toContainText(QUESTION);
  await doctor.context.close();
});

test("a signed-in person's link goes with deleting the account and this device's data", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  server = await CrickServer.start();
  const person = await personShares(browser, server.url, `handoff-${Date.now()}@example.com`);
  const doctor = await doctorOpens(browser, person.link);
  await doctor.app.expectScreen('Neck pain: summary for the doctor');

  await person.app.open('/settings');
  const settings = new SettingsPage(person.page);
  await settings.askToDelete();
  await expect(person.page.getByRole('alertdialog')).toContainText(
    'the links to your report shared from here',
  );
  await settings.choose('Delete from this device and delete my account');
  await expect(person.page.getByRole('status').filter({ hasText: 'are deleted' })).toContainText(
    'Your account, the copy on the server and everything on this device are deleted.',
  );

  await doctor.page.reload();
  await doctor.app.expectScreen('This report was withdrawn');
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  expect(db.prepare('select ciphertext, user_id from handoffs').all()).toEqual([
    { ciphertext: null, user_id: null },
  ]);
  db.close();
  await doctor.context.close();
  await person.context.close();
});
