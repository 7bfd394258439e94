import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ruleWords } from '@crick/core';
import { FIRST_SCREEN_JS_BUDGET_KB, firstScreenJs } from '../../../scripts/first-screen-js.js';
import { expect, test } from './fixtures.js';

// The build this run serves (playwright.config.ts builds it before the first test).
const dist = join(import.meta.dirname, '..', 'dist');

test('the first screen loads at most its budget of script, gzip', async () => {
  const { gzipKb, files } = await firstScreenJs(dist);
  test.info().annotations.push({
    type: 'first-screen JS',
    description: `${gzipKb.toFixed(1)} kB in ${files.join(', ')}`,
  });
  expect(gzipKb).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET_KB);
});

test("the first screen leaves the reasons' words to the result screen", async () => {
  const { files } = await firstScreenJs(dist);
  const scripts = await Promise.all(files.map((f) => readFile(join(dist, f), 'utf8')));
  const words = Object.values(ruleWords).flatMap((w) => [w.said, w.means]);
  const loaded = words.filter((w) => scripts.some((s) => s.includes(w)));
  expect(loaded).toEqual([]);
});
