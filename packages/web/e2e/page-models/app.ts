import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { withCheck } from './with-check.js';

/** Screenshots land in packages/web/test-results/screenshots wherever Playwright is started from. */
const screenshots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * The whole app as a test sees it: open it, move between screens, check a
 * screen with axe, save a screenshot. Specs use the screen models built on it.
 */
export class CrickApp {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Opens a route; `fast` speeds the app's clock for timers (tests only). */
  async open(path = '/', options: { fast?: number } = {}): Promise<void> {
    const query = options.fast ? `?fast=${options.fast}` : '';
    await this.page.goto(`/${query}#${path}`);
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    return this.page.locator('main h1');
  }

  async expectScreen(title: string | RegExp): Promise<void> {
    await expect(this.heading()).toHaveText(title);
  }

  async tab(name: 'Today' | 'Check' | 'Diary' | 'Learn' | 'More'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  }

  /** Zero axe violations (WCAG 2.2 AA and best practice) on the current screen. */
  /** axe's violations on the page as it is now, one line each: the rule and where. */
  async axeViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  async expectAccessible(): Promise<void> {
    expect(await this.axeViolations(), 'axe violations').toEqual([]);
  }

  /** Where the page scrolls sideways: "" when it does not, else the widths and the first elements past the edge. */
  async sidewaysOverflow(): Promise<string> {
    const { scroll, client, wide } = await this.page.evaluate(() => {
      const root = document.documentElement;
      // The elements that reach past the right edge, to name in the failure.
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className || ''}`);
      return { scroll: root.scrollWidth, client: root.clientWidth, wide };
    });
    return scroll > client ? `${scroll} > ${client} (${wide.join(', ')})` : '';
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${screenshots}${name}.png`, fullPage: false });
  }

  /**
   * Puts records straight into the app's IndexedDB (as a synced device would),
   * then reloads, so a spec can start from "already has a plan".
   */
  async seed(
    records: { type: string; data: unknown }[],
    path = '/today',
    options: { fast?: number; unchecked?: boolean } = {},
  ): Promise<void> {
    const rows = options.unchecked ? records : withCheck(records);
    // Settings opens the store, so the database and its tables exist before we write.
    await this.open('/settings', options);
    await expect(this.page.getByRole('heading', { name: 'Your data' })).toBeVisible();
    await this.page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('crick');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('records', 'readwrite');
            rows.forEach((row, i) => {
              const at = new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString();
              tx.objectStore('records').put({
                id: crypto.randomUUID(),
                type: row.type,
                updatedAt: `${at}-0000-seed`,
                deleted: false,
                data: row.data,
              });
            });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );
    await this.open(path, options);
  }

  /** Today as the app sees it (YYYY-MM-DD, local time). */
  async today(): Promise<string> {
    return this.page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
  }

  /** Read the local store's records of one type through IndexedDB, as the app stored them. */
  async records(type: string): Promise<{ id: string; deleted: boolean; data: Record<string, unknown> }[]> {
    return this.page.evaluate(
      (t) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('crick');
          // No database yet: nothing stored. Abort so the app still creates it properly later.
          open.onupgradeneeded = () => {
            open.transaction?.abort();
            resolve([]);
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const req = db.transaction('records').objectStore('records').index('type').getAll(t);
            req.onsuccess = () => {
              db.close();
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      type,
    );
  }

  /**
   * What the app keeps of the person in this browser: every IndexedDB database
   * with the rows of each table, the localStorage keys, and the Cache Storage
   * caches with their entries.
   */
  async deviceStorage(): Promise<{
    indexedDb: Record<string, Record<string, unknown[]>>;
    localStorage: string[];
    caches: Record<string, string[]>;
  }> {
    return this.page.evaluate(async () => {
      const indexedDb: Record<string, Record<string, unknown[]>> = {};
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const open = indexedDB.open(info.name as string);
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        const tables: Record<string, unknown[]> = {};
        for (const name of Array.from(db.objectStoreNames)) {
          tables[name] = await new Promise<unknown[]>((ok, fail) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => ok(req.result);
            req.onerror = () => fail(req.error);
          });
        }
        db.close();
        indexedDb[info.name] = tables;
      }
      const cacheEntries: Record<string, string[]> = {};
      for (const name of await caches.keys())
        cacheEntries[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
      return { indexedDb, localStorage: Object.keys(localStorage), caches: cacheEntries };
    });
  }
}
