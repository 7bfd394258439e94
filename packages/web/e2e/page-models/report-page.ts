import type { Page } from '@playwright/test';

export class ReportPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async addQuestion(text: string): Promise<void> {
    await this.page.getByLabel('Add a question').fill(text);
    await this.page.getByRole('button', { name: 'Add question' }).click();
  }
  medicinesNote() {
    return this.page.getByLabel(/^What you have taken/);
  }
  /** Writes the medicines note and leaves the box, which saves it. */
  async writeMedicines(text: string): Promise<void> {
    await this.medicinesNote().fill(text);
    await this.medicinesNote().blur();
  }
  async downloadPdf(): Promise<{ name: string; bytes: Buffer }> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save as PDF' }).click();
    const download = await waiting;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}
