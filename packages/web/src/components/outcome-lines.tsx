/**
 * What the last action did, for every screen that acts: a polite status line
 * (read out by screen readers when it changes) and, when it failed, an alert
 * that says why. One home, so every screen reports the same way.
 */
export function OutcomeLines({ said, error }: { said?: string; error?: string }) {
  return (
    <>
      {said === undefined ? null : (
        <p role="status" class="small">
          {said}
        </p>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
