// What the first screen of a web build loads: one home for the measure that
// `npm run bench:web` prints and the e2e run holds to its budget (budget.spec.ts).
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first screen's script budget, gzip -9 (issue 13). */
export const FIRST_SCREEN_JS_BUDGET_KB = 25;

/**
 * The entry script(s) in index.html and every module they import statically, gzip-9
 * each; and what an entry imports dynamically too (the entry only waits for the first
 * paint, then imports the app), with that module's static imports.
 */
export async function firstScreenJs(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const start = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const queue = start.map((src) => ({ file: normalize(join(dist, src)), entry: true }));
  let gzip = 0;
  let raw = 0;
  while (queue.length) {
    const { file, entry } = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    const text = code.toString('utf8');
    // Static imports: `import ... from "./x.js"` and `import "./x.js"`.
    for (const m of text.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g,
    ))
      queue.push({ file: normalize(join(dirname(file), m[1])), entry: false });
    // An entry's `import("./x.js")`: the app it starts after the first paint.
    if (entry)
      for (const m of text.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
        queue.push({ file: normalize(join(dirname(file), m[1])), entry: false });
  }
  return { files: [...seen].map((f) => f.slice(dist.length + 1)), gzipKb: gzip / 1024, rawKb: raw / 1024 };
}
