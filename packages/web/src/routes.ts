import type { ComponentType } from 'preact';
import type { Route } from './router.js';

/** What every screen receives. The screens and how each loads: screen-loaders.ts. */
export interface ScreenProps {
  readonly route: Route;
}
export type ScreenModule = { default: ComponentType<ScreenProps> };

/** Which bottom-navigation tab a path belongs to. */
export function tabOf(path: string): string {
  if (path === '/check') return '/check';
  if (path === '/diary') return '/diary';
  if (path === '/learn') return '/learn';
  if (path === '/today' || path === '/player' || path === '/intake') return '/today';
  return '/more';
}
