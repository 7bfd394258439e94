import { expect, type Page } from '@playwright/test';

/** The check: answer questions one screen at a time, counting taps. */
export class CheckPage {
  taps = 0;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  question() {
    return this.page.locator('#question-text');
  }

  async answer(label: 'Yes' | 'No' | 'Not sure' | string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    this.taps++;
  }

  /** Typing the number and pressing Next count as two taps. */
  async answerNumber(n: number): Promise<void> {
    await this.page.getByLabel(/Your answer/).fill(String(n));
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
    this.taps += 2;
  }

  /** The first two screens: the age, and when the pain started ("Yesterday" is one tap). */
  async answerAgeAndStart(age = 35): Promise<void> {
    await expect(this.question()).toHaveText(/How old are you/);
    await this.answerNumber(age);
    await expect(this.question()).toHaveText(/How many days ago/);
    await this.answer('Yesterday');
  }

  /** A plain crick: "no" to every sign, an adult's age, a day-old pain, until the outcome. */
  async answerAllNo(age = 35, days = 1): Promise<void> {
    for (let i = 0; i < 60; i++) {
      const outcome = await this.page.locator('main h1').textContent();
      if (outcome !== 'Is this dangerous?') return;
      const quickDays = this.page.getByRole('button', { name: 'Yesterday', exact: true });
      if (days === 1 && (await quickDays.isVisible())) {
        await quickDays.click();
        this.taps++;
      } else if (await this.page.getByLabel(/Your answer/).isVisible()) {
        const text = (await this.question().textContent()) ?? '';
        await this.answerNumber(/old/i.test(text) ? age : days);
      } else if (await this.page.getByRole('button', { name: 'No', exact: true }).isVisible())
        await this.answer('No');
      else {
        // A choice question: the first option that reads as a "no".
        const none = this.page.getByRole('button', { name: /^(No|None|Not)/ }).first();
        await none.click();
        this.taps++;
      }
    }
    throw new Error('the check did not finish within 60 answers');
  }

  async expectOutcome(title: string | RegExp): Promise<void> {
    await expect(this.page.locator('main h1')).toHaveText(title);
  }

  callLink() {
    return this.page.getByRole('link', { name: /^Call \d+/ });
  }
}
