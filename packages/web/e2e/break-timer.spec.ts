import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { PreventionPage } from './page-models/prevention-page.js';

// The service worker is allowed: the break's notification is shown through it.
test.use({ serviceWorkers: 'allow', permissions: ['notifications'] });

declare global {
  interface Window {
    /** What the page said and played, captured by the init script below. */
    crickCues: string[];
  }
}

test('a break timer runs on across screens and a reload; its break rings, speaks and shows a notification', async ({
  page,
}) => {
  // Sound and speech cannot be heard in a test: record what the app asks the browser to play and say.
  await page.addInitScript(() => {
    window.crickCues = [];
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void window.crickCues.push(`said: ${u.text}`);
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      window.crickCues.push(`tone: ${this.frequency.value} Hz`);
      start.call(this, when);
    };
  });
  await page.clock.install({ time: new Date('2026-12-01T10:00:00') });
  const app = new CrickApp(page);
  await app.open('/prevention');
  await app.expectScreen('Stop it coming back');
  // The notification needs the service worker in charge.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));

  const timer = new PreventionPage(page).breakTimer();
  await timer.getByLabel('Remind me every').selectOption('20');
  await timer.getByRole('button', { name: 'Start the break timer' }).click();
  await expect(timer.getByRole('timer')).toHaveText('20:00');

  // Away to the diary, and the page reloaded: nothing of the timer is on screen any more.
  await app.open('/diary');
  await page.reload();
  await app.expectScreen('Diary');
  await expect(page.getByTestId('break-banner')).toHaveCount(0);

  await page.clock.fastForward('19:00');
  await expect(page.getByTestId('break-banner')).toHaveCount(0);
  await page.clock.fastForward('01:01');
  await expect(page.getByTestId('break-banner')).toContainText('Time for your neck break');
  await expect
    .poll(() => page.evaluate(() => window.crickCues))
    .toEqual(['tone: 660 Hz', 'tone: 880 Hz', 'said: Time for your neck break. A twenty-second stretch.']);
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => `${n.title}: ${n.body}`),
      ),
    )
    .toEqual(['Crick: Time for your neck break']);
  await app.expectAccessible();

  // The banner leads to the stretch, and the next round starts from there.
  await page.getByRole('link', { name: 'Start the 20-second stretch' }).click();
  await expect(timer.getByRole('alert')).toContainText('Break time');
  await timer.getByRole('button', { name: /back to work/ }).click();
  await expect(timer.getByRole('timer')).toHaveText('20:00');
});
