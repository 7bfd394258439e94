import type { Exercise } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { Figure } from '../../components/figure.js';
import { poseAt } from '../../components/pose.js';
import { startBreakTimer, stopBreakTimer, useBreakTimer } from '../../lib/break-timer.js';
import { now } from '../../lib/clock.js';
import { library } from '../../lib/library.js';
import { saveSettings } from '../../lib/settings.js';
import { unlockAudio } from '../../lib/sound.js';

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

/**
 * The work-break timer's face. The timer itself lives in the app (lib/break-timer.ts):
 * this page shows it and starts and stops it, and it keeps running when the page is left.
 */
export function BreakTimer({ everyMinutes }: { everyMinutes: number }) {
  const { dueAt, breakAt: stretchAt, round: count } = useBreakTimer();
  const [t, setT] = useState(now());
  const [permission, setPermission] = useState(
    typeof Notification === 'undefined' ? 'denied' : Notification.permission,
  );
  const running = dueAt !== null || stretchAt !== null;

  useEffect(() => {
    if (!running) return;
    setT(now());
    const id = setInterval(() => setT(now()), 250);
    return () => clearInterval(id);
  }, [running]);

  const stretch = deskStretches[count % Math.max(1, deskStretches.length)];
  const stretchLeft = stretchAt === null ? 0 : stretchAt + STRETCH_SECONDS * 1000 - t;

  function nextRound() {
    startBreakTimer(everyMinutes);
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
      ) : dueAt !== null ? (
        <>
          <p class="timer-face" role="timer" aria-label="Time to the next break">
            {fmt(dueAt - t)}
          </p>
          <p class="small muted">until your next 20-second stretch.</p>
          <button type="button" class="btn" onClick={stopBreakTimer}>
            Stop the timer
          </button>
        </>
      ) : (
        <button
          type="button"
          class="btn btn-big btn-primary"
          onClick={() => {
            unlockAudio();
            startBreakTimer(everyMinutes);
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
            Also tell me with a notification
          </button>
        </p>
      ) : null}
    </section>
  );
}
