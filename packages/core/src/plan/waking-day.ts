import { clockMinutes, formatClock } from '../dates.js';

const DAY = 24 * 60;

/**
 * The person's waking hours in minutes from the plan day's midnight. Sleep at
 * or before waking time is after midnight (waking 07:00, sleeping 00:30 means
 * 24:30), so a late sleeper's evening is still part of their day.
 */
export interface WakingDay {
  readonly wake: number;
  readonly sleep: number;
}

export function wakingDay(wakeTime: string, sleepTime: string): WakingDay {
  const wake = clockMinutes(wakeTime);
  const asleep = clockMinutes(sleepTime);
  return { wake, sleep: asleep > wake ? asleep : asleep + DAY };
}

/** `HH:MM` of a minute of the waking day, past midnight too (24:30 is 00:30). */
export const clockOf = (minute: number): string => formatClock(((Math.round(minute) % DAY) + DAY) % DAY);

/** A session's name from the clock time it starts at. */
export function labelFor(minute: number): string {
  const clock = ((minute % DAY) + DAY) % DAY;
  if (clock < 5 * 60) return 'Night';
  if (clock < 11 * 60) return 'Morning';
  if (clock < 16 * 60) return 'Afternoon';
  return 'Evening';
}

/**
 * Start times for sessions of the given minutes: the first an hour after
 * waking, the last two hours before sleep, the rest spread between; each one
 * kept inside the waking hours so it ends before sleep.
 */
export function sessionStarts(day: WakingDay, minutes: readonly number[]): number[] {
  const count = minutes.length;
  const first = day.wake + 60;
  const span = Math.max(0, day.sleep - 120 - first);
  return minutes.map((m, i) => {
    const wanted = count === 1 ? first : first + Math.round((span * i) / (count - 1));
    return Math.max(day.wake, Math.min(wanted, day.sleep - m));
  });
}
