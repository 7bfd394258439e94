import './styles.css';
import { showsFirstScreen } from './first-screen.js';

// The entry. index.html holds the first visit's check, prerendered at build time, so
// it paints with no script: fetch and start the app (main.tsx) once it has painted,
// so the script never competes with that first paint. An address that shows another
// screen drops the prerendered one before it is ever seen, and starts at once; so
// does a hidden tab (it paints nothing yet), and a browser that reports no paint
// starts after a second.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./main.js');
};
const root = document.getElementById('app');
if (!showsFirstScreen(location.hash)) {
  root?.replaceChildren();
  start();
} else if (
  !root?.firstElementChild || // nothing prerendered (the dev server): nothing to wait for
  document.visibilityState === 'hidden' ||
  !PerformanceObserver.supportedEntryTypes?.includes('paint')
)
  start();
else {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) start();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
}
