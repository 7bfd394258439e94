import { type Phase, phases } from '../content/types.js';
import { checkInsInOrder, sessionsInOrder } from '../progress/order.js';
import { painChange } from '../progress/pain.js';
import type { CheckIn, SessionLog } from '../schemas/diary.js';
import type { Intake } from '../schemas/intake.js';
import { HIGH_PAIN } from './sessions.js';

const order: readonly Phase[] = phases;
export const phaseIndex = (p: Phase): number => order.indexOf(p);
export const phaseAt = (i: number): Phase => order[Math.max(0, Math.min(order.length - 1, i))] as Phase;

/** CLINICAL.md section 2 "progression": strengthen once movement pain is 4/10 or less and range improves. */
export const STRENGTHEN_MAX_PAIN = 4;
/** Low and steady enough for the routine against recurrence. */
export const PREVENT_MAX_PAIN = 2;
/** A rise of 2 points steps back (CLINICAL.md section 1 "flare": 2 points or 30%, the points part). */
export const STEP_BACK_RISE = 2;

export interface PhaseDecision {
  readonly phase: Phase;
  /** Why today is in `phase`: always about the phase it ended in. */
  readonly reason: string;
  readonly step: number;
  readonly steppedBack: string | null;
  readonly progressed: string | null;
}

/** Is neck movement getting freer? Fewer stuck movements, or stiffness down meaningfully, since the start. */
function rangeImproving(intake: Intake, checkIns: readonly CheckIn[]): boolean {
  const withStuck = checkIns.filter((c) => c.stuck !== undefined);
  const latestStuck = withStuck.at(-1)?.stuck;
  if (latestStuck && latestStuck.length < (intake.stuck?.length ?? 0)) return true;
  const stiff = checkIns.filter((c) => c.stiffness !== undefined).map((c) => c.stiffness as number);
  if (stiff.length >= 2) return painChange(stiff[0] as number, stiff.at(-1) as number).direction === 'better';
  // Nothing stuck now (with something stuck at the start, the first test above said so already).
  return latestStuck?.length === 0;
}

type Why = 'urgent' | 'high_pain' | 'first_days' | 'stepped_back' | 'ready' | 'freer' | 'prescribed';

/** The stated reason, written for the phase the day ended in. */
function reasonFor(phase: Phase, why: Why, painNow: number): string {
  switch (phase) {
    case 'settle':
      return why === 'prescribed'
        ? 'Your clinician asked for settling: gentle movement within comfort, rest positions, and heat or cold.'
        : why === 'urgent'
          ? 'Your last check says to see a clinician today, so until then only gentle settling movements.'
          : why === 'high_pain'
            ? `Your pain is ${painNow}/10, so today is about settling it: gentle movement within comfort, rest positions, breathing, and heat or cold.`
            : why === 'stepped_back'
              ? 'Today is a step easier: settling the neck with gentle movement within comfort, rest positions, and heat or cold.'
              : 'The first day or two are for settling the spasm: gentle movement within comfort, rest positions, and heat or cold.';
    case 'loosen':
      return why === 'prescribed'
        ? 'Your clinician set gentle stretches to loosen the muscles, without strengthening for now.'
        : why === 'stepped_back'
          ? 'Today is a step easier: gentle stretches to loosen the muscles, without strengthening.'
          : painNow <= STRENGTHEN_MAX_PAIN
            ? 'Gentle stretches today, to loosen the movement before we add strengthening.'
            : `Your pain is ${painNow}/10: gentle stretches today to loosen the muscles.`;
    case 'strengthen':
      if (why === 'prescribed')
        return `Your clinician moved you on to strengthening: your pain is ${painNow}/10, so we add gentle strengthening to the stretches.`;
      return `Your pain is ${painNow}/10 and your neck moves more freely, so we add gentle strengthening to the stretches.`;
    case 'prevent':
      if (why === 'prescribed')
        return 'Your clinician set a short routine to keep going for 6 to 8 weeks, to stop it coming back.';
      return 'Your pain is low and steady. Keep a short routine going for 6 to 8 weeks to stop it coming back.';
  }
}

/**
 * The phase for today (CLINICAL.md section 2 "progression"): settle in the
 * first two days, at pain 7+ or when the last check was urgent; loosen next;
 * strengthen once movement pain is 4/10 or less and range is improving;
 * prevent once pain is low and steady. Then the last session adapts it: pain
 * up 2 or more, or a stop, steps back a phase; easy sessions with no rise step
 * the dosage up. A clinician's `prescribed` phase takes the place of Crick's
 * choice, but never before the urgent check and the pain cap (plan/prescription.ts).
 */
export function decidePhase(input: {
  intake: Intake;
  day: number;
  painNow: number;
  date: string;
  checkIns: readonly CheckIn[];
  sessions: readonly SessionLog[];
  settleOnly?: boolean;
  prescribed?: Phase;
}): PhaseDecision {
  const { day, painNow } = input;
  const checkIns = checkInsInOrder(input.checkIns, input.date);
  const sessions = sessionsInOrder(input.sessions, input.date);
  let phase: Phase;
  let why: Why;
  if (input.settleOnly) {
    phase = 'settle';
    why = 'urgent';
  } else if (painNow >= HIGH_PAIN) {
    phase = 'settle';
    why = 'high_pain';
  } else if (input.prescribed) {
    phase = input.prescribed;
    why = 'prescribed';
  } else if (day <= 1) {
    phase = 'settle';
    // Stryker disable next-line StringLiteral: the first days' words are the settle reason's last branch, which any other word reaches too
    why = 'first_days';
  } else if (painNow <= STRENGTHEN_MAX_PAIN && rangeImproving(input.intake, checkIns)) {
    const lastTwo = checkIns.slice(-2);
    const lowAndSteady =
      painNow <= PREVENT_MAX_PAIN && lastTwo.length === 2 && lastTwo.every((c) => c.pain <= PREVENT_MAX_PAIN);
    phase = lowAndSteady && day >= 7 ? 'prevent' : 'strengthen';
    // Stryker disable next-line StringLiteral: neither phase's reason reads it (only "prescribed" and "stepped_back" change their words)
    why = 'freer';
  } else {
    phase = 'loosen';
    // Stryker disable next-line StringLiteral: "ready" is not read by the loosen reason (only "prescribed" and "stepped_back" are)
    why = 'ready';
  }

  const last = sessions.at(-1);
  // NaN (never a rise) unless both pains of the last session were noted.
  const rise = (last?.painAfter ?? Number.NaN) - (last?.painBefore ?? Number.NaN);
  const [a, b] = checkIns.slice(-2);
  const checkInRise = a && b ? b.pain - a.pain : 0;
  if (last?.stopSymptom || rise >= STEP_BACK_RISE || checkInRise >= STEP_BACK_RISE) {
    const cause = last?.stopSymptom
      ? 'You stopped the last session because of a symptom'
      : rise >= STEP_BACK_RISE
        ? `Your pain rose by ${rise} during the last session`
        : `Your pain rose by ${checkInRise} since the last check-in`;
    const back = phaseAt(phaseIndex(phase) - 1);
    return {
      phase: back,
      reason: reasonFor(back, back === phase ? why : 'stepped_back', painNow),
      step: -1,
      steppedBack: `${cause}, so today is a step easier.`,
      progressed: null,
    };
  }
  const easy = sessions
    .slice(-2)
    .filter(
      (s) =>
        s.completed &&
        s.effort === 'easy' &&
        (s.painAfter === undefined || s.painBefore === undefined || s.painAfter <= s.painBefore),
    ).length;
  if (easy > 0 && phase !== 'settle') {
    return {
      phase,
      reason: reasonFor(phase, why, painNow),
      step: easy,
      steppedBack: null,
      progressed: 'Your last sessions felt easy and the pain did not rise, so the dosage goes up a little.',
    };
  }
  return plain(phase, why, painNow);
}

const plain = (phase: Phase, why: Why, painNow: number): PhaseDecision => ({
  phase,
  reason: reasonFor(phase, why, painNow),
  step: 0,
  steppedBack: null,
  progressed: null,
});
