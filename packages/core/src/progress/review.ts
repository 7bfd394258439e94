import { daysBetween } from '../dates.js';
import type { CheckIn } from '../schemas/diary.js';
import { type Direction, painTrend } from './pain.js';

/** Days on which Crick asks for a re-check (red-flags.json `re_triage`), counted as `recoveryDay` counts. */
export const reviewDays: readonly number[] = [2, 7, 21];

/**
 * The day of the recovery as the person counts it and as Crick shows it: day 1
 * is the day the pain started. "See a GP if it is not improving by day 7"
 * (the check's advice) is judged on day 7 of this count, not a day later.
 */
export const recoveryDay = (startedOn: string, date: string): number => daysBetween(startedOn, date) + 1;

export interface Review {
  /** The day as `recoveryDay` counts it (day 1 = the day it started). */
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

/** The escalation days of RF-S08 (CLINICAL.md section 2 "when to see a GP"). */
export const WORSE_FROM_DAY = 3;
export const NOT_IMPROVED_DAY = 7;
export const NOT_LARGELY_BETTER_DAY = 21;

/**
 * The verdict at a review, judged on meaningful change only: worse when pain is
 * meaningfully above where it started or has just risen meaningfully (a flare,
 * CLINICAL.md section 1). The escalation points of RF-S08: worse from day 3,
 * not improved by day 7, not largely (at least halved) better by day 21.
 */
export function review(input: {
  startedOn: string;
  date: string;
  baselinePain: number;
  checkIns: readonly CheckIn[];
}): Review {
  const day = recoveryDay(input.startedOn, input.date);
  const trend = painTrend(input.checkIns, input.baselinePain, input.date);
  const verdict: Direction = trend.flare ? 'worse' : trend.direction;
  let seeDoctor: string | null = null;
  if (verdict === 'worse' && day >= WORSE_FROM_DAY)
    seeDoctor =
      trend.direction === 'worse'
        ? 'Your pain is worse than when it started, after the first few days.'
        : 'Your pain has risen again, after the first few days.';
  else if (day >= NOT_LARGELY_BETTER_DAY && !(verdict === 'better' && trend.current <= trend.baseline / 2))
    seeDoctor = 'After three weeks it is not largely better.';
  else if (day >= NOT_IMPROVED_DAY && verdict !== 'better') seeDoctor = 'After a week it has not improved.';
  const message =
    verdict === 'worse' && trend.direction !== 'worse'
      ? `Your pain has gone from ${trend.previous} to ${trend.latest} since your last check-in: that is a real rise.`
      : verdict === 'better'
        ? `Your pain has gone from ${trend.baseline} to ${trend.current}: that is a real improvement.`
        : verdict === 'worse'
          ? `Your pain has gone from ${trend.baseline} to ${trend.current}: that is a real rise.`
          : `Your pain has gone from ${trend.baseline} to ${trend.current}: too small a change to call better or worse yet.`;
  return {
    day,
    verdict,
    baseline: trend.baseline,
    current: trend.current,
    seeDoctor: seeDoctor ? `${seeDoctor} Please book a GP or physiotherapist within a few days.` : null,
    message,
    expected: expectedCourse,
  };
}
