import type { CheckIn } from '../schemas/diary.js';
import { checkInsInOrder } from './order.js';

/**
 * Change in 0-10 pain that counts as meaningful: 2 points or 30% of the
 * starting score (CLINICAL.md section 4: Cleland 2008 found 1.3, Kovacs 2008
 * 1.5; we use the stricter 2 points or 30%). Smaller changes are noise.
 */
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_FRACTION = 0.3;

export type Direction = 'better' | 'same' | 'worse';

/** Tenths of a point as an integer, so that 30% of 6 is 1.8 exactly, not 1.7999999999999998. */
const tenths = (x: number): number => Math.round(x * 10);

export function painChange(
  from: number,
  to: number,
): { readonly delta: number; readonly direction: Direction } {
  const delta = (tenths(to) - tenths(from)) / 10;
  const size = Math.abs(tenths(to) - tenths(from));
  const start = tenths(from);
  // In whole tenths: size / start >= 30% is size * 10 >= 3 * start.
  const meaningful =
    size >= tenths(MEANINGFUL_POINTS) || (start > 0 && size * 10 >= tenths(MEANINGFUL_FRACTION) * start);
  return { delta, direction: !meaningful ? 'same' : delta < 0 ? 'better' : 'worse' };
}

export interface DailyPain {
  readonly date: string;
  readonly mean: number;
  readonly entries: number;
}

/** One point a day: the mean of that day's check-ins, oldest first. */
export function dailyPain(checkIns: readonly CheckIn[]): DailyPain[] {
  const byDate = new Map<string, number[]>();
  for (const c of checkInsInOrder(checkIns)) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c.pain]);
  return [...byDate.entries()].map(([date, values]) => ({
    date,
    mean: Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10,
    entries: values.length,
  }));
}

export interface PainTrend {
  readonly baseline: number;
  /** The latest day's mean. */
  readonly current: number;
  readonly delta: number;
  /** From the baseline to the latest day's mean. */
  readonly direction: Direction;
  readonly days: readonly DailyPain[];
  /** The latest single report (by its time), or the baseline when there is none. */
  readonly latest: number;
  /** The report before the latest one (the baseline for the first check-in). */
  readonly previous: number;
  /** A meaningful rise from the previous report to the latest is a flare (CLINICAL.md section 1). */
  readonly flare: boolean;
}

/** The trend from the first score (the intake's, when given) to the latest day's mean, and the latest rise. */
export function painTrend(checkIns: readonly CheckIn[], baseline?: number, upTo?: string): PainTrend {
  const ordered = checkInsInOrder(checkIns, upTo);
  const days = dailyPain(ordered);
  const first = baseline ?? days[0]?.mean ?? 0;
  const current = days.at(-1)?.mean ?? first;
  const { delta, direction } = painChange(first, current);
  const reports = [first, ...ordered.map((c) => c.pain)];
  const latest = reports.at(-1) as number;
  const previous = reports.at(-2) ?? latest;
  const flare = painChange(previous, latest).direction === 'worse';
  return { baseline: first, current, delta, direction, days, latest, previous, flare };
}
