/**
 * A hash route: `#/today`, `#/player?session=s1`. Hash routes work from any
 * static server and offline from the precached index.html, with no server rules.
 * Pure, with no imports, so the entry (boot.ts) can read the route before the
 * app's script loads; the router is router.tsx.
 */
export interface Route {
  readonly path: string;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, params: new URLSearchParams(query) };
}
