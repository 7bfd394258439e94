import { expect, type Page } from '@playwright/test';

/** Moves focus with Tab (and only Tab) until the focused element's name matches, then returns. */
export async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      const wrapping = el.closest('label')?.textContent;
      return (el.getAttribute('aria-label') || labelled || wrapping || el.textContent || '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`no focusable element named ${String(name)} within ${max} tabs`);
}

/** Tab to a control and press Enter on it. */
export async function activate(
  page: Page,
  name: string | RegExp,
  key: 'Enter' | 'Space' = 'Enter',
): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.locator('main h1')).toHaveText(text);
  // Focus moves to the new screen's heading, for screen readers and keyboards.
  await expect(page.locator('main h1')).toBeFocused();
}
