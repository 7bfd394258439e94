import type { Page } from '@playwright/test';

export class PreventionPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  cause(question: string | RegExp) {
    return this.page
      .getByRole('region', { name: 'What applies to you?' })
      .getByRole('checkbox', { name: question });
  }
  breakTimer() {
    return this.page.getByRole('region', { name: 'Work-break timer' });
  }
  checklist() {
    return this.page.getByRole('region', { name: 'Set-up checklist' });
  }
  async downloadCalendar(): Promise<string> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download calendar reminders' }).click();
    const download = await waiting;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
