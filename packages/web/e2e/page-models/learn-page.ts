import type { Page } from '@playwright/test';

export class LearnPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
  }
  results() {
    return this.page.locator('.learn-list > li');
  }
  async openTopic(title: string | RegExp): Promise<void> {
    await this.page.getByRole('link', { name: title }).first().click();
  }
}
