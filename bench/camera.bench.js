#!/usr/bin/env node
// Part of `npm run bench`: the measure screen's cost. Milliseconds per frame of head
// pose (Human on its WASM backend, in Debian's Chromium, on this machine; goal 60 ms,
// 15 frames a second), for a tracked frame (the face box kept, the mesh only) beside a
// frame found afresh (detector and mesh), measured in one run; and what the screen adds
// to download (gzip -9), none of it on the first screen. Uses packages/web/dist (built if missing).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../scripts/ensure-chromium.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'packages/web/dist');
if (!existsSync(join(dist, 'camera'))) {
  console.log('Building the web app (packages/web/dist has no camera/)...');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: join(root, 'packages/web'),
    stdio: 'inherit',
  });
}
const assets = readdirSync(join(dist, 'assets'));
const human = assets.find((f) => /^human\.esm-.*\.js$/.test(f));
const measure = assets.filter((f) => f.startsWith('measure-screen-'));
const camera = readdirSync(join(dist, 'camera')).map((f) => `camera/${f}`);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
const rows = [...measure.map((f) => `assets/${f}`), `assets/${human}`, ...camera].map((f) => [f, gz(f)]);
const firstScreen = readFileSync(join(dist, 'index.html'), 'utf8');

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
const result = await page.evaluate(async (humanFile) => {
  const mod = await import(`/assets/${humanFile}`);
  // The chunk's export names are the bundler's: take the class that has detect().
  const Human = Object.values(mod).find((v) => typeof v === 'function' && v.prototype?.detect);
  // The same settings as packages/web/src/lib/camera/head-pose.ts.
  const off = { enabled: false };
  const human = new Human({
    backend: 'wasm',
    wasmPath: '/camera/',
    wasmPlatformFetch: false,
    modelBasePath: '/camera/',
    debug: false,
    warmup: 'none',
    cacheSensitivity: 0.7,
    filter: off,
    face: {
      enabled: true,
      detector: {
        modelPath: 'blazeface.json',
        rotation: false,
        maxDetected: 2,
        minConfidence: 0.5,
        return: false,
        skipFrames: 5,
        skipTime: 500,
      },
      mesh: { enabled: true, modelPath: 'facemesh.json' },
      iris: off,
      description: off,
      emotion: off,
      antispoof: off,
      liveness: off,
      attention: off,
    },
    body: off,
    hand: off,
    object: off,
    gesture: off,
    segmentation: off,
  });
  await human.load();
  const img = new Image();
  img.src = '/face.jpg';
  await img.decode();
  // Frames that differ a little, as a live camera's do: the face shifted by a pixel or two.
  const frames = [0, 1, 2, 3].map((dx) => {
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 240;
    const g = c.getContext('2d');
    g.fillStyle = '#8c8a86';
    g.fillRect(0, 0, 320, 240);
    g.drawImage(img, 40 + dx, 0);
    return c;
  });
  const median = async (n) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const r = await human.detect(frames[i % frames.length]);
      times.push(performance.now() - t);
      if (r.face.length !== 1) throw new Error(`frame ${i}: ${r.face.length} faces found`);
    }
    return times.sort((a, b) => a - b)[Math.floor(n / 2)];
  };
  await median(5);
  const tracked = await median(40);
  human.config.cacheSensitivity = 0;
  human.config.face.detector.skipFrames = 0;
  human.config.face.detector.skipTime = 0;
  const fresh = await median(20);
  return { tracked, fresh, backend: human.tf.getBackend(), simd: human.env.wasm.simd };
}, human);
await browser.close();

console.log('\nHead pose per frame (Human, WASM backend, Chromium on this machine; goal <= 60 ms)');
console.log(`  backend ${result.backend}, SIMD ${result.simd}`);
console.log(
  `  tracked frame (mesh only):       ${result.tracked.toFixed(1)} ms  (${(1000 / result.tracked).toFixed(0)} frames/s)`,
);
console.log(
  `  fresh frame (detector and mesh): ${result.fresh.toFixed(1)} ms  (tracked is ${(result.tracked / result.fresh).toFixed(2)} x of it)`,
);
console.log('\nMeasure screen download, gzip -9 (loaded when it opens; cached after)');
for (const [f, n] of rows) console.log(`  ${f.padEnd(40)} ${kb(n)}`);
console.log(`  total                                    ${kb(rows.reduce((s, [, n]) => s + n, 0))}`);
console.log(
  `  on the first screen (index.html names any of them): ${rows.some(([f]) => firstScreen.includes(f)) ? 'YES' : 'no'}`,
);
