import { hydrate, render } from 'preact';
import { App } from './app.js';
import { showsFirstScreen } from './first-screen.js';

// index.html holds the first visit's check, prerendered at build time (src/prerender.tsx)
// and inert until now, so no tap lands on a button that cannot answer yet: bring it to
// life where the address shows that screen, else draw the screen asked for. In a task
// of its own, apart from this script's evaluation: two short tasks, not one long one.
setTimeout(() => {
  const root = document.getElementById('app') as HTMLElement;
  root.inert = false;
  if (root.firstElementChild && showsFirstScreen(location.hash)) hydrate(<App />, root);
  else {
    root.replaceChildren();
    render(<App />, root);
  }
});

// The service worker (offline use) registers once the page has loaded, so its
// precache downloads never compete with the first screen. sw.js comes from
// vite-plugin-pwa (vite.config.ts).
if ('serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

// Reminders and background sync (and with them the store) load on the person's
// first tap or key, or after 20 s: never in the first screen's critical moments.
// Sync runs only for someone who chose to sign in.
let backgroundStarted = false;
const startBackground = () => {
  if (backgroundStarted) return;
  backgroundStarted = true;
  import('./lib/reminders.js').then((m) => m.startReminders()).catch(() => undefined); // No storage, no reminders: the shell already says so.
  import('./sync/index.js').then((m) => m.startSyncIfSignedIn()).catch(() => undefined); // Offline or no storage: sync waits for the Account screen.
  import('./lib/push.js').then((m) => m.refreshPush()).catch(() => undefined); // Pushed reminders: the server hears this device's zone again; offline, next time.
};
for (const type of ['pointerdown', 'keydown'] as const)
  addEventListener(type, startBackground, { once: true, passive: true });
setTimeout(startBackground, 20_000);

// A break timer left running (lib/break-timer.ts) carries on at once, after a reload too.
// Its code loads beside the first screen, not in its script (the banner's too: app.tsx).
import('./lib/break-timer.js').then((m) => m.watchBreaks()).catch(() => undefined); // A chunk that cannot load (an update, or offline before the first precache): the next start resumes it.
