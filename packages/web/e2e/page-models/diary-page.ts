import { expect, type Page } from '@playwright/test';
import { withCheck } from './with-check.js';

/** A date `days` from today in the browser's zone, YYYY-MM-DD. */
export function dateFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

let seq = 0;
/**
 * Writes records straight into the app's IndexedDB, as sync records, so a spec
 * can start from a history of days. Clocks are in the past, so anything the
 * app writes afterwards is newer. Opens the app at `/` first, which creates the database.
 */
export async function seedRecords(page: Page, records: { type: string; data: unknown }[]): Promise<void> {
  await page.goto('/#/');
  // The first screen is in the HTML before the app runs; the app leaves "/" only
  // after it has looked in (and so created) the database.
  await page.waitForURL((url) => url.hash !== '#/');
  const rows = withCheck(records).map((r) => {
    seq++;
    const hex = seq.toString(16).padStart(12, '0');
    return {
      id: `5eed0000-0000-4000-8000-${hex}`,
      type: r.type,
      updatedAt: `2020-01-01T00:00:00.${String(seq % 1000).padStart(3, '0')}Z-${(seq % 65536).toString(16).padStart(4, '0')}-seed`,
      deleted: false,
      data: r.data,
    };
  });
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('crick');
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          reject(new Error('open the app first: the crick database does not exist yet'));
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('records', 'readwrite');
          for (const r of rows) tx.objectStore('records').put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

export class DiaryPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  form() {
    return this.page.getByRole('form', { name: 'How is it now?' });
  }

  async checkIn(entry: {
    pain: number;
    stiffness?: string;
    sleep?: string;
    helped?: string[];
  }): Promise<void> {
    const form = this.form();
    await form.getByRole('radio', { name: String(entry.pain), exact: true }).check();
    if (entry.stiffness) await form.getByRole('radio', { name: entry.stiffness, exact: true }).check();
    if (entry.sleep) await form.getByRole('radio', { name: entry.sleep, exact: true }).check();
    for (const h of entry.helped ?? []) await form.getByRole('checkbox', { name: h }).check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expect(form.getByRole('status')).toContainText('Saved at');
  }

  async scorePsfs(activities: string[], scores: number[]): Promise<void> {
    const card = this.page.getByRole('region', { name: 'What your neck lets you do' });
    await card.getByRole('button', { name: /Choose activities|Score/ }).click();
    for (const a of activities) await card.getByRole('checkbox', { name: a }).check();
    for (const [i, a] of activities.entries())
      await card.getByRole('combobox', { name: a, exact: true }).selectOption(String(scores[i]));
    await card.getByRole('button', { name: 'Save scores' }).click();
  }
}
