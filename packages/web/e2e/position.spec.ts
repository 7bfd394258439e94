import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday, seedRecords } from './page-models/diary-page.js';
import { PlayerPage } from './page-models/player-page.js';
import { TodayPage } from './page-models/today-page.js';

declare global {
  interface Window {
    spoken: string[];
  }
}

// Headless Chromium has no voice: record what would be spoken.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.spoken = [];
    Object.defineProperty(window, 'speechSynthesis', {
      value: { speak: (u: SpeechSynthesisUtterance) => window.spoken.push(u.text), cancel: () => undefined },
    });
  });
});

test('when the position changes between exercises the player says what to do out loud and waits for a tap', async ({
  page,
}) => {
  // The page's clock moves only when the test moves it: each cue is its phase's latest word.
  await page.clock.install();
  const app = new CrickApp(page);
  // Day one at pain 5: the morning session starts lying down, then sits up to turn the head.
  await seedRecords(page, [
    { type: 'intake', data: { startedOn: dateFromToday(0), pain: 5 } },
    {
      type: 'triage',
      data: { at: new Date().toISOString(), facts: {}, level: 'self_care', fired: [], trigger: 'first' },
    },
  ]);
  await app.open('/today');
  await new TodayPage(page).startButton().click();
  await expect(page.getByText(/^The first exercise is done lying down\./)).toBeVisible();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5000);
  const player = new PlayerPage(page);
  await player.start(5);
  await expect(player.exerciseLine()).toHaveText('Exercise 1 of 3');
  // Lie back and breathe: 3 s to get ready and 6 breaths of 10 s; then a little past its end.
  await page.clock.fastForward(3000 + 60_000 - 500);
  await page.clock.runFor(1000);

  const change = page.getByRole('region', { name: 'Change position' });
  await expect(change).toBeVisible();
  await expect(change).toContainText('roll onto your side');
  await expect(change).toContainText('Sit on a firm chair');
  await expect(player.exerciseLine()).toHaveText('Exercise 2 of 3');
  await expect
    .poll(() => page.evaluate(() => window.spoken.at(-1)))
    .toMatch(/^Time to change position\. Take your time getting up/);
  await expect(page.getByRole('button', { name: 'I am ready' })).toBeFocused();
  // Waiting: no countdown runs and no cue talks over the words.
  await expect(page.locator('.big-count')).toHaveText('Get ready 3');
  await expect(player.button('Pause')).toHaveCount(0);
  // Axe waits on timers of its own: the page's clock runs while it looks (the player's stays stopped).
  await page.clock.resume();
  await app.expectAccessible();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

  await page.keyboard.press('Enter');
  await expect(change).toHaveCount(0);
  await page.clock.runFor(250);
  // The next exercise begins, its side said by name.
  await expect
    .poll(() => page.evaluate(() => window.spoken.at(-1)))
    .toMatch(/^Turn within comfort\. Left side\./);
  await expect(page.getByTestId('side')).toHaveText('Left side');
  await expect(page.locator('ol.steps')).toContainText('to the left');
  await expect(page.locator('ol.steps')).not.toContainText('to the right');
});
