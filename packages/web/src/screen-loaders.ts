import type { ScreenModule } from './routes.js';

/**
 * Every screen but the check is its own chunk, loaded when first opened (and
 * precached by the service worker for offline use). To add a screen: add a
 * line here and a file in screens/ that default-exports its component.
 * This table is a chunk of its own too (app.tsx loads it once the first screen
 * is up): the first screen needs none of it, only a move to another screen does.
 */
export const lazyScreens: Readonly<Record<string, () => Promise<ScreenModule>>> = {
  '/intake': () => import('./screens/intake/intake-screen.js'),
  '/today': () => import('./screens/today/today-screen.js'),
  '/player': () => import('./screens/player/player-screen.js'),
  '/remedies': () => import('./screens/remedies/remedies-screen.js'),
  '/timer': () => import('./screens/remedies/timer-screen.js'),
  '/medicines': () => import('./screens/medicines/medicines-screen.js'),
  '/settings': () => import('./screens/settings/settings-screen.js'),
  '/more': () => import('./screens/more/more-screen.js'),
  '/diary': () => import('./screens/diary/diary-screen.js'),
  '/learn': () => import('./screens/learn/learn-screen.js'),
  '/exercises': () => import('./screens/exercises/exercises-screen.js'),
  '/prevention': () => import('./screens/prevention/prevention-screen.js'),
  '/report': () => import('./screens/report/report-screen.js'),
  '/account': () => import('./screens/account/account-screen.js'),
  '/measure': () => import('./screens/measure/measure-screen.js'),
  '/share': () => import('./screens/share/share-screen.js'),
  '/redeem': () => import('./screens/clinician/redeem-screen.js'),
  '/clinician': () => import('./screens/clinician/patients-screen.js'),
  '/clinician/patient': () => import('./screens/clinician/patient-screen.js'),
};
