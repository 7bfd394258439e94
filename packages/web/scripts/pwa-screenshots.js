// The install dialog's screenshots, taken from the real app: builds it, serves the
// build, and saves the check's first screen narrow (a phone) and wide (a desktop)
// into public/screenshots/, the files the manifest lists (vite.config.ts).
// Usage: node packages/web/scripts/pwa-screenshots.js   (then commit the PNGs)
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, ensureChromium } from '../../../scripts/ensure-chromium.js';

const web = join(import.meta.dirname, '..');
const shots = [
  { file: 'check-narrow.png', width: 390, height: 844 },
  { file: 'check-wide.png', width: 1280, height: 800 },
];

await build({ root: web, logLevel: 'warn' });
const server = await preview({ root: web, logLevel: 'warn', preview: { port: 0, strictPort: false } });
const browser = await chromium.launch({ executablePath: await ensureChromium(), args: chromiumArgs });
try {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      reducedMotion: 'reduce',
    });
    await page.goto(`${url}#/check`);
    // The title is set once the app has taken over the prerendered screen.
    await page.waitForFunction(() => document.title === 'Is this dangerous? · Crick');
    await page.screenshot({ path: join(web, 'public/screenshots', shot.file) });
    console.log(`public/screenshots/${shot.file} (${shot.width}x${shot.height})`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
