/**
 * Keeps the screen on while a session or timer runs. The browser drops the lock
 * when the page is hidden, so it is asked for again on return.
 */
export function keepScreenOn(): () => void {
  let sentinel: WakeLockSentinel | undefined;
  let active = true;
  const request = () => {
    if (!active || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    navigator.wakeLock.request('screen').then(
      (s) => {
        sentinel = s;
      },
      () => undefined, // Not allowed here (battery saver, no permission): the session still works.
    );
  };
  request();
  document.addEventListener('visibilitychange', request);
  return () => {
    active = false;
    document.removeEventListener('visibilitychange', request);
    void sentinel?.release().catch(() => undefined);
  };
}
