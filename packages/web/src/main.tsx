import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

render(<App />, document.getElementById('app') as HTMLElement);

// Reminders load after the first screen is up, so they cost it nothing.
const later = (fn: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 2000);
later(() => void import('./lib/reminders.js').then((m) => m.startReminders()));
