// Diary entries in the order they happened. Times are compared as instants
// (`03:45-08:00` is after `05:34Z`), never as text, and entries of one day by
// their time, never by where they sit in a list (a sync can reorder a list).

/**
 * Milliseconds since the epoch of an ISO date-time with its offset; NaN when it is not one,
 * or when there is no time at all (an older record without one): NaN is before and after nothing.
 */
// Stryker disable next-line StringLiteral: no text but a date parses, so '' stands for "no time" as any other text would
export const instant = (isoDateTime: string | undefined): number => Date.parse(isoDateTime ?? '');

/** The calendar day an ISO date-time was written on, in the person's own offset. */
export const localDate = (isoDateTime: string): string => isoDateTime.slice(0, 10);

/**
 * Oldest first by day, then by time within the day. An entry of a day without a
 * time counts as that day's earliest (we cannot tell when it was), and untimed
 * entries of one day keep their list order: a stable, total order.
 */
export function inTimeOrder<T>(
  list: readonly T[],
  day: (x: T) => string,
  at: (x: T) => string | undefined,
): T[] {
  const keyed = list.map((x, index) => {
    const t = at(x);
    const ms = t === undefined ? Number.NEGATIVE_INFINITY : instant(t);
    return { x, day: day(x), ms: Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms, index };
  });
  keyed.sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.ms < b.ms ? -1 : a.ms > b.ms ? 1 : a.index - b.index,
  );
  return keyed.map((k) => k.x);
}

/** Check-ins up to a day (when given), oldest first. */
export const checkInsInOrder = <T extends { date: string; at?: string }>(
  list: readonly T[],
  upTo?: string,
): T[] =>
  inTimeOrder(
    upTo === undefined ? list : list.filter((c) => c.date <= upTo),
    (c) => c.date,
    (c) => c.at,
  );

/** Sessions up to a day (when given), oldest first. */
export const sessionsInOrder = <T extends { date: string; startedAt?: string }>(
  list: readonly T[],
  upTo?: string,
): T[] =>
  inTimeOrder(
    upTo === undefined ? list : list.filter((s) => s.date <= upTo),
    (s) => s.date,
    (s) => s.startedAt,
  );
