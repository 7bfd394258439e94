import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { LearnPage } from './page-models/learn-page.js';

test('learn search finds words as people type them, and marks every form of the word', async ({ page }) => {
  const app = new CrickApp(page);
  await app.open('/learn');
  const learn = new LearnPage(page);

  await learn.search('stretching');
  await expect(learn.results().first().getByRole('link')).toHaveText('What helps, and how sure we are');
  await expect(learn.results().first().locator('mark')).toHaveText(['stretches']);

  await learn.search('pillows');
  await expect(learn.results().first().getByRole('link')).toHaveText('What causes it');
  await expect(learn.results().first().locator('mark').first()).toHaveText('pillow');

  await learn.search('masage');
  await expect(learn.results().first().getByRole('link')).toHaveText('What helps, and how sure we are');
  await expect(page.getByRole('status')).toContainText('found');
  await app.expectAccessible();
});
