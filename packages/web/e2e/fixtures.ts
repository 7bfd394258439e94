import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, failing any test in which the page threw an uncaught
 * error or logged a console error: a screen that "works" while throwing is not working.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Offline reloads log failed fetches by design; those are not app errors.
      if (m.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text()))
        errors.push(`console: ${m.text()}`);
    });
    await use(page);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };
