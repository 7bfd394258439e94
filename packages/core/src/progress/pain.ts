import type { CheckIn } from '../schemas/diary.js';

/**
 * Change in 0-10 pain that counts as meaningful: 2 points or 30% of the
 * starting score (CLINICAL.md section 4: Cleland 2008 found 1.3, Kovacs 2008
 * 1.5; we use the stricter 2 points or 30%). Smaller changes are noise.
 */
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_FRACTION = 0.3;

export type Direction = 'better' | 'same' | 'worse';

export function painChange(
  from: number,
  to: number,
): { readonly delta: number; readonly direction: Direction } {
  const delta = to - from;
  const size = Math.abs(delta);
  const meaningful =
    size >= MEANINGFUL_POINTS || (from > 0 && size >= MEANINGFUL_FRACTION * from && size > 0);
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
  for (const c of checkIns) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c.pain]);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, values]) => ({
      date,
      mean: Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10,
      entries: values.length,
    }));
}

export interface PainTrend {
  readonly baseline: number;
  readonly current: number;
  readonly delta: number;
  readonly direction: Direction;
  readonly days: readonly DailyPain[];
}

/** The trend from the first score (the intake's, when given) to the latest day's mean. */
export function painTrend(checkIns: readonly CheckIn[], baseline?: number, upTo?: string): PainTrend {
  const days = dailyPain(upTo ? checkIns.filter((c) => c.date <= upTo) : checkIns);
  const first = baseline ?? days[0]?.mean ?? 0;
  const current = days.at(-1)?.mean ?? first;
  const { delta, direction } = painChange(first, current);
  return { baseline: first, current, delta, direction, days };
}
