import { parseHash } from './route.js';

/**
 * What "/" shows until the store says whether this is a first visit: the check as
 * a first visit sees it. It is the screen prerendered into index.html (prerender.tsx),
 * so the first paint needs no script, and a first visit keeps it when the address follows.
 */
export const FIRST_VISIT = parseHash('#/check?trigger=first');

/** Whether the prerendered first screen is what this address shows (and can be hydrated). */
export function showsFirstScreen(hash: string): boolean {
  const { path, params } = parseHash(hash);
  return path === '/' || (path === '/check' && !params.has('handoff'));
}
