// Web budgets, measured in one run beside a bare Vite + Preact page:
//   first-screen JS (entry + its static imports, gzip) <= 25 kB;
//   Lighthouse mobile performance 100 and accessibility 100 on the first screen
//   and the check, and their LCP at most 1.2x the bare page's in the same run.
//   Prints the figures and the ratios to the bare page, with the load average: on a
//   shared machine Lighthouse's simulated timings grow with the load (its CPU tasks are
//   observed, then scaled), so the three pages are audited in turn, ROUNDS times
//   (CRICK_WEB_BENCH_ROUNDS, default 3), and each goal is judged on the median of
//   the rounds (an LCP ratio is taken within its round, bare and Crick side by side).
// Usage: node bench/web.bench.js   (exit code 1 when a budget is missed)
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { chromiumArgs, ensureChromium } from '../scripts/ensure-chromium.js';
import { FIRST_SCREEN_JS_BUDGET_KB, firstScreenJs } from '../scripts/first-screen-js.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const BUDGET_PERF = 100;
const BUDGET_A11Y = 100;
const BUDGET_LCP_RATIO = 1.2;
const ROUNDS = Number(process.env.CRICK_WEB_BENCH_ROUNDS ?? 3);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
  throw new Error('CRICK_WEB_BENCH_ROUNDS: a whole number of rounds, 1 or more');

/** The machine's load now: the 1-minute load average against its cores. */
const load = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function buildSite(siteRoot, outDir) {
  await build({ root: siteRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** A plain static server with gzip, like the production server, on a free port. */
function serve(dist) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      const gz = /gzip/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(gz ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gz ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

async function audit(chrome, url) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    load: loadavg()[0],
    // Why the LCP is what it is: the element, and what held the first render back.
    lcpElement:
      audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?',
    renderBlocking: (audits['render-blocking-resources']?.details?.items ?? []).map(
      (i) => new URL(i.url).pathname,
    ),
    failing: Object.values(audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id),
      )
      .map((a) => a.id),
  };
}

const work = await mkdtemp(join(tmpdir(), 'crick-web-bench-'));
try {
  console.log(`Building Crick and the bare page (${load()})...`);
  const crickDist = await buildSite(join(root, 'packages/web'), join(work, 'crick'));
  const bareDist = await buildSite(join(root, 'bench/web/bare'), join(work, 'bare'));
  const crickJs = await firstScreenJs(crickDist);
  const bareJs = await firstScreenJs(bareDist);

  const chromePath = await ensureChromium();
  const crick = await serve(crickDist);
  const bare = await serve(bareDist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
  const rounds = [];
  console.log(`Auditing ${ROUNDS} rounds (${load()})...`);
  try {
    for (let i = 0; i < ROUNDS; i++)
      rounds.push({
        bare: await audit(chrome, `${bare.url}/`),
        first: await audit(chrome, `${crick.url}/`),
        check: await audit(chrome, `${crick.url}/#/check`),
      });
  } finally {
    await chrome.kill();
    crick.server.close();
    bare.server.close();
  }

  const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  console.log('\nFirst-screen JavaScript (entry + static imports, gzip -9)');
  console.log(
    `  Crick: ${crickJs.gzipKb.toFixed(1)} kB gzip (${crickJs.rawKb.toFixed(1)} kB raw) in ${crickJs.files.join(', ')}`,
  );
  console.log(`  bare:  ${bareJs.gzipKb.toFixed(1)} kB gzip (${bareJs.rawKb.toFixed(1)} kB raw)`);
  console.log(
    `  ratio Crick / bare: ${ratio(crickJs.gzipKb, bareJs.gzipKb)}x   budget <= ${FIRST_SCREEN_JS_BUDGET_KB} kB`,
  );
  console.log('\nLighthouse 12.8, mobile preset (simulated throttling), round by round');
  rounds.forEach((round, i) => {
    for (const [name, r] of Object.entries(round)) {
      console.log(
        `  ${i + 1} ${name.padEnd(6)} performance ${r.performance}  accessibility ${r.accessibility}  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  load ${r.load.toFixed(1)}` +
          (name === 'bare' ? '' : `   LCP ratio to bare ${ratio(r.lcpMs, round.bare.lcpMs)}`) +
          `   LCP element ${r.lcpElement}` +
          (r.renderBlocking.length ? `   render-blocking ${r.renderBlocking.join(', ')}` : '') +
          (r.failing.length ? `   a11y audits below 1: ${r.failing.join(', ')}` : ''),
      );
    }
  });
  const summary = {};
  for (const name of ['bare', 'first', 'check'])
    summary[name] = {
      performance: median(rounds.map((r) => r[name].performance)),
      accessibility: Math.min(...rounds.map((r) => r[name].accessibility)),
      lcpMs: median(rounds.map((r) => r[name].lcpMs)),
      lcpRatio: median(rounds.map((r) => r[name].lcpMs / r.bare.lcpMs)),
    };
  console.log(`\nMedian of ${ROUNDS} rounds (accessibility: the lowest); ${load()} at the end`);
  for (const [name, r] of Object.entries(summary))
    console.log(
      `  ${name.padEnd(6)} performance ${r.performance}  accessibility ${r.accessibility}  LCP ${r.lcpMs} ms` +
        (name === 'bare'
          ? ''
          : `   LCP ratio to bare ${r.lcpRatio.toFixed(2)} (budget <= ${BUDGET_LCP_RATIO})`),
    );
  const misses = [];
  if (crickJs.gzipKb > FIRST_SCREEN_JS_BUDGET_KB)
    misses.push(`first-screen JS ${crickJs.gzipKb.toFixed(1)} kB > ${FIRST_SCREEN_JS_BUDGET_KB} kB`);
  for (const name of ['first', 'check']) {
    const r = summary[name];
    if (r.performance < BUDGET_PERF) misses.push(`${name} performance ${r.performance} < ${BUDGET_PERF}`);
    if (r.accessibility < BUDGET_A11Y)
      misses.push(`${name} accessibility ${r.accessibility} < ${BUDGET_A11Y}`);
    if (r.lcpRatio > BUDGET_LCP_RATIO)
      misses.push(`${name} LCP ${r.lcpRatio.toFixed(2)}x the bare page > ${BUDGET_LCP_RATIO}x`);
  }
  console.log(misses.length ? `\nBUDGETS MISSED: ${misses.join('; ')}` : '\nAll web budgets met.');
  process.exitCode = misses.length ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
