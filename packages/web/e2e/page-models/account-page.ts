import { expect, type Page } from '@playwright/test';

export class AccountPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async signUp(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account and sync' }).click();
    await expect(this.page.getByRole('heading', { name: `Signed in as ${email}` })).toBeVisible();
  }
  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByRole('button', { name: 'I already have an account' }).click();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Log in and sync' }).click();
    await expect(this.page.getByRole('heading', { name: `Signed in as ${email}` })).toBeVisible();
  }
  async expectUpToDate(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  }
  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sync now' }).click();
  }
}
