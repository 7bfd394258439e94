import { addDays } from '../dates.js';
import type { Psfs, SessionLog } from '../schemas/diary.js';
import { compareText } from '../text-order.js';

/** Patient-Specific Functional Scale score: the mean of the activities' 0-10 scores (higher is better). */
export const psfsScore = (psfs: Psfs): number =>
  Math.round((psfs.activities.reduce((s, a) => s + a.score, 0) / psfs.activities.length) * 10) / 10;

/** Change between the first and the latest PSFS (positive = more able). No verdict: we have no sourced threshold for it. */
export function psfsChange(
  all: readonly Psfs[],
): { readonly first: number; readonly latest: number; readonly change: number } | null {
  const sorted = [...all].sort((a, b) => compareText(a.date, b.date));
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (!first || !latest) return null;
  const a = psfsScore(first);
  const b = psfsScore(latest);
  return { first: a, latest: b, change: Math.round((b - a) * 10) / 10 };
}

export interface Adherence {
  readonly days: number;
  readonly daysWithSession: number;
  readonly sessionsCompleted: number;
  readonly sessionsStarted: number;
  /** Share of days with at least one completed session, 0..1. */
  readonly rate: number;
}

/** How many of the last `days` days (ending on `date`) had a completed session. */
export function adherence(sessions: readonly SessionLog[], date: string, days = 7): Adherence {
  const from = addDays(date, -(days - 1));
  const inRange = sessions.filter((s) => s.date >= from && s.date <= date);
  const completed = inRange.filter((s) => s.completed);
  const daysWithSession = new Set(completed.map((s) => s.date)).size;
  return {
    days,
    daysWithSession,
    sessionsCompleted: completed.length,
    sessionsStarted: inRange.length,
    rate: days > 0 ? daysWithSession / days : 0,
  };
}
