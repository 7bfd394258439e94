import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/**
 * The fast-check calls in a source text whose arguments do not pass `runs(...)`
 * (core's property.testkit, `@crick/core/testkit` elsewhere): without it a property
 * runs on a random seed that is not printed, and a failure cannot be replayed.
 */
function callsWithoutSeed(text) {
  const missing = [];
  for (const match of text.matchAll(/fc\.(assert|check)\(/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < text.length) {
      const c = text[end++];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    const args = text.slice(match.index, end);
    if (!/\bruns(<[^>]*>)?\(/.test(args)) missing.push(text.slice(0, match.index).split('\n').length);
  }
  return missing;
}

const testFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !/node_modules|[/\\]dist[/\\]/.test(f));

describe('property tests run on the one fixed, printed seed', () => {
  it('finds a property call that does not pass runs(), and passes one that does', () => {
    expect(callsWithoutSeed('fc.assert(fc.property(a, (x) => f(x)), { numRuns: 9 });')).toEqual([1]);
    expect(callsWithoutSeed('\nfc.assert(fc.property(a, (x) => f(x)), { ...runs<[string]>(9) });')).toEqual(
      [],
    );
  });

  it('passes runs() to every fc.assert and fc.check in every package', () => {
    const files = testFiles(join(root, 'packages'));
    expect(files.length).toBeGreaterThan(20);
    const unseeded = files.flatMap((f) =>
      callsWithoutSeed(readFileSync(f, 'utf8')).map((line) => `${relative(root, f)}:${line}`),
    );
    expect(unseeded).toEqual([]);
  });
});
