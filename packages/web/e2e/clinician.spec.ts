import type { BrowserContext, Page } from '@playwright/test';
import { readPdf } from '../../../scripts/ensure-poppler.js';
import { expect, test } from './fixtures.js';
import { AccountPage } from './page-models/account-page.js';
import { CrickApp } from './page-models/app.js';
import { ClinicianPages, downloaded, SharePage, sidewaysOverflow } from './page-models/clinic-pages.js';
import { CrickServer } from './page-models/crick-server.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { activate } from './page-models/keyboard.js';

// One real server (crick serve on a throwaway SQLite file) for the whole file.
let server: CrickServer | undefined;
let base = '';
test.beforeAll(async () => {
  server = await CrickServer.start();
  base = server.url;
});
test.afterAll(() => server?.stop());
test.use({ locale: 'en-GB' });

const password = 'a calm neck 2026';
const doctor = 'Dr Ada Osei';

/** Uncaught errors in any of the test's browsers: a screen that works while throwing is not working. */
const pageErrors: string[] = [];

/** A browser of its own (cookies, IndexedDB), as a separate device or person. */
async function device(browser: { newContext: (o: object) => Promise<BrowserContext> }): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block', locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

/** Checks one new screen: axe, no sideways scroll at 320 px, and a screenshot. */
async function checkScreen(app: CrickApp, shot: string): Promise<void> {
  await app.expectAccessible();
  await app.page.setViewportSize({ width: 320, height: 640 });
  expect(await sidewaysOverflow(app.page), `${shot} at 320 px`).toEqual([]);
  await app.page.setViewportSize({ width: 390, height: 844 });
  await app.screenshot(shot);
}

async function syncNow(page: Page): Promise<void> {
  await page.goto(`${base}/#/account`);
  const account = new AccountPage(page);
  await account.syncNow();
  await account.expectUpToDate();
}

test('a person shares with a clinician, who reviews, adjusts the programme and loses access on revoke', async ({
  browser,
}) => {
  test.slow();
  const email = `patient-${Date.now()}@example.com`;

  // 1. The person: a few days recorded, the pain rising from 3 to 5 (2 points: meaningful);
  // a session stopped for dizziness, and one check after it and after the rise (a flare re-asks the check).
  const person = await device(browser);
  const personApp = new CrickApp(person);
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  await seedRecords(person, [
    { type: 'intake', data: { startedOn: dateFromToday(-4), pain: 3, stuck: ['turn_left'] } },
    { type: 'triage', data: { at: daysAgo(4), facts: {}, level: 'self_care', fired: [], trigger: 'first' } },
    { type: 'checkIn', data: { date: dateFromToday(-3), pain: 3 } },
    { type: 'checkIn', data: { date: dateFromToday(-2), pain: 4 } },
    { type: 'checkIn', data: { date: dateFromToday(-1), pain: 5 } },
    {
      type: 'session',
      data: {
        date: dateFromToday(-3),
        exerciseIds: ['active-rotation'],
        completed: false,
        outcome: 'stopped',
        stopSymptom: 'dizziness',
      },
    },
    { type: 'triage', data: { at: daysAgo(1), facts: {}, level: 'self_care', fired: [], trigger: 'review' } },
    {
      type: 'session',
      data: {
        date: dateFromToday(-1),
        exerciseIds: ['active-rotation'],
        completed: true,
        outcome: 'finished',
        painBefore: 5,
        painAfter: 5,
      },
    },
    { type: 'remedyUse', data: { kind: 'heat', startedAt: daysAgo(1), minutes: 15, helped: 'a_little' } },
  ]);
  await person.goto(`${base}/#/account`);
  await new AccountPage(person).signUp(email, password);
  await syncNow(person);

  // Nothing is shared by default, and the screen says what a clinician would see.
  await person.getByRole('link', { name: 'Share with a clinician' }).click();
  await personApp.expectScreen('Share with a clinician');
  await expect(person.getByText('Nobody. Your entries are shared with no one.')).toBeVisible();
  await expect(person.getByText(/They cannot change anything unless you also let them adjust/)).toBeVisible();
  await checkScreen(personApp, '30-share-none');
  // By keyboard alone.
  await activate(person, 'Make a share code');
  const share = new SharePage(person);
  await expect(person.locator('.share-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const code = (await person.locator('.share-code').textContent()) ?? '';
  await expect(person.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
  const link = `${base}/#/redeem?code=${code}`;
  await expect(person.getByRole('link', { name: link })).toBeVisible();
  await checkScreen(personApp, '31-share-code');

  // 2. The clinician signs up with a name and opens the link.
  const clinician = await device(browser);
  const clinicianApp = new CrickApp(clinician);
  await clinician.goto(`${base}/#/account`);
  await new ClinicianPages(clinician).signUp(`clinician-${Date.now()}@example.com`, password, doctor);
  await clinician.goto(link);
  await clinicianApp.expectScreen('Enter a share code');
  await expect(clinician.getByLabel('Share code (8 letters and digits)')).toHaveValue(code);
  await checkScreen(clinicianApp, '32-redeem');
  await new ClinicianPages(clinician).redeem();
  await clinicianApp.expectScreen(email);

  // A third browser, another clinician, cannot use the same code: it is single use.
  const other = await device(browser);
  await other.goto(`${base}/#/account`);
  // A clinician's sign-up names the missing name instead of making a nameless account.
  await other.getByLabel('Email').fill(`other-${Date.now()}@example.com`);
  await other.getByLabel('Password').fill(password);
  await other.getByRole('checkbox', { name: /I am a clinician/ }).check();
  await other.getByRole('button', { name: 'Create account and sync' }).click();
  await expect(other.getByRole('alert')).toHaveText(
    'Enter the name your patients know you by (up to 80 characters).',
  );
  await expect(other.getByLabel('Your name, as your patients will see it')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await new ClinicianPages(other).signUp(`other-${Date.now()}@example.com`, password, 'Dr Other');
  await other.goto(`${base}/#/redeem?code=${code}`);
  await new ClinicianPages(other).redeem();
  await expect(other.getByRole('alert')).toHaveText(/That code does not work/);
  await other.context().close();

  // The patient list puts the rise in pain first among the reasons.
  await clinician.goto(`${base}/#/clinician`);
  await clinicianApp.expectScreen('Your patients');
  const row = new ClinicianPages(clinician).patient(email);
  await expect(row.getByText('Pain rising:')).toBeVisible();
  await checkScreen(clinicianApp, '33-clinician-patients');

  await row.getByRole('link', { name: email }).click();
  await clinicianApp.expectScreen(email);
  await expect(clinician.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expect(clinician.getByRole('cell', { name: 'Stopped early, for: Dizzy or spinning' })).toBeVisible();
  await expect(clinician.getByText(/heat, 15 min, helped: a little/)).toBeVisible();
  await expect(
    clinician.getByText(/within which a change from the start \(3\) is not yet meaningful/),
  ).toBeVisible();
  await expect(
    clinician.getByText('This person has not allowed you to adjust their programme.'),
  ).toBeVisible();
  await checkScreen(clinicianApp, '34-clinician-patient');

  // The doctor's report (the person's own report code and PDF) and the FHIR Bundle.
  const pdf = await downloaded(clinician, () =>
    clinician.getByRole('button', { name: 'Save the report as PDF' }).click(),
  );
  expect(pdf.name).toMatch(/^crick-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const read = readPdf(new Uint8Array(pdf.bytes));
  expect(read.pages).toBe(1);
  expect(read.text).toContain('Neck pain: summary for the doctor');
  const fhir = await downloaded(clinician, () =>
    clinician.getByRole('button', { name: 'Download FHIR Bundle' }).click(),
  );
  expect(JSON.parse(fhir.bytes.toString('utf8'))).toMatchObject({ resourceType: 'Bundle' });

  await clinician.getByLabel('Your private note').fill('Rising pain after the desk move; review posture.');
  await clinician.getByRole('button', { name: 'Save note' }).click();
  await expect(clinician.getByRole('status')).toHaveText('Saved your note.');

  // 3. The person allows adjusting (a choice of its own); the clinician sets a programme.
  await person.reload();
  await personApp.expectScreen('Share with a clinician');
  await expect(share.access(doctor)).toContainText('has access since');
  await share.mayAdjust(doctor).check();
  await expect(person.getByRole('status')).toHaveText(`${doctor} may now adjust your programme.`);

  await clinician.reload();
  await clinicianApp.expectScreen(email);
  const pages = new ClinicianPages(clinician);
  await pages.adjust({
    exercises: [{ name: 'Chin tuck', reps: 6 }, { name: 'Shoulder rolls' }],
    phase: 'Loosen',
    note: 'Little and often; stop if it tingles.',
  });
  await expect(clinician.getByRole('status')).toHaveText(
    'Saved the programme. The person gets it when their app next syncs.',
  );
  await checkScreen(clinicianApp, '35-clinician-adjusted');

  // Opened again, the form starts from the programme in force: an adjustment changes it, not starts over.
  await clinician.reload();
  await clinicianApp.expectScreen(email);
  await pages.expectProgramme({
    exercises: [{ name: 'Chin tuck', reps: 6 }, { name: 'Shoulder rolls' }],
    phase: 'Loosen',
    note: 'Little and often; stop if it tingles.',
  });

  // 4. The person's next sync brings it: Today follows it and says who set it.
  await syncNow(person);
  await person.goto(`${base}/#/today`);
  await personApp.expectScreen('Today');
  const rx = person.getByRole('region', { name: /^Set by Dr Ada Osei on / });
  await expect(rx).toBeVisible();
  await expect(rx).toContainText('Little and often; stop if it tingles.');
  await expect(rx).not.toContainText('Set aside');
  await expect(rx.getByRole('listitem').first()).toBeVisible();
  await expect(person.getByRole('listitem').filter({ hasText: 'Chin tuck' }).first()).toBeVisible();
  await checkScreen(personApp, '36-today-prescribed');

  // A later urgent check sets it aside, and Today says why.
  await personApp.seed(
    [
      {
        type: 'triage',
        data: {
          at: new Date().toISOString(),
          facts: {},
          level: 'urgent',
          fired: ['RF-U01'],
          trigger: 'manual',
        },
      },
    ],
    '/today',
  );
  await expect(rx).toContainText('Set aside today for your safety.');
  await checkScreen(personApp, '37-today-prescription-set-aside');

  // 5. The person revokes in one tap; the clinician's very next request is refused.
  await person.goto(`${base}/#/share`);
  await personApp.expectScreen('Share with a clinician');
  await share.stopSharing(doctor);
  await expect(person.getByText('Nobody. Your entries are shared with no one.')).toBeVisible();
  await clinician.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(clinician.getByRole('alert')).toHaveText(
    'This person no longer shares their entries with you.',
  );
  const patientId = new URL(clinician.url().replace('#/', '')).searchParams.get('id');
  const after = await clinician.evaluate(async (id) => {
    const records = await fetch(`/api/clinician/patients/${id}/records`);
    const patients = (await (await fetch('/api/clinician/patients')).json()) as unknown[];
    return { records: records.status, patients: patients.length };
  }, patientId);
  expect(after).toEqual({ records: 403, patients: 0 });

  // 6. The person sees every look the clinician took.
  const log = share.accessLog();
  await expect(log.getByRole('row').filter({ hasText: doctor }).first()).toBeVisible();
  await expect(log).toContainText('read your entries');
  await expect(log).toContainText('downloaded your records (FHIR)');
  await expect(log).toContainText('adjusted your programme');
  await checkScreen(personApp, '38-share-access-log');

  await person.context().close();
  await clinician.context().close();
  expect(pageErrors).toEqual([]);
});
