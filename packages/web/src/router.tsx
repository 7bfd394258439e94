import { useEffect, useState } from 'preact/hooks';
import { parseHash, type Route } from './route.js';

export { parseHash, type Route } from './route.js';

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
    // The address may have changed between the first render and now (a link followed
    // while the app was starting): that event came before this listener, so read it again.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
