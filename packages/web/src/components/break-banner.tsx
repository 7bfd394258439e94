import { useBreakTimer } from '../lib/break-timer.js';

/** On every screen but the timer's own: the break that has arrived, and the way to it. */
export function BreakBanner({ path }: { path: string }) {
  const { breakAt } = useBreakTimer();
  if (breakAt === null || path === '/prevention') return null;
  return (
    <p class="notice" role="alert" data-testid="break-banner">
      <strong>Time for your neck break.</strong> <a href="#/prevention">Start the 20-second stretch</a>
    </p>
  );
}
