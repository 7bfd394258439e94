import preact from '@preact/preset-vite';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
      treeshake: { moduleSideEffects: (id: string) => !/packages\/(core|content)\//.test(id) },
    },
  },
  preview: {
    port: 4321,
    strictPort: true,
    // The production server's CSP, so the e2e run fails on anything it would block.
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'; img-src 'self' data: blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    },
  },
  plugins: [
    preact(),
    VitePWA({
      // A separate registerSW.js file: the server's CSP forbids inline scripts.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Crick: neck spasm relief',
        short_name: 'Crick',
        description: 'Gentle, safe relief for a stiff, painful neck. Works offline.',
        theme_color: '#1f5f5b',
        background_color: '#f7f5f0',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every lazy screen chunk and the content are precached, so after the first
        // visit every screen opens with the network off.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
});
