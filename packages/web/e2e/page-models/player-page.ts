import { expect, type Page } from '@playwright/test';

/** The session player: pain before, the controls, stop reasons, the summary. */
export class PlayerPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async start(painBefore: number): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Pain before you start' })
      .getByRole('radio', { name: String(painBefore), exact: true })
      .check();
    await this.page.getByRole('button', { name: 'Start the session' }).click();
  }

  button(name: 'Pause' | 'Resume' | 'Back' | 'Skip' | 'Stop') {
    return this.page.getByRole('button', { name, exact: true });
  }

  exerciseLine() {
    return this.page.getByText(/^Exercise \d+ of \d+$/);
  }

  /** Skips every exercise, one tap each, from the first. */
  async skipAll(): Promise<void> {
    const total = Number(((await this.exerciseLine().textContent()) ?? '').match(/of (\d+)/)?.[1]);
    for (let here = 1; here <= total; here++) {
      await expect(this.exerciseLine()).toHaveText(`Exercise ${here} of ${total}`);
      await this.button('Skip').click();
    }
  }

  /**
   * Plays on to the end, tapping "I am ready" at each change of position, then answers
   * the after-session questions on the screen the session must have ended on.
   */
  async finish(
    painAfter: number,
    ending: 'Session done' | 'Session partly done' | 'Session skipped' | 'Session stopped',
    effort: 'Easy' | 'About right' | 'Hard' = 'About right',
  ): Promise<void> {
    const ended = this.page.locator('main h1', { hasText: /^Session (done|partly done|skipped|stopped)$/ });
    const ready = this.page.getByRole('button', { name: 'I am ready' });
    while (!(await ended.isVisible())) {
      // Waiting for whichever comes next; what the session ended as is asserted below.
      await expect(ended.or(ready)).toBeVisible({ timeout: 60_000 });
      if (await ready.isVisible()) await ready.click();
    }
    await expect(this.page.locator('main h1')).toHaveText(ending);
    await this.page
      .getByRole('group', { name: 'Pain now' })
      .getByRole('radio', { name: String(painAfter), exact: true })
      .check();
    await this.page.getByRole('radio', { name: effort, exact: true }).check();
    await this.page.getByRole('button', { name: 'Save and finish' }).click();
    await expect(this.page.locator('main h1')).toHaveText('Saved');
  }
}
