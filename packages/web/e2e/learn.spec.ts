import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { LearnPage } from './page-models/learn-page.js';

test('learn: search offline with highlights, a source under each fact, and why opioids are not suggested', async ({
  page,
  context,
}) => {
  const app = new CrickApp(page);
  await app.open('/learn');
  await app.expectScreen('Learn');
  const learn = new LearnPage(page);
  await expect(learn.results()).toHaveCount(8);
  await app.expectAccessible();
  await app.screenshot('09-learn');

  await context.setOffline(true);
  await learn.search('pillow');
  await expect(learn.results().first().locator('mark').first()).toHaveText(/pillow/i);
  await expect(page.getByRole('status')).toContainText('found');
  await app.screenshot('09-learn-search');
  await learn.search('zzqxv');
  await expect(page.getByRole('status')).toHaveText('Nothing found. Try another word.');
  await context.setOffline(false);

  await learn.search('what helps');
  await learn.openTopic('What helps, and how sure we are');
  await app.expectScreen('What helps, and how sure we are');
  const facts = page.locator('.facts > li');
  const count = await facts.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await expect(facts.nth(i).locator('.source')).toContainText(/Sources?: /);
  await expect(page.getByRole('region', { name: 'What Crick does not suggest, and why' })).toContainText(
    'Opioid',
  );
  // Nothing typed into search ends up in the address.
  expect(page.url()).not.toContain('what%20helps');
  await app.expectAccessible();
  await app.screenshot('09-learn-page');
});
