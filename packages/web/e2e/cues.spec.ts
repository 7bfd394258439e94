import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { dateFromToday } from './page-models/diary-page.js';
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

/**
 * A strengthening day: the first session opens with the small nod lying down (5 × 5-second
 * holds), then chin tucks sitting up, and later a press to each side.
 */
async function openStrengtheningSession(page: Page) {
  // The page's clock moves only when the test moves it, so every second is checked.
  await page.clock.install();
  const app = new CrickApp(page);
  await app.open('/more');
  await app.seed(
    [
      { type: 'intake', data: { startedOn: dateFromToday(-4), pain: 5, stuck: ['turn_left', 'turn_right'] } },
      { type: 'checkIn', data: { date: dateFromToday(-1), pain: 3, stuck: ['turn_left'] } },
    ],
    '/player',
  );
  await expect(page.locator('ol.card li').first()).toHaveText(/^Small nod on the pillow/);
  // Stopped before the start, so the session's first second is the test's to move.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5000);
  const player = new PlayerPage(page);
  await player.start(3);
  return { app, player };
}

/** Axe waits on timers of its own, so the page's clock runs again while it looks. */
async function expectAccessibleRunning(app: CrickApp, page: Page) {
  await page.clock.resume();
  await app.expectAccessible();
}

/** Moves the clock a quarter second at a time for `ms`, noting each new big cue and where the step text is. */
async function playFor(page: Page, ms: number) {
  const shown: string[] = [];
  const steps: { cue: string; step: string; bottom: number; scrolled: number }[] = [];
  // Looked at between the seconds' edges, never on one: a frame falls just before or after it.
  await page.clock.runFor(125);
  for (let t = 125; t < ms; t += 250) {
    const cue = (await page.locator('.big-count').textContent()) ?? '';
    if (shown.at(-1) !== cue) {
      shown.push(cue);
      const box = await page.getByTestId('now-step').boundingBox();
      steps.push({
        cue,
        step: (await page.getByTestId('now-step').textContent()) ?? '',
        bottom: (box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0),
        scrolled: await page.evaluate(() => window.scrollY),
      });
    }
    await page.clock.runFor(250);
  }
  return { shown, steps };
}

test('each repetition shows and says its phases in order, counting down the hold, with the step for each phase on screen at 390x844', async ({
  page,
}) => {
  const { app } = await openStrengtheningSession(page);
  // Get ready (3 s), then one repetition: nod (1.5 s), hold (5 s), relax (1.5 s), a breath (3 s); then the next begins.
  const { shown, steps } = await playFor(page, 3000 + 8000 + 3000 + 250);
  expect(shown).toEqual([
    'Get ready 3',
    'Get ready 2',
    'Get ready 1',
    'Nod',
    'Hold 5',
    'Hold 4',
    'Hold 3',
    'Hold 2',
    'Hold 1',
    'Relax',
    'Rest 3',
    'Rest 2',
    'Rest 1',
    'Nod',
  ]);
  expect(await page.evaluate(() => window.spoken)).toEqual([
    'Small nod on the pillow. A small nod.',
    'Nod',
    'Hold 5',
    '4',
    '3',
    '2',
    '1',
    'Relax',
    'Rest',
    'Nod',
  ]);
  // The step for each phase, whole on the screen of a 390x844 phone, nothing scrolled.
  const viewport = page.viewportSize();
  expect(viewport).toEqual({ width: 390, height: 844 });
  for (const s of steps) {
    expect(s.scrolled, s.cue).toBe(0);
    expect(s.bottom, s.cue).toBeLessThanOrEqual(844);
  }
  const stepOf = (cue: string) => steps.find((s) => s.cue === cue)?.step;
  expect(stepOf('Get ready 3')).toBe('Lie on your back with your head on a thin pillow.');
  expect(stepOf('Nod')).toBe('Nod your chin down a little, as if saying a small "yes".');
  expect(stepOf('Hold 3')).toBe('Hold, then relax.');
  expect(stepOf('Rest 2')).toBe('Rest and breathe slowly.');
  await expect(page.locator('main [aria-live="polite"]')).toHaveText('Repetition 2 of 5: Nod');
  // The moving figure, seen from the side for a nod, over its target's outline with an arrow.
  await expect(page.locator('svg.figure')).toHaveAttribute('aria-label', /seen from the side/);
  await expect(page.locator('svg.figure [data-pose="target"]')).toHaveCount(1);
  await expect(page.locator('svg.figure [data-part="arrow"]')).toHaveCount(1);
  await app.screenshot('10-player-phase');
  await expectAccessibleRunning(app, page);
});

test('a held exercise rests a breath between its repetitions, not after the last, and a change of position is said and shown', async ({
  page,
}) => {
  await openStrengtheningSession(page);
  // The small nod whole: 3 s ready, five 8 s holds and a 3 s breath between two of them.
  await page.clock.runFor(3000 + 5 * 8000 + 4 * 3000 + 250);
  // Lying to sitting: the player stops, says how to get up, and waits for the tap.
  await expect(page.getByRole('region', { name: 'Change position' })).toContainText('roll onto your side');
  const spoken = await page.evaluate(() => window.spoken);
  expect(spoken.filter((w) => w === 'Rest')).toHaveLength(4);
  expect(spoken.at(-1)).toMatch(/^Time to change position\. Take your time getting up/);
  // The last hold comes back and the change of position follows it, with no rest between.
  expect(spoken.at(-2)).toBe('Relax');
  await page.getByRole('button', { name: 'I am ready' }).click();
  await page.clock.runFor(250);
  expect((await page.evaluate(() => window.spoken)).at(-1)).toBe('Chin tuck. Chin straight back.');
});

test('a change of side is said and shown', async ({ page }) => {
  await page.clock.install();
  const app = new CrickApp(page);
  await app.open('/more');
  // A mobility day opens with a turn to each side: 5 paced turns of 6 s, no rest between.
  await app.seed(
    [
      { type: 'intake', data: { startedOn: dateFromToday(-4), pain: 5, stuck: ['turn_left', 'turn_right'] } },
      { type: 'checkIn', data: { date: dateFromToday(-1), pain: 5, stuck: ['turn_left'] } },
    ],
    '/player',
  );
  await expect(page.locator('ol.card li').first()).toHaveText(/^Turn within comfort: .*each side$/);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5000);
  await new PlayerPage(page).start(3);
  await page.clock.runFor(250);
  await expect(page.getByTestId('side')).toHaveText('Left side');
  expect((await page.evaluate(() => window.spoken)).at(-1)).toMatch(/^Turn within comfort\. Left side\. /);
  // After the left side (3 s ready, 5 × 6 s), the change to the right is said and shown.
  await page.clock.runFor(3000 + 5 * 6000);
  await expect(page.getByTestId('side')).toHaveText('Right side');
  await expect(page.locator('.big-count')).toHaveText(/^Other side: get ready \d$/);
  expect((await page.evaluate(() => window.spoken)).at(-1)).toMatch(/ Right side\. /);
  await expect(page.locator('main [aria-live="polite"]')).toHaveText(
    'Other side: Turn within comfort, right side',
  );
});

test('muted, the phases go on on screen and tones mark them instead of words', async ({ page }) => {
  await openStrengtheningSession(page);
  await page.clock.runFor(3000 + 8000 + 3000);
  const mute = page.getByRole('button', { name: 'Spoken cues: on' });
  // Easy to mute: the toggle is on the first screen of the running session.
  await expect(mute).toBeInViewport({ ratio: 1 });
  await mute.click();
  await expect(page.getByRole('button', { name: 'Spoken cues: off' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const spokenBefore = await page.evaluate(() => window.spoken.length);
  const tonesBefore = await page.evaluate(() => window.tones);
  const { shown } = await playFor(page, 8000);
  expect(shown).toEqual(['Nod', 'Hold 5', 'Hold 4', 'Hold 3', 'Hold 2', 'Hold 1', 'Relax']);
  expect(await page.evaluate(() => window.spoken.length)).toBe(spokenBefore);
  // One tone as each of the three phases begins and one for each counted second (4 to 1),
  // two for the end of the repetition before: at least seven.
  expect((await page.evaluate(() => window.tones)) - tonesBefore).toBeGreaterThanOrEqual(7);
});

test('with reduced motion the figure is three labelled stills: start, target and return', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { app } = await openStrengtheningSession(page);
  await page.clock.runFor(3000 + 2000);
  const stills = page.locator('.stills figure');
  await expect(stills.locator('figcaption')).toHaveText(['1. Start', '2. Nod', '3. Relax']);
  await expect(stills.nth(1)).toHaveClass(/now/);
  await expectAccessibleRunning(app, page);
});
