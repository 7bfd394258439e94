import type { Exercise } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { Figure } from '../../components/figure.js';
import { poseAt } from '../../components/pose.js';
import { now } from '../../lib/clock.js';
import { library } from '../../lib/library.js';
import { saveSettings } from '../../lib/settings.js';

const STRETCH_SECONDS = 20;
const intervals = [20, 30, 45, 60, 90];

/** Short seated stretches that suit a desk, for the 20-second break. */
export const deskStretches: readonly Exercise[] = library.exercises.filter(
  (e) => e.kind === 'stretch' && e.settings.includes('desk') && e.position !== 'lying',
);

const fmt = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function notify(): void {
  // Only when the person cannot see the page; on screen, the page itself says it.
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted' || !document.hidden)
    return;
  const text = { body: 'Time for a 20-second stretch.', tag: 'crick-break' };
  void navigator.serviceWorker?.ready
    .then((reg) => reg.showNotification('Crick: a short break', text))
    .catch(() => new Notification('Crick: a short break', text));
}

/**
 * The work-break timer. It keeps the start time and reads the clock, so a
 * locked screen or a throttled tab cannot make it drift.
 */
export function BreakTimer({ everyMinutes }: { everyMinutes: number }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [stretchAt, setStretchAt] = useState<number | null>(null);
  const [count, setCount] = useState(0);
  const [t, setT] = useState(now());
  const [permission, setPermission] = useState(
    typeof Notification === 'undefined' ? 'denied' : Notification.permission,
  );
  const running = startedAt !== null;
  const dueAt = startedAt === null ? null : startedAt + everyMinutes * 60_000;

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setT(now()), 250);
    return () => clearInterval(id);
  }, [running]);

  useEffect(() => {
    if (dueAt !== null && stretchAt === null && t >= dueAt) {
      setStretchAt(t);
      notify();
    }
  }, [t, dueAt, stretchAt]);

  const stretch = deskStretches[count % Math.max(1, deskStretches.length)];
  const stretchLeft = stretchAt === null ? 0 : stretchAt + STRETCH_SECONDS * 1000 - t;

  function nextRound() {
    setCount((c) => c + 1);
    setStretchAt(null);
    setStartedAt(now());
    setT(now());
  }

  return (
    <section class="card" aria-labelledby="break-title">
      <h2 id="break-title">Work-break timer</h2>
      <label for="break-every">Remind me every</label>
      <select
        id="break-every"
        value={String(everyMinutes)}
        onChange={(e) => void saveSettings({ breakEveryMinutes: Number(e.currentTarget.value) })}
      >
        {[...new Set([...intervals, everyMinutes])]
          .sort((a, b) => a - b)
          .map((m) => (
            <option key={m} value={String(m)}>
              {m} minutes
            </option>
          ))}
      </select>
      {stretchAt !== null && stretch ? (
        <div class="notice" role="alert">
          <p>
            <strong>Break time: {stretch.name}</strong>
          </p>
          <Figure
            pose={poseAt(stretch.keyframes, 10)}
            position={stretch.position}
            label={`${stretch.name}: the held position`}
          />
          <ol class="steps">
            {stretch.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p class="timer-face" aria-live="off">
            {stretchLeft > 0 ? fmt(stretchLeft) : 'Done'}
          </p>
          <p class="small">Gently, within comfort. Then do the other side.</p>
          <button type="button" class="btn btn-big btn-primary" onClick={nextRound}>
            {stretchLeft > 0 ? 'Skip, back to work' : 'Done, back to work'}
          </button>
        </div>
      ) : running && dueAt !== null ? (
        <>
          <p class="timer-face" role="timer" aria-label="Time to the next break">
            {fmt(dueAt - t)}
          </p>
          <p class="small muted">until your next 20-second stretch.</p>
          <button type="button" class="btn" onClick={() => setStartedAt(null)}>
            Stop the timer
          </button>
        </>
      ) : (
        <button
          type="button"
          class="btn btn-big btn-primary"
          onClick={() => {
            setStartedAt(now());
            setT(now());
          }}
        >
          Start the break timer
        </button>
      )}
      {permission === 'default' ? (
        <p>
          <button
            type="button"
            class="link-btn"
            onClick={() => void Notification.requestPermission().then(setPermission)}
          >
            Also tell me when this page is in the background
          </button>
        </p>
      ) : null}
    </section>
  );
}
