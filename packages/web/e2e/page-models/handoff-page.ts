import { expect, type Page } from '@playwright/test';

/** "Share with my doctor" on the report screen. */
export class ShareWithDoctor {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  section() {
    return this.page.getByRole('region', { name: 'Share with my doctor' });
  }
  /** Makes a link and returns it, as shown to the person. */
  async share(): Promise<string> {
    await this.section().getByRole('button', { name: 'Share with my doctor' }).click();
    const link = this.section().getByRole('textbox', { name: 'Link for your doctor' });
    await expect(link).toHaveValue(/\/handoff\.html#/);
    await expect(
      this.section().getByRole('img', { name: 'QR code of the link for your doctor' }),
    ).toBeVisible();
    return link.inputValue();
  }
  withdrawButtons() {
    return this.section().getByRole('button', { name: /^Withdraw the link made on / });
  }
}
