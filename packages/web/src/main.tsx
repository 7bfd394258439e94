import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

render(<App />, document.getElementById('app') as HTMLElement);

// Reminders (and with them the store) load on the person's first tap or key, or
// after 20 s: never in the first screen's critical moments.
let remindersStarted = false;
const startReminders = () => {
  if (remindersStarted) return;
  remindersStarted = true;
  import('./lib/reminders.js').then((m) => m.startReminders()).catch(() => undefined); // No storage, no reminders: the shell already says so.
};
for (const type of ['pointerdown', 'keydown'] as const)
  addEventListener(type, startReminders, { once: true, passive: true });
setTimeout(startReminders, 20_000);
