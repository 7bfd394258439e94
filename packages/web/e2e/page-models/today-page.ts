import type { Page } from '@playwright/test';

export class TodayPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  startButton() {
    return this.page.getByRole('link', { name: /^Start .* session/ });
  }

  async checkIn(pain: number): Promise<void> {
    const card = this.page.getByRole('region', { name: 'Check-in due' });
    await card.getByRole('radio', { name: String(pain), exact: true }).check();
    await card.getByRole('button', { name: 'Save check-in' }).click();
  }
}
