import { useEffect, useState } from 'preact/hooks';
import { now, timeScale } from './clock.js';

/**
 * The work-break timer, kept by the app rather than by a page: its due time
 * is stored (localStorage, this device only: a timer is about this screen,
 * not the account), so it runs on across navigation and a reload, and reads
 * the clock, so a locked screen or a throttled tab cannot make it drift.
 */
export interface BreakTimerState {
  /** When the next break is due; null when the timer is stopped. */
  readonly dueAt: number | null;
  /** When the break that is on now arrived; null between breaks. */
  readonly breakAt: number | null;
  /** Breaks taken since it started, so each offers the next stretch. */
  readonly round: number;
}

const KEY = 'crick.break-timer';
const stopped: BreakTimerState = { dueAt: null, breakAt: null, round: 0 };
const listeners = new Set<(state: BreakTimerState) => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** What is stored; a damaged or foreign value reads as a stopped timer. */
export function readBreakTimer(): BreakTimerState {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<BreakTimerState> | null;
    const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    if (!raw || typeof raw !== 'object') return stopped;
    return { dueAt: time(raw.dueAt), breakAt: time(raw.breakAt), round: time(raw.round) ?? 0 };
  } catch {
    return stopped;
  }
}

function write(state: BreakTimerState): void {
  if (state.dueAt === null && state.breakAt === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(state));
  for (const listener of listeners) listener(state);
  watchBreaks();
}

/** Starts the timer (or the next round after a break): the next break is due in `everyMinutes`. */
export function startBreakTimer(everyMinutes: number): void {
  const current = readBreakTimer();
  write({
    dueAt: now() + everyMinutes * 60_000,
    breakAt: null,
    round: current.breakAt ? current.round + 1 : current.round,
  });
}

export function stopBreakTimer(): void {
  write(stopped);
}

/**
 * The break that is due arrives: the banner shows it at once, and the sound, the
 * spoken line and the notification (break-ring.ts, with the settings and the store
 * they read) load only now, so the app's first screen carries none of them.
 */
function ring(): void {
  const state = readBreakTimer();
  write({ ...state, dueAt: null, breakAt: now() });
  import('./break-ring.js').then((m) => m.announceBreak()).catch(() => undefined); // The banner already says it.
}

/** Waits for the stored due time and rings it; called at start-up and on every change. */
export function watchBreaks(): void {
  clearTimeout(timer);
  const { dueAt } = readBreakTimer();
  if (dueAt === null) return;
  timer = setTimeout(
    () => {
      // Read again: another tab may have moved it, and a timer can fire early.
      const due = readBreakTimer().dueAt;
      if (due !== null && now() >= due) ring();
      else watchBreaks();
    },
    Math.max(0, (dueAt - now()) / timeScale),
  );
}

/** The timer's state, kept current for a component. */
export function useBreakTimer(): BreakTimerState {
  const [state, setState] = useState(readBreakTimer);
  useEffect(() => {
    listeners.add(setState);
    // Another tab's change arrives as a storage event.
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEY) {
        setState(readBreakTimer());
        watchBreaks();
      }
    };
    addEventListener('storage', onStorage);
    return () => {
      listeners.delete(setState);
      removeEventListener('storage', onStorage);
    };
  }, []);
  return state;
}
