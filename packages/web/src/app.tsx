import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BottomNav } from './components/bottom-nav.js';
import { navigate, useRoute } from './router.js';
import { lazyScreens, type ScreenProps } from './routes.js';
import CheckScreen from './screens/check/check-screen.js';
import { hasLiveRecord } from './store/db.js';

const loaded = new Map<string, ComponentType<ScreenProps>>([['/check', CheckScreen]]);

/** The shell: skip link, the current screen, the bottom navigation. */
export function App() {
  const route = useRoute();
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);

  // "/" opens the check on a first visit (no intake yet), Today afterwards.
  useEffect(() => {
    if (route.path !== '/') return;
    void hasLiveRecord('intake').then((has) =>
      navigate(has ? '/today' : '/check?trigger=first', { replace: true }),
    );
  }, [route.path]);

  const Current = loaded.get(route.path);
  useEffect(() => {
    const load = lazyScreens[route.path];
    if (Current || !load) return;
    setFailed(false);
    load().then(
      (m) => {
        loaded.set(route.path, m.default);
        setTick((t) => t + 1);
      },
      () => setFailed(true),
    );
  }, [route.path, Current]);

  let body = null;
  if (Current) body = <Current route={route} />;
  else if (failed)
    body = <p role="alert">This screen could not load. Check your connection and try again.</p>;
  else if (route.path !== '/' && !lazyScreens[route.path])
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
        {body}
      </main>
      <BottomNav path={route.path} />
    </>
  );
}
