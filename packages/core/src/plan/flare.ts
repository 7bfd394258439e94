import { addDays } from '../dates.js';
import { checkInsInOrder, instant, localDate } from '../progress/order.js';
import { painChange } from '../progress/pain.js';
import type { CheckIn } from '../schemas/diary.js';
import type { TriageRecord } from '../schemas/triage-record.js';

/**
 * A check-in at this pain or more is a flare that re-asks the red-flag
 * questions (CLINICAL.md section 1: "on a flare (pain 8/10 or more, or a rise
 * of 2 points or 30%) and whenever the person reports a new symptom").
 */
export const FLARE_PAIN = 8;

export type FlareReason = 'high_pain' | 'pain_rise' | 'new_symptom';

export interface Flare {
  readonly checkIn: CheckIn;
  readonly reason: FlareReason;
}

/**
 * Why a check-in asks for the safety questions again, if it does. A new
 * symptom comes first (it is the most specific), then pain at 8 or more, then
 * a meaningful rise from the report before it.
 */
export function flareReason(checkIn: CheckIn, previousPain: number): FlareReason | undefined {
  if (checkIn.newSymptom === true) return 'new_symptom';
  if (checkIn.pain >= FLARE_PAIN) return 'high_pain';
  if (painChange(previousPain, checkIn.pain).direction === 'worse') return 'pain_rise';
  return undefined;
}

/**
 * Does this triage answer this flare? Only a check after it: after the
 * check-in's time. A check-in without a time (older records) is answered by a
 * check the person ran because of a flare that day, or by any check on a later
 * day: we cannot tell what came first. The intake's own report comes right
 * after the check that opens it, so a check earlier that day answers it: the
 * person has just answered every question at this pain.
 */
function answers(t: TriageRecord, c: CheckIn): boolean {
  const at = instant(c.at);
  if (c.source === 'intake' && localDate(t.at) === c.date && instant(t.at) <= at) return true;
  if (!Number.isNaN(at)) return instant(t.at) > at;
  if (t.trigger === 'flare' && localDate(t.at) >= c.date) return true;
  return localDate(t.at) >= addDays(c.date, 1);
}

/**
 * The latest flare up to `date` with no check after it. Each check-in is
 * compared with the report before it (the first with the pain at the start),
 * so a rise counts on the check-in where it happened.
 */
export function uncheckedFlare(
  checkIns: readonly CheckIn[],
  triages: readonly TriageRecord[],
  date: string,
  startingPain: number | undefined,
): Flare | undefined {
  const checks = triages.filter((t) => localDate(t.at) <= date && !Number.isNaN(instant(t.at)));
  const ordered = checkInsInOrder(checkIns, date);
  let previous = startingPain;
  let found: Flare | undefined;
  for (const c of ordered) {
    const reason = flareReason(c, previous ?? c.pain);
    if (reason && !checks.some((t) => answers(t, c))) found = { checkIn: c, reason };
    previous = c.pain;
  }
  return found;
}

const why: Readonly<Record<FlareReason, string>> = {
  new_symptom: 'You noted something new.',
  high_pain: `Your pain is ${FLARE_PAIN} out of 10 or more.`,
  pain_rise: 'Your pain has gone up a lot since your last report.',
};

/** What the plan says when a flare holds exercise until the check is done. */
export const flareMessage = (reason: FlareReason): string =>
  `${why[reason]} Before the next session, answer the safety questions again (about a minute when nothing is wrong).`;
