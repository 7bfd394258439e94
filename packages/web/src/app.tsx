import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BottomNav } from './components/bottom-nav.js';
import { FIRST_VISIT } from './first-screen.js';
import { navigate, useRoute } from './router.js';
import type { ScreenProps } from './routes.js';
import CheckScreen from './screens/check/check-screen.js';
import { STORE_ERROR_EVENT } from './store/events.js';

const loaded = new Map<string, ComponentType<ScreenProps>>([['/check', CheckScreen]]);

// The first screen (the check) is in this script; the table of the other screens and the
// break banner (with the break timer) are chunks of their own, loaded once it is up.
let screenTable: Promise<typeof import('./screen-loaders.js')> | undefined;
const loadScreenTable = () =>
  (screenTable ??= import('./screen-loaders.js').catch((error: unknown) => {
    screenTable = undefined; // Try again on the next move.
    throw error;
  }));
type Banner = typeof import('./components/break-banner.js').BreakBanner;

/** The shell: skip link, the current screen, the bottom navigation. */
export function App() {
  const address = useRoute();
  const route = address.path === '/' ? FIRST_VISIT : address;
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  const [storeFailed, setStoreFailed] = useState(false);
  useEffect(() => {
    const onError = () => setStoreFailed(true);
    window.addEventListener(STORE_ERROR_EVENT, onError);
    return () => window.removeEventListener(STORE_ERROR_EVENT, onError);
  }, []);

  // "/" opens the check on a first visit (no intake yet), Today afterwards.
  useEffect(() => {
    if (address.path !== '/') return;
    // The IndexedDB library loads here, not with the first screen's script.
    void import('./store/db.js')
      .then((db) => db.hasLiveRecord('intake'))
      .then((has) => navigate(has ? '/today' : '/check?trigger=first', { replace: true }));
  }, [address.path]);

  // The break banner shows only while a break is on: its code need not come with the first screen.
  const [BreakBanner, setBreakBanner] = useState<Banner | null>(null);
  useEffect(() => {
    import('./components/break-banner.js').then(
      (m) => setBreakBanner(() => m.BreakBanner),
      () => undefined, // A chunk that cannot load: no banner, and the timer's own screen still shows the break.
    );
    void loadScreenTable().catch(() => undefined); // Ready before the first move; a move loads it again if this failed.
  }, []);

  const Current = loaded.get(route.path);
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (Current) return;
    setFailed(false);
    loadScreenTable()
      .then(({ lazyScreens }) => {
        const load = lazyScreens[route.path];
        if (!load) {
          setMissing(route.path);
          return;
        }
        return load().then((m) => {
          sessionStorage.removeItem('crick.reloaded');
          loaded.set(route.path, m.default);
          setTick((t) => t + 1);
        });
      })
      .catch(() => {
        // After an update the old chunk names are gone: reload once to get the new
        // ones (everything entered is in IndexedDB, so nothing is lost).
        if (navigator.onLine && !sessionStorage.getItem('crick.reloaded')) {
          sessionStorage.setItem('crick.reloaded', '1');
          location.reload();
        } else setFailed(true);
      });
  }, [route.path, Current]);

  let body = null;
  if (Current) body = <Current route={route} />;
  else if (failed)
    body = <p role="alert">This screen could not load. Check your connection and try again.</p>;
  else if (missing === route.path)
    body = (
      <>
        <h1>Page not found</h1>
        <p>
          <a href="#/today">Go to Today</a>
        </p>
      </>
    );

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <main id="main" tabIndex={-1} aria-busy={body === null}>
        {storeFailed ? (
          <p class="notice notice-warn" role="alert">
            This browser is not letting Crick save anything (a private window can do this). The check still
            works, but nothing you enter will be kept.
          </p>
        ) : null}
        {BreakBanner ? <BreakBanner path={route.path} /> : null}
        {body}
      </main>
      <BottomNav path={route.path} />
    </>
  );
}
