import { lazyScreens } from '../../src/screen-loaders.js';
import { dateFromToday } from './diary-page.js';

/**
 * Every screen of the app, read from the app's own table of screens, so a screen added
 * there is checked for axe and reflow without anyone remembering to list it here.
 * A screen that needs a query to show its content gets one.
 */
const withQuery: Readonly<Record<string, string>> = { '/timer': '/timer?kind=cold' };
export const everyScreen: readonly string[] = ['/check', ...Object.keys(lazyScreens)].map(
  (path) => withQuery[path] ?? path,
);

/** A person three days into a crick, checked and with a check-in: most screens have something to show. */
export const personWithAPlan = () => [
  { type: 'intake', data: { startedOn: dateFromToday(-3), pain: 6, stuck: ['turn_left'] } },
  {
    type: 'triage',
    data: { at: new Date().toISOString(), facts: {}, level: 'self_care', fired: [], trigger: 'first' },
  },
  { type: 'checkIn', data: { date: dateFromToday(-1), pain: 5 } },
];
