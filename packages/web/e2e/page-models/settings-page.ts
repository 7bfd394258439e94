import { expect, type Page } from '@playwright/test';

/** Settings: the person's data, and deleting it. */
export class SettingsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  whereDataIs() {
    return this.page.getByTestId('where-data-is');
  }

  /** Opens the delete question; the caller reads it (axe, words) before choosing. */
  async askToDelete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete all my data' }).click();
    await expect(this.page.getByRole('alertdialog')).toBeVisible();
  }

  async choose(
    choice:
      | 'Yes, delete everything'
      | 'Delete from this device only'
      | 'Delete from this device and delete my account',
  ): Promise<void> {
    await this.page.getByRole('alertdialog').getByRole('button', { name: choice, exact: true }).click();
    await expect(this.page.getByRole('status')).toHaveText(/deleted\.$/, { timeout: 15_000 });
  }
}
