import { type Browser, chromium, expect, type Page } from '@playwright/test';
import { chromiumArgs, ensureChromium } from '../../../../scripts/ensure-chromium.js';

/** The measure screen as a test drives it. */
export class MeasurePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  start() {
    return this.page.getByRole('button', { name: /Start the camera|Try again/ }).click();
  }
  liveAngle() {
    return this.page.getByTestId('live-angle');
  }
  bestHeld() {
    return this.page.getByTestId('best-held');
  }
  reps() {
    return this.page.getByTestId('reps');
  }
  advice() {
    return this.page.getByTestId('reading-advice');
  }
  problem() {
    return this.page.getByTestId('camera-problem');
  }
  /** The live angle as a number, or null while no face has been read. */
  async nowDegrees(): Promise<number | null> {
    const m = /Now: (-?\d+)°/.exec((await this.liveAngle().textContent()) ?? '');
    return m ? Number(m[1]) : null;
  }
  /** Waits for a best held on this move and returns it. */
  async best(): Promise<number> {
    await expect(this.bestHeld()).toHaveText(/Best held, [a-z ]+: \d+°/, { timeout: 40_000 });
    return Number(/(\d+)°/.exec((await this.bestHeld().textContent()) ?? '')?.[1]);
  }
  done() {
    return this.page.getByRole('button', { name: 'Done with this move' }).click();
  }
  skipThisMove() {
    return this.page.getByRole('button', { name: 'Skip this move' }).click();
  }
}

/**
 * A Chromium whose camera plays `clip` (Y4M, looping), or Chromium's own test pattern
 * without one (the held camera replaces it: `held-camera.ts`). `grant` false leaves the
 * camera permission unanswered in a headless browser, that is refused.
 */
export async function browserWithCamera(clip?: string, grant = true): Promise<Browser> {
  return chromium.launch({
    executablePath: await ensureChromium(),
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      ...(grant ? ['--use-fake-ui-for-media-stream'] : []),
      ...(clip ? [`--use-file-for-fake-video-capture=${clip}`] : []),
    ],
  });
}

/** Fails the test on any error the page throws or logs, as fixtures.ts does for `page`. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
