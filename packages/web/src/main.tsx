import { hydrate, render } from 'preact';
import { App, showsFirstScreen } from './app.js';
import './styles.css';

// index.html holds the first visit's check, prerendered at build time (src/prerender.tsx):
// bring it to life where the address shows that screen, else draw the screen asked for.
const root = document.getElementById('app') as HTMLElement;
if (root.firstElementChild && showsFirstScreen(location.hash)) hydrate(<App />, root);
else {
  root.replaceChildren();
  render(<App />, root);
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
};
for (const type of ['pointerdown', 'keydown'] as const)
  addEventListener(type, startBackground, { once: true, passive: true });
setTimeout(startBackground, 20_000);
