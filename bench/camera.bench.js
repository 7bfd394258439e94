#!/usr/bin/env node
// Part of `npm run bench`: the measure screen's cost. Milliseconds per frame of head
// pose (Human on its WASM backend, in Debian's Chromium, on this machine; goal 60 ms,
// 15 frames a second): the web's own head-pose module (packages/web/src/lib/camera/head-pose.ts,
// bundled here by Vite, so its one settings object is what is measured) reading
// 640 x 480 frames, as the app reads the camera, with the app's settings (the detector
// finds the face, the mesh tracks it) beside a detector on every frame, in alternating
// rounds of one run. The machine is shared: the load average is printed, and the
// CPU time Chromium spent per frame beside the wall time. Then what the screen adds to
// download (gzip -9), none of it on the first screen. Uses packages/web/dist (built if missing).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, ensureChromium } from '../scripts/ensure-chromium.js';

const root = join(import.meta.dirname, '..');
const web = join(root, 'packages/web');
const dist = join(web, 'dist');
if (!existsSync(join(dist, 'camera'))) {
  console.log('Building the web app (packages/web/dist has no camera/)...');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
}
const assets = readdirSync(join(dist, 'assets'));
const human = assets.find((f) => /^human\.esm-.*\.js$/.test(f));
const measure = assets.filter((f) => f.startsWith('measure-screen-'));
const camera = readdirSync(join(dist, 'camera')).map((f) => `camera/${f}`);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
const rows = [...measure.map((f) => `assets/${f}`), `assets/${human}`, ...camera].map((f) => [f, gz(f)]);
const firstScreen = readFileSync(join(dist, 'index.html'), 'utf8');

// The head-pose module as the app has it, Human inside, as one ES module.
const bundled = await build({
  configFile: false,
  logLevel: 'warn',
  root: web,
  build: {
    write: false,
    minify: false,
    target: 'es2022',
    lib: { entry: 'src/lib/camera/head-pose.ts', formats: ['es'], fileName: 'head-pose' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
const headPoseModule = [bundled].flat()[0].output[0].code;

/** CPU time (ms) of Chromium's processes so far: every process this one started (Playwright's Chromium) and theirs. */
function chromiumCpuMs() {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        // Fields after the command's closing parenthesis: state ppid ... utime(14) stime(15).
        const rest = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
        return [{ pid: Number(pid), ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) }];
      } catch {
        return []; // the process ended while we looked
      }
    });
  const tree = new Set([process.pid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const s of stats)
      if (!tree.has(s.pid) && tree.has(s.ppid)) {
        tree.add(s.pid);
        grown = true;
      }
  }
  // Clock ticks are 1/100 s on Linux (USER_HZ).
  tree.delete(process.pid);
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks * 10, 0);
}

const types = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
};
const browser = await chromium.launch({ executablePath: await ensureChromium(), args: chromiumArgs });
const page = await browser.newPage();
await page.route('http://bench.test/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  if (path === '/head-pose.js')
    return route.fulfill({ body: headPoseModule, contentType: 'text/javascript' });
  const file =
    path === '/face.jpg'
      ? join(root, 'packages/web/e2e/fixtures/eileen-collins-face.jpg')
      : path === '/'
        ? null
        : join(dist, path);
  if (file && !existsSync(file)) return route.fulfill({ status: 404 });
  return route.fulfill({
    body: file ? readFileSync(file) : '<!doctype html><title>bench</title>',
    contentType: file
      ? (types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream')
      : 'text/html',
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
  });
});
await page.goto('http://bench.test/');
const loadBefore = loadavg();
await page.evaluate(async () => {
  const { headPoseSettings, loadHeadPose } = await import('/head-pose.js');
  const img = new Image();
  img.src = '/face.jpg';
  await img.decode();
  // 640 x 480, the size the app asks of the camera, the face at arm's length; frames
  // that differ a little, as a live camera's do: the face shifted by a pixel or two.
  const frames = [0, 1, 2, 3].map((dx) => {
    const c = document.createElement('canvas');
    c.width = 640;
    c.height = 480;
    const g = c.getContext('2d');
    g.fillStyle = '#8c8a86';
    g.fillRect(0, 0, 640, 480);
    g.drawImage(img, 200 + dx, 120 + dx);
    return c;
  });
  window.bench = {
    frames,
    app: await loadHeadPose(),
    // A face found afresh on every frame: no scene cache, so the detector always runs.
    fresh: await loadHeadPose({ ...headPoseSettings, cacheSensitivity: 0 }),
    times: { app: [], fresh: [] },
  };
});
/** Reads `n` frames with one of the two and keeps each frame's time; returns the CPU ms Chromium spent. */
async function frames(which, n, keep = true) {
  const cpu = chromiumCpuMs();
  await page.evaluate(
    async ({ which, n, keep }) => {
      const { frames, times } = window.bench;
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const r = await window.bench[which].read(frames[i % frames.length]);
        if (keep) times[which].push(performance.now() - t);
        if (r.kind !== 'face') throw new Error(`${which} frame ${i}: ${r.kind}`);
      }
    },
    { which, n, keep },
  );
  return chromiumCpuMs() - cpu;
}
await frames('fresh', 3, false);
await frames('app', 3, false);
const cpu = { app: 0, fresh: 0 };
const counts = { app: 15, fresh: 6 };
// Alternating rounds, so a change in the machine's load falls on both.
for (let round = 0; round < 4; round++)
  for (const which of ['app', 'fresh']) cpu[which] += await frames(which, counts[which]);
const times = await page.evaluate(() => window.bench.times);
const loadAfter = loadavg();
await browser.close();

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const line = (which) => {
  const xs = times[which];
  const median = quantile(xs, 0.5);
  return `median ${median.toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms (${(1000 / median).toFixed(0)} frames/s); Chromium CPU ${(cpu[which] / xs.length).toFixed(1)} ms/frame`;
};
const fmt = (l) => l.map((x) => x.toFixed(1)).join(' ');
console.log(
  '\nHead pose per frame (packages/web head-pose.ts: Human, WASM, Chromium on this machine; goal <= 60 ms)',
);
console.log(
  `  load average (1, 5, 15 min): ${fmt(loadBefore)} before, ${fmt(loadAfter)} after, on ${availableParallelism()} cores`,
);
console.log(`  app's settings (mesh tracking; detector on a lost face and each second): ${line('app')}`);
console.log(`  detector on every frame (and mesh):                                     ${line('fresh')}`);
console.log(
  `  the app's median is ${(quantile(times.app, 0.5) / quantile(times.fresh, 0.5)).toFixed(2)} x the detector's, measured in the same run`,
);
console.log('\nMeasure screen download, gzip -9 (loaded when it opens; cached after)');
for (const [f, n] of rows) console.log(`  ${f.padEnd(40)} ${kb(n)}`);
console.log(`  total                                    ${kb(rows.reduce((s, [, n]) => s + n, 0))}`);
console.log(
  `  on the first screen (index.html names any of them): ${rows.some(([f]) => firstScreen.includes(f)) ? 'YES' : 'no'}`,
);
