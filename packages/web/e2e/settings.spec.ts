import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';

test('export, delete everything, import it back without duplicates, and refuse a damaged file by field', async ({
  page,
}, info) => {
  const app = new CrickApp(page);
  await app.open('/more');
  const today = await app.today();
  await app.seed(
    [
      { type: 'intake', data: { startedOn: today, pain: 5 } },
      { type: 'checkIn', data: { date: today, pain: 4 } },
    ],
    '/settings',
  );
  await app.expectAccessible();
  await app.screenshot('14-settings');

  // Voice setting is remembered.
  await page.getByRole('checkbox', { name: 'Spoken cues in sessions' }).uncheck();
  // The choice is saved to IndexedDB a moment after the tap; reload once it is stored.
  await expect
    .poll(async () => (await app.records('settings')).find((r) => !r.deleted)?.data.voice)
    .toBe(false);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Spoken cues in sessions' })).not.toBeChecked();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all my data (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^crick-export-\d{4}-\d{2}-\d{2}\.json$/);
  const path = info.outputPath('export.json');
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8'));
  expect(file.format).toBe('crick-export');
  expect(file.records.map((r: { type: string }) => r.type).sort()).toEqual([
    'checkIn',
    'intake',
    'settings',
    'triage',
  ]);

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await app.expectAccessible();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status')).toHaveText('Everything on this device is deleted.');
  expect(await app.records('checkIn')).toEqual([]);

  await app.open('/settings');
  await page.getByLabel('Import data from a file').setInputFiles(path);
  await expect(page.getByRole('status')).toHaveText('Imported: 4 new, 0 updated, 0 already here.');
  await page.getByLabel('Import data from a file').setInputFiles(path);
  await expect(page.getByRole('status')).toHaveText('Imported: 0 new, 0 updated, 4 already here.');
  expect((await app.records('checkIn')).map((r) => r.data.pain)).toEqual([4]);

  const damaged = info.outputPath('damaged.json');
  file.records[1].data.pain = 12;
  await writeFile(damaged, JSON.stringify(file));
  await page.getByLabel('Import data from a file').setInputFiles(damaged);
  await expect(page.getByRole('status')).toHaveText('Nothing was imported: the file has a problem.');
  await expect(page.getByRole('list', { name: 'Problems in the file' })).toContainText(
    'records[1].data.pain',
  );
  await app.expectAccessible();
});
