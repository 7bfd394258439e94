import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { PlayerPage } from './page-models/player-page.js';

declare global {
  interface Window {
    spoken: string[];
    tones: number;
    wakeLocks: number;
  }
}

// Headless Chromium has no voice or speakers: record what would be spoken and played.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.spoken = [];
    window.tones = 0;
    window.wakeLocks = 0;
    Object.defineProperty(window, 'speechSynthesis', {
      value: { speak: (u: SpeechSynthesisUtterance) => window.spoken.push(u.text), cancel: () => undefined },
    });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      window.tones++;
      return start.apply(this, args);
    };
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          window.wakeLocks++;
          return { release: async () => undefined };
        },
      },
    });
  });
});

test('spoken cues are on by default, sounds play, the screen is kept awake, and muting is remembered', async ({
  page,
}) => {
  const app = new CrickApp(page);
  await app.open('/more');
  const today = await app.today();
  await app.seed([{ type: 'intake', data: { startedOn: today, pain: 5 } }], '/player', { fast: 4 });
  const player = new PlayerPage(page);
  await expect(page.getByRole('button', { name: 'Spoken cues: on' })).toHaveAttribute('aria-pressed', 'true');
  await player.start(5);
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.tones)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.wakeLocks)).toBe(1);

  await page.getByRole('button', { name: 'Spoken cues: on' }).click();
  await expect(page.getByRole('button', { name: 'Spoken cues: off' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const spokenBefore = await page.evaluate(() => window.spoken.length);
  // Paused, so the session stays on this exercise until Skip moves it on.
  await player.button('Pause').click();
  const here = Number((await player.exerciseLine().textContent())?.match(/^Exercise (\d+)/)?.[1]);
  await player.button('Skip').click();
  // The next exercise sits up from lying: the player waits for the person, saying nothing aloud.
  await expect(player.exerciseLine()).toHaveText(new RegExp(`^Exercise ${here + 1} of`));
  await expect(page.getByRole('region', { name: 'Change position' })).toBeVisible();
  await page.getByRole('button', { name: 'I am ready' }).click();
  // The next exercise's cue is announced on screen in the same step that would speak it.
  const next = await page.locator('main h1').textContent();
  await expect(page.locator('main [aria-live="polite"]')).toHaveText(`Next: ${next}, left side`);
  expect(await page.evaluate(() => window.spoken.length)).toBe(spokenBefore);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Spoken cues: off' })).toBeVisible();
});
