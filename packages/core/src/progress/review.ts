import { daysBetween } from '../dates.js';
import type { CheckIn } from '../schemas/diary.js';
import { type Direction, painTrend } from './pain.js';

/** Days on which Crick asks for a re-check (red-flags.json `re_triage`). */
export const reviewDays: readonly number[] = [2, 7, 21];

export interface Review {
  readonly day: number;
  readonly verdict: Direction;
  readonly baseline: number;
  readonly current: number;
  /** Should the person see a GP now, and why (RF-S08's reconciled safety net). */
  readonly seeDoctor: string | null;
  readonly message: string;
  readonly expected: string;
}

/** What to expect, from CLINICAL.md section 2 "course" (sources TORTICOLLIS, HUSH-2011). */
export const expectedCourse =
  'A wry neck usually eases within 1 to 2 days and settles within 7 to 10 days. Other neck pain like this usually eases within 2 weeks and is gone in 4 to 6 weeks, though some people keep a little pain for longer.';

/**
 * The verdict at a review, judged on meaningful change only, with the
 * escalation points of RF-S08: no improvement by day 7, not largely better by
 * week 3, or worse at any time after day 3.
 */
export function review(input: {
  startedOn: string;
  date: string;
  baselinePain: number;
  checkIns: readonly CheckIn[];
}): Review {
  const day = daysBetween(input.startedOn, input.date);
  const trend = painTrend(input.checkIns, input.baselinePain, input.date);
  let seeDoctor: string | null = null;
  if (trend.direction === 'worse' && day >= 3)
    seeDoctor = 'Your pain is worse than when it started, after the first few days.';
  else if (day >= 21 && !(trend.direction === 'better' && trend.current <= trend.baseline / 2))
    seeDoctor = 'After three weeks it is not largely better.';
  else if (day >= 7 && trend.direction !== 'better') seeDoctor = 'After a week it has not improved.';
  const message =
    trend.direction === 'better'
      ? `Your pain has gone from ${trend.baseline} to ${trend.current}: that is a real improvement.`
      : trend.direction === 'worse'
        ? `Your pain has gone from ${trend.baseline} to ${trend.current}: that is a real rise.`
        : `Your pain has gone from ${trend.baseline} to ${trend.current}: too small a change to call better or worse yet.`;
  return {
    day,
    verdict: trend.direction,
    baseline: trend.baseline,
    current: trend.current,
    seeDoctor: seeDoctor ? `${seeDoctor} Please book a GP or physiotherapist within a few days.` : null,
    message,
    expected: expectedCourse,
  };
}
