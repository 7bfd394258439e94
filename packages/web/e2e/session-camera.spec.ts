import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { type Shot, writeClip } from './page-models/camera-clip.js';
import { browserWithCamera, collectErrors } from './page-models/measure-page.js';
import { PlayerPage } from './page-models/player-page.js';
import { TodayPage } from './page-models/today-page.js';

// Twice to the left, once to the right (as in measure.spec.ts), with a still face between.
const ahead: Shot = { seconds: 1 };
const ramp = (turn: number, mirror = false): Shot[] => [
  { turn: turn / 3, mirror, seconds: 0.2 },
  { turn: (turn * 2) / 3, mirror, seconds: 0.2 },
  { turn, mirror, seconds: 2 },
  { turn: (turn * 2) / 3, mirror, seconds: 0.2 },
  { turn: turn / 3, mirror, seconds: 0.2 },
];
const clip: Shot[] = [ahead, ...ramp(75), ahead, ...ramp(75), ahead, ...ramp(40, true), { seconds: 4 }];

test('in a turning exercise the optional camera counts reps each way and coaches from the person’s own best', async ({
  page,
  baseURL,
}, info) => {
  test.setTimeout(180_000);
  const file = info.outputPath('session-turns.y4m');
  await writeClip(page, clip, file);
  const browser = await browserWithCamera(file);
  try {
    const cam = await (await browser.newContext({ baseURL, serviceWorkers: 'block' })).newPage();
    const errors = collectErrors(cam);
    const app = new CrickApp(cam);
    await app.open('/more');
    const today = await app.today();
    // The last measurement: its bests are what the coach measures against.
    await app.seed(
      [
        { type: 'intake', data: { startedOn: today, pain: 6, stuck: ['turn_left'] } },
        { type: 'neckRange', data: { date: today, method: 'camera', turnLeft: 22, turnRight: 12 } },
      ],
      '/today',
    );
    await new TodayPage(cam).startButton().click();
    const player = new PlayerPage(cam);
    await player.start(6);
    // On to the turning exercise.
    for (let i = 0; i < 12 && (await app.heading().textContent()) !== 'Turn within comfort'; i++) {
      await player.button('Skip').click();
    }
    await app.expectScreen('Turn within comfort');
    await player.button('Pause').click();
    await cam.getByRole('button', { name: 'Count my reps with the camera (optional)' }).click();

    // Short of 80% of the best to the left (22): further; past 80% of the best to the right (12): enough.
    await expect(cam.getByTestId('coach-cue')).toHaveText('a little further', { timeout: 60_000 });
    await expect(cam.getByTestId('coach-reps')).toHaveText(/right 1$/, { timeout: 40_000 });
    await expect(cam.getByTestId('coach-reps')).toHaveText('Reps counted: left 2, right 1');
    await expect(cam.getByTestId('coach-cue')).toHaveText('within comfort');
    await app.expectAccessible();
    await cam.getByRole('button', { name: 'Camera off' }).click();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
