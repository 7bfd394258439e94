import { useEffect, useRef, useState } from 'preact/hooks';
import { now, prefersReducedMotion } from '../../lib/clock.js';

const IN_MS = 4000;
const OUT_MS = 6000;
const CYCLE = IN_MS + OUT_MS;

/**
 * Slow breathing, in for 4 and out for 6, for two minutes. The circle grows and
 * shrinks (set from script: the CSP forbids inline style attributes); with
 * reduced motion only the words and the count change.
 */
export function BreathingPacer() {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [, setFrame] = useState(0);
  const circle = useRef<HTMLDivElement>(null);
  const totalMs = 2 * 60_000;

  useEffect(() => {
    if (startedAt === null) return;
    const id = setInterval(() => {
      if (now() - startedAt >= totalMs) setStartedAt(null);
      setFrame((f) => f + 1);
    }, 100);
    return () => clearInterval(id);
  }, [startedAt]);

  const elapsed = startedAt === null ? 0 : now() - startedAt;
  const inCycle = elapsed % CYCLE;
  const breathingIn = inCycle < IN_MS;
  const count = Math.ceil(((breathingIn ? IN_MS : CYCLE) - inCycle) / 1000);
  const size = breathingIn ? inCycle / IN_MS : 1 - (inCycle - IN_MS) / OUT_MS;
  if (circle.current)
    circle.current.style.transform = prefersReducedMotion() ? '' : `scale(${(0.5 + 0.5 * size).toFixed(3)})`;

  return (
    <div class="card pacer">
      <h3>Slow breathing</h3>
      <p>
        Breathe in through your nose for 4, out through your mouth for 6. Let your shoulders drop on each
        breath out.
      </p>
      {startedAt !== null ? (
        <>
          <div class="pacer-circle" ref={circle} aria-hidden="true" />
          <p class="big-count" aria-live="polite">
            {breathingIn ? 'In' : 'Out'} {count}
          </p>
          <button type="button" class="btn" onClick={() => setStartedAt(null)}>
            Stop
          </button>
        </>
      ) : (
        <button type="button" class="btn btn-primary" onClick={() => setStartedAt(now())}>
          Breathe with me for 2 minutes
        </button>
      )}
    </div>
  );
}
