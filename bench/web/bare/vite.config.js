import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The yardstick: Vite + Preact and nothing else, built the same way as the app.
export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022', modulePreload: { polyfill: false } },
});
