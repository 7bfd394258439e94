import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';

test.use({ locale: 'en-GB' });

test('an emergency sign ends the check with a call button for the region, the reason and "keep still"', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAgeAndStart();
  // "Yes" to the first "any of these?" screen opens its signs one by one.
  await check.answer('Yes');
  await expect(check.question()).toHaveText(/breathe/);
  await app.expectAccessible();
  await check.answer('Yes');

  await check.expectOutcome('Call for help now');
  await expect(check.callLink()).toHaveAttribute('href', 'tel:999');
  await expect(check.callLink()).toHaveText('Call 999');
  // Trouble breathing is not an injury: no "keep your head still".
  await expect(page.getByText(/keep your head and neck still/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(page.locator('main li').first()).not.toBeEmpty();
  await app.expectAccessible();
  await app.screenshot('05-check-emergency');
  // The outcome is shown first and stored just after: wait for the record itself.
  await expect
    .poll(async () => (await app.records('triage')).map((t) => t.data))
    .toMatchObject([{ level: 'emergency', facts: { breathing_difficulty: true } }]);
});

test('an emergency still says to call now when the result screen cannot load (its chunk is fetched apart from the first screen)', async ({
  page,
}) => {
  await page.route('**/assets/check-outcome-*.js', (route) => route.abort());
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAgeAndStart();
  await check.answer('Yes');
  await check.answer('Yes');

  await check.expectOutcome('Call the emergency number now');
  await expect(page.getByRole('alert')).toContainText(
    'Call the emergency number now, or go straight to the emergency department',
  );
  await expect(page.getByText('The rest of the result could not load')).toBeVisible();
  await app.expectAccessible();
});

test('a region change changes the number the call button rings', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/settings');
  await page.getByLabel('Where you are').selectOption('US');
  await expect(page.getByTestId('emergency-number')).toHaveText('911');
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAgeAndStart();
  await check.answer('Yes');
  await check.answer('Yes');
  await expect(check.callLink()).toHaveAttribute('href', 'tel:911');
});

test('a "not sure" about a serious sign is never read as "no"', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAgeAndStart();
  await check.answer('Not sure');
  await check.answer('Not sure');
  await check.answerAllNo();
  await expect(page.locator('main h1')).not.toHaveText('Is this dangerous?');
  await expect(page.locator('main h1')).not.toHaveText('Good news: no warning signs');
  await expect(page.getByText('(you were not sure, so we play safe)').first()).toBeVisible();
  await app.expectAccessible();
});

test('a pain of five weeks ends in "see a GP within days", with what to tell them and gentle self-care meanwhile', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAllNo(40, 35);
  await check.expectOutcome('Book a GP or physiotherapist within a few days');
  await expect(page.getByRole('heading', { name: 'What to tell them' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go on to gentle self-care' })).toBeVisible();
  await app.expectAccessible();
  await app.screenshot('05b-check-soon');
});

test('with storage refused, the check still gives its advice and says nothing will be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('refused for this test', 'InvalidStateError');
    };
  });
  const app = new CrickApp(page);
  await app.open('/');
  await app.expectScreen('Is this dangerous?');
  const check = new CheckPage(page);
  await check.answerAgeAndStart();
  await check.answer('Yes');
  await check.answer('Yes');
  await check.expectOutcome('Call for help now');
  await expect(check.callLink()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'not letting Crick save' })).toBeVisible();
  await app.expectAccessible();
});

test('a fever emergency gets advice for its own reasons: nothing about injuries, nothing about an age', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAgeAndStart(30);
  await check.answer('Yes'); // "Any of these right now?"
  for (let i = 0; i < 7; i++) await check.answer('No'); // breathing ... confusion
  await expect(check.question()).toHaveText(/rash/);
  await check.answer('Yes');
  await check.expectOutcome('Call for help now');
  await expect(page.getByText(/injury/i)).toHaveCount(0);
  await expect(page.getByText(/your age/i)).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="reasons"] li')).toHaveCount(1);
  await app.expectAccessible();
});

test('an injury emergency says to keep the head and neck still', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerAgeAndStart(70);
  for (let i = 0; i < 3; i++) await check.answer('No'); // right now, since it began, nerves
  await expect(check.question()).toHaveText('Do any of these apply?');
  await check.answer('Yes');
  await expect(check.question()).toHaveText(/after an injury/);
  await check.answer('Yes');
  await check.expectOutcome('Call for help now');
  await expect(page.getByText(/keep your head and neck still/)).toBeVisible();
});

test('a precaution says what could not be checked, and answering it there runs the check again', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await expect(check.question()).toHaveText(/How old are you/);
  await check.answer('Rather not say');
  await check.answerAllNo();
  await check.expectOutcome('Book a GP or physiotherapist within a few days');
  await expect(page.getByText(/You did not answer “Age”, so to be safe/).first()).toBeVisible();
  await expect(page.getByText('(we could not check this, so we play safe)').first()).toBeVisible();
  await app.expectAccessible();
  await page.getByRole('button', { name: 'Answer: “Age”' }).click();
  await expect(check.question()).toBeFocused();
  await check.answerNumber(34);
  // The check runs on from the new answer with what the rules now need, then ends.
  await check.answerAllNo();
  await check.expectOutcome('Good news: no warning signs');
  const triages = await app.records('triage');
  expect(triages.map((t) => t.data.level)).toEqual(['soon', 'self_care']);
  expect(triages[0]?.data).toMatchObject({ precautions: expect.arrayContaining(['RF-S10']), rules: '0.2' });
});

test('after each answer the focus moves to the new question', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/check');
  const check = new CheckPage(page);
  await check.answerNumber(35);
  await expect(check.question()).toHaveText(/How many days ago/);
  await expect(check.question()).toBeFocused();
  await check.answer('Yesterday');
  await expect(check.question()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes', exact: true })).toBeFocused();
});
