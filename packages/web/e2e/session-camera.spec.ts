import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import type { Shot } from './page-models/camera-clip.js';
import { HeldCamera } from './page-models/held-camera.js';
import { browserWithCamera, collectErrors } from './page-models/measure-page.js';
import { PlayerPage } from './page-models/player-page.js';
import { TodayPage } from './page-models/today-page.js';

// A head turned out (a third, two thirds, then held 2 s) and back, with a still face between.
const ahead: Shot = { seconds: 1 };
const out = (turn: number, mirror = false): Shot[] => [
  { turn: turn / 3, mirror, seconds: 0.2 },
  { turn: (turn * 2) / 3, mirror, seconds: 0.2 },
  { turn, mirror, seconds: 2 },
];
const back = (turn: number, mirror = false): Shot[] => [
  { turn: (turn * 2) / 3, mirror, seconds: 0.2 },
  { turn: turn / 3, mirror, seconds: 0.2 },
  ahead,
];

test('in a turning exercise the optional camera counts reps each way and coaches from the person’s own best', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const browser = await browserWithCamera();
  try {
    const camera = await HeldCamera.install(
      page,
      await browser.newContext({ baseURL, serviceWorkers: 'block' }),
      [ahead, ...out(75), ...back(75), ...out(40, true), ...back(40, true)],
    );
    const cam = camera.page;
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

    const reps = cam.getByTestId('coach-reps');
    const cue = cam.getByTestId('coach-cue');
    const [third, twoThirds, held] = out(75) as [Shot, Shot, Shot];
    await camera.play([ahead, third]);
    // A third of the way: short of 80% of the best to the left (22), so further.
    await expect(cue).toHaveText('a little further');
    await camera.play([twoThirds, held]);
    // Held all the way: past it, so enough.
    await expect(cue).toHaveText('within comfort');
    await camera.play(back(75));
    await expect(reps).toHaveText('Reps counted: left 1, right 0');
    await camera.play([...out(75), ...back(75)]);
    await expect(reps).toHaveText('Reps counted: left 2, right 0');
    await camera.play(out(40, true));
    // Past 80% of the best to the right (12): enough there too.
    await expect(cue).toHaveText('within comfort');
    await camera.play(back(40, true));
    await expect(reps).toHaveText('Reps counted: left 2, right 1');
    await app.expectAccessible();
    await cam.getByRole('button', { name: 'Camera off' }).click();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
