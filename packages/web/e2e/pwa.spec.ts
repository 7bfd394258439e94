import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, ensureChromium } from '../../../scripts/ensure-chromium.js';
import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';
import { CheckPage } from './page-models/check-page.js';

interface ManifestImage {
  src: string;
  sizes: string;
  purpose?: string;
  form_factor?: string;
}

test("Chromium's installability check finds nothing wrong", async () => {
  // Chromium will not install from an incognito profile, which every Playwright context is:
  // this test opens a real (throwaway) profile, with the service worker allowed.
  const profile = await mkdtemp(join(tmpdir(), 'crick-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await ensureChromium(),
    args: chromiumArgs,
    baseURL: test.info().project.use.baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the manifest has an id, maskable icons at 192 and 512, and narrow and wide screenshots of the real size', async ({
  page,
}) => {
  await page.goto('/');
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.id).toBe('/');
  const icons: ManifestImage[] = manifest.icons;
  expect(icons.filter((i) => i.purpose === 'maskable').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  const screenshots: ManifestImage[] = manifest.screenshots;
  expect(screenshots.map((s) => s.form_factor)).toEqual(['narrow', 'wide']);
  // Every image the manifest lists is served, and is as big as it says.
  for (const image of [...icons, ...screenshots].filter((i) => i.sizes !== 'any')) {
    const drawn = await page.evaluate(
      (src) =>
        new Promise<string>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(`${img.naturalWidth}x${img.naturalHeight}`);
          img.onerror = () => reject(new Error(`${src} did not load`));
          img.src = src;
        }),
      image.src,
    );
    expect(drawn, image.src).toBe(image.sizes);
  }
});

test.describe('the first screen, prerendered', () => {
  test.describe('without any script', () => {
    test.use({ javaScriptEnabled: false });

    test('the first visit sees the check and its first question from the HTML alone, inert', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.locator('main h1')).toHaveText('Is this dangerous?');
      await expect(page.locator('main h2')).toHaveText('How old are you?');
      await expect(page.locator('nav.bottom-nav')).toBeVisible();
      // Nothing can be answered before the app runs, so nothing offers to be.
      await expect(page.locator('#app')).toHaveAttribute('inert');
    });
  });

  test('comes to life once loaded: an answer moves on to the next question', async ({ page }) => {
    const app = new CrickApp(page);
    await app.open('/');
    await expect(page.getByText('Question 1,')).toBeVisible();
    await expect(page.locator('#app')).not.toHaveAttribute('inert');
    await new CheckPage(page).answerNumber(35);
    await expect(page.getByText('Question 2,')).toBeVisible();
    await expect(page).toHaveTitle('Is this dangerous? · Crick');
    await app.expectAccessible();
  });

  test('gives way to the screen a deep link asks for', async ({ page }) => {
    const app = new CrickApp(page);
    await app.open('/learn');
    await app.expectScreen('Learn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByText('How old are you?')).toHaveCount(0);
  });
});

test('a link followed while the app is starting is not lost: the screen follows the address', async ({
  page,
}) => {
  // The address changes after the app's first render but before it listens for changes
  // (a tap, or a slow phone): replaceState fires no event, as a missed one would not.
  await page.addInitScript(() => {
    const listen = window.addEventListener;
    let moved = false;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof listen>) {
      if (args[0] === 'hashchange' && !moved) {
        moved = true;
        history.replaceState(null, '', '#/report');
      }
      return listen.apply(this, args);
    } as typeof listen;
  });
  const app = new CrickApp(page);
  await page.goto('/#/more');
  await app.expectScreen('Report for the doctor');
});
