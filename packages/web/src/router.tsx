import { useEffect, useState } from 'preact/hooks';

/**
 * A hash router: `#/today`, `#/player?session=s1`. Hash routes work from any
 * static server and offline from the precached index.html, with no server rules.
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

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const hash = `#${to}`;
  if (options.replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

export function useRoute(): Route {
  // No location while prerendering at build time (src/prerender.tsx): the route is "/" there.
  const [route, setRoute] = useState(() => parseHash(globalThis.location?.hash ?? ''));
  useEffect(() => {
    // Only `#/...` is a route; `#main` (the skip link) is a jump within the page.
    const onChange = () => {
      if (location.hash === '' || location.hash.startsWith('#/')) setRoute(parseHash(location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
