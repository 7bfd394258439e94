import type { Page } from '@playwright/test';

/** The intake form. Labels are the screen's own words, so a spec reads like the person's taps. */
export class IntakePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async fill(options: {
    pain: number;
    stuck?: string[];
    minutes?: 5 | 10 | 15 | 20;
    place?: 'At home' | 'At a desk' | 'Travelling';
  }): Promise<void> {
    const pain = this.page.getByRole('group', { name: 'How bad is the pain right now?' });
    await pain.getByRole('radio', { name: String(options.pain), exact: true }).check();
    for (const m of options.stuck ?? [])
      await this.page.getByRole('checkbox', { name: m, exact: true }).check();
    if (options.minutes)
      await this.page.getByRole('radio', { name: `${options.minutes} minutes`, exact: true }).check();
    if (options.place) await this.page.getByRole('radio', { name: options.place, exact: true }).check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Make my plan' }).click();
  }
}
