import { renderToString } from 'preact-render-to-string';
import { App } from './app.js';

/**
 * The shell and the first visit's check as HTML, written into index.html at build
 * time (vite.config.ts), so the first screen paints before any script runs; main.tsx
 * then hydrates it. Runs in Node: no window, no store, no effects.
 */
export function prerender(): string {
  return renderToString(<App />);
}
