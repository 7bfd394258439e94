import type { NeckRange } from '@crick/core';

export interface TurnSeries {
  dates: string[];
  left: (number | null)[];
  right: (number | null)[];
}

/**
 * The neck's turn over time, one point a day: the day's last measurement (a second
 * try the same day replaces the first, as the person would expect). A side not
 * measured that day is a gap, not a zero.
 */
export function turnSeries(ranges: readonly NeckRange[]): TurnSeries {
  const byDay = new Map<string, NeckRange>();
  for (const r of [...ranges].sort((a, b) => ((a.at ?? a.date) < (b.at ?? b.date) ? -1 : 1)))
    byDay.set(r.date, r);
  const days = [...byDay.keys()].sort();
  return {
    dates: days,
    left: days.map((d) => byDay.get(d)?.turnLeft ?? null),
    right: days.map((d) => byDay.get(d)?.turnRight ?? null),
  };
}
