import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defaultClientConditions, defineConfig, type Plugin, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ICONS, renderIcon } from './src/pwa/icons.js';

/** The PNG icons, drawn from the SVGs in public/ at build time (src/pwa/icons.ts). */
function pngIcons(): Plugin {
  return {
    name: 'crick-png-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of ICONS) {
        const svg = readFileSync(join(import.meta.dirname, 'public', icon.svg), 'utf8');
        this.emitFile({ type: 'asset', fileName: icon.file, source: renderIcon(svg, icon.size).png });
      }
    },
  };
}

/**
 * Writes the shell and the first visit's check (src/prerender.tsx) into index.html
 * at build time, so the first screen paints from the HTML alone; main.tsx hydrates
 * it. It runs while the HTML is made, so the service worker precaches this HTML.
 */
function prerenderFirstScreen(): Plugin {
  const slot = '<div id="app"></div>';
  return {
    name: 'crick-prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // The GP hand-off's page (handoff.html) has no app shell to prerender.
        if (context.path !== '/index.html') return html;
        if (!html.includes(slot)) throw new Error(`index.html: no empty ${slot} to prerender into`);
        const { module } = await runnerImport<{ prerender: () => string }>(
          join(import.meta.dirname, 'src/prerender.tsx'),
          {
            root: import.meta.dirname,
            logLevel: 'warn',
            // Core and content from source, as in the browser bundle, so the HTML and the script agree.
            environments: { inline: { resolve: { conditions: ['source'], noExternal: [/^@crick\//] } } },
          },
        );
        // Inert until main.tsx takes it over: its buttons cannot answer before then.
        return html.replace(slot, `<div id="app" inert>${module.prerender()}</div>`);
      },
    },
  };
}

/**
 * The app's stylesheet written into index.html as a `<style>`, so the prerendered first
 * screen paints with the HTML alone: a stylesheet request held its first render back
 * (Lighthouse: the one render-blocking request, about 150 ms on its mobile preset).
 * The CSP allows it by its hash, which the server computes from the built index.html
 * (packages/server/src/web.ts), as the preview below does.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'crick-inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.path !== '/index.html') return html;
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)];
        const [tag, file] = links[0] ?? [];
        const asset = file ? context.bundle?.[file] : undefined;
        if (links.length !== 1 || !tag || asset?.type !== 'asset')
          throw new Error(
            `index.html: expected one stylesheet of the build to inline, found ${links.length}`,
          );
        // The link stays, disabled (never fetched), so the script that loads a screen's
        // chunk with its stylesheets finds this one here and does not fetch it again
        // (and restyle the whole page) once the app runs.
        const disabledLink = tag.replace(/>$/, ' disabled>');
        return html.replace(tag, `<style>${String(asset.source).trim()}</style>${disabledLink}`);
      },
    },
  };
}

/** The production server's CSP (packages/server/src/security.ts), with the hash of index.html's inline stylesheet. */
function previewCsp(): Plugin {
  return {
    name: 'crick-preview-csp',
    configurePreviewServer(server) {
      const html = readFileSync(
        resolve(server.config.root, server.config.build.outDir, 'index.html'),
        'utf8',
      );
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        (m) =>
          ` 'sha256-${createHash('sha256')
            .update(m[1] ?? '')
            .digest('base64')}'`,
      );
      const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'${styles.join('')}; connect-src 'self'; worker-src 'self'; img-src 'self' data: blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'`;
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', csp);
        next();
      });
    },
  };
}

/**
 * The face models and the WASM files of the measure screen, copied from their npm
 * packages into /camera/ of the build: Crick serves them itself, never a CDN.
 * Only the two models the head's angles need, and the two WASM builds tfjs picks
 * from (SIMD where the browser has it; the threaded one needs cross-origin isolation, which Crick does not set).
 */
const cameraAssets = [
  ['@vladmandic/human', 'models/blazeface.json'],
  ['@vladmandic/human', 'models/blazeface.bin'],
  ['@vladmandic/human', 'models/facemesh.json'],
  ['@vladmandic/human', 'models/facemesh.bin'],
  ['@tensorflow/tfjs-backend-wasm', 'dist/tfjs-backend-wasm-simd.wasm'],
  ['@tensorflow/tfjs-backend-wasm', 'dist/tfjs-backend-wasm.wasm'],
] as const;
/** A file inside an installed package (their exports maps do not list the models), found as Node finds packages. */
function packageFile(pkg: string, file: string): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${pkg}/${file} not found: is ${pkg} installed?`);
  }
}
function cameraModels(): Plugin {
  return {
    name: 'crick-camera-models',
    apply: 'build',
    generateBundle() {
      for (const [pkg, file] of cameraAssets) {
        const source = readFileSync(packageFile(pkg, file));
        this.emitFile({ type: 'asset', fileName: `camera/${basename(file)}`, source });
      }
    },
  };
}

// Core and content are bundled from source (the `source` export condition), so the
// browser runs the very same engine code as the server and the CLI.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Core and content modules only declare data and functions: let the bundler drop
    // what a screen does not use (the schema library stays out of the first screen).
    rollupOptions: {
      // The app, and the GP hand-off's page: its own small entry, without the app's store.
      input: {
        app: join(import.meta.dirname, 'index.html'),
        handoff: join(import.meta.dirname, 'handoff.html'),
      },
      treeshake: { moduleSideEffects: (id: string) => !/packages\/(core|content)\//.test(id) },
    },
  },
  preview: {
    port: 4321,
    strictPort: true,
    // previewCsp() sends the production server's CSP, so the e2e run fails on anything it would block.
  },
  plugins: [
    preact(),
    prerenderFirstScreen(),
    inlineStylesheet(),
    previewCsp(),
    pngIcons(),
    cameraModels(),
    VitePWA({
      // main.tsx registers sw.js itself, after the first screen: no script in the head.
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['icon.svg', 'icon-maskable.svg'],
      manifest: {
        // A stable identity, so a later start_url change does not make it another app.
        id: '/',
        name: 'Crick: neck spasm relief',
        short_name: 'Crick',
        description: 'Gentle, safe relief for a stiff, painful neck. Works offline.',
        theme_color: '#1f5f5b',
        background_color: '#f7f5f0',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        // Made from the real app by scripts/pwa-screenshots.js; shown in the install dialog.
        screenshots: [
          {
            src: '/screenshots/check-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'The check: is this dangerous? One question at a time.',
          },
          {
            src: '/screenshots/check-wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'The check: is this dangerous? One question at a time.',
          },
        ],
      },
      workbox: {
        // Every lazy screen chunk, the content and the report PDF's font are precached, so
        // after the first visit every screen opens, and the PDF is made, with the network off.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf}'],
        // The install dialog's screenshots are never needed offline: not 130 kB more on a first visit.
        // The measure screen's face model (Human, its models and WASM: 2.5 MB) is not
        // precached: most people never open it, and a first visit should not pay for it.
        globIgnores: [
          '**/node_modules/**/*',
          'sw.js',
          'workbox-*.js',
          'screenshots/**',
          '**/human.esm-*.js',
          'camera/**',
          // The report PDF's CJK fonts (10 and 6 MB): fetched only for a report that needs them.
          'assets/NotoSans*',
        ],
        // Cached on first use instead, so a measurement works offline after the first.
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              url.pathname.startsWith('/camera/') || /\/human\.esm-[\w-]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'crick-camera', expiration: { maxEntries: 12 } },
          },
          {
            urlPattern: ({ url }) => /^\/assets\/NotoSans[A-Z]+_/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'crick-report-fonts', expiration: { maxEntries: 4 } },
          },
        ],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Web Push: the push and notification-click handlers (public/push-sw.js).
        importScripts: ['/push-sw.js'],
      },
    }),
  ],
});
