import type { Phase } from '../content/types.js';
import { painChange } from '../progress/pain.js';
import type { CheckIn, SessionLog } from '../schemas/diary.js';
import type { Intake } from '../schemas/intake.js';

const order: readonly Phase[] = ['settle', 'loosen', 'strengthen', 'prevent'];
export const phaseIndex = (p: Phase): number => order.indexOf(p);
export const phaseAt = (i: number): Phase => order[Math.max(0, Math.min(order.length - 1, i))] as Phase;

export interface PhaseDecision {
  readonly phase: Phase;
  readonly reason: string;
  readonly step: number;
  readonly steppedBack: string | null;
  readonly progressed: string | null;
}

const latestFirst = <T extends { date: string }>(list: readonly T[], upTo: string): T[] =>
  list.filter((x) => x.date <= upTo).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** Is neck movement getting freer? Fewer stuck movements, or stiffness down meaningfully, since the start. */
function rangeImproving(intake: Intake, checkIns: readonly CheckIn[]): boolean {
  const withStuck = checkIns.filter((c) => c.stuck !== undefined);
  const latestStuck = withStuck.at(-1)?.stuck;
  if (latestStuck && latestStuck.length < (intake.stuck?.length ?? 0)) return true;
  const stiff = checkIns.filter((c) => c.stiffness !== undefined).map((c) => c.stiffness as number);
  const first = stiff[0];
  const last = stiff.at(-1);
  if (first !== undefined && last !== undefined && stiff.length >= 2)
    return painChange(first, last).direction === 'better';
  return (intake.stuck?.length ?? 0) === 0 && latestStuck !== undefined && latestStuck.length === 0;
}

/**
 * The phase for today (CLINICAL.md section 2 "progression"): settle in the
 * first two days or at pain 7+; loosen next; strengthen once movement pain is
 * 4/10 or less and range is improving; prevent once pain is low and steady.
 * Then the last session adapts it: pain up 2 or more, or a stop, steps back a
 * phase; easy sessions with no rise step the dosage up.
 */
export function decidePhase(input: {
  intake: Intake;
  day: number;
  painNow: number;
  date: string;
  checkIns: readonly CheckIn[];
  sessions: readonly SessionLog[];
}): PhaseDecision {
  const { day, painNow } = input;
  const checkIns = [...input.checkIns]
    .filter((c) => c.date <= input.date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let phase: Phase;
  let reason: string;
  if (painNow >= 7) {
    phase = 'settle';
    reason = `Your pain is ${painNow}/10, so today is about easing it: gentle movement within comfort, rest positions, breathing, and heat or cold.`;
  } else if (day <= 1) {
    phase = 'settle';
    reason =
      'The first day or two are for settling the spasm: gentle movement within comfort, rest positions, and heat or cold.';
  } else if (painNow <= 4 && rangeImproving(input.intake, checkIns)) {
    const lowAndSteady =
      painNow <= 2 && checkIns.slice(-2).length === 2 && checkIns.slice(-2).every((c) => c.pain <= 2);
    if (lowAndSteady && day >= 7) {
      phase = 'prevent';
      reason =
        'Your pain is low and steady. Keep a short routine going for 6 to 8 weeks to stop it coming back.';
    } else {
      phase = 'strengthen';
      reason = `Your pain is ${painNow}/10 and your neck moves more freely, so we add gentle strengthening to the stretches.`;
    }
  } else {
    phase = 'loosen';
    reason =
      painNow <= 4
        ? 'Gentle stretches today, to free the movement up before we add strengthening.'
        : `Your pain is ${painNow}/10: gentle stretches today to loosen the muscles.`;
  }

  const last = latestFirst(input.sessions, input.date).find(
    (s) => s.date < input.date || s.date === input.date,
  );
  const rise =
    last && last.painBefore !== undefined && last.painAfter !== undefined
      ? last.painAfter - last.painBefore
      : 0;
  const checkInRise = (() => {
    const [a, b] = checkIns.slice(-2);
    return a && b ? b.pain - a.pain : 0;
  })();
  if (last?.stopSymptom || rise >= 2 || checkInRise >= 2) {
    const why = last?.stopSymptom
      ? 'You stopped the last session because of a symptom'
      : rise >= 2
        ? `Your pain rose by ${rise} during the last session`
        : `Your pain rose by ${checkInRise} since the last check-in`;
    const back = phaseAt(phaseIndex(phase) - 1);
    return {
      phase: back,
      reason,
      step: -1,
      steppedBack: `${why}, so today is a step easier.`,
      progressed: null,
    };
  }
  const recent = latestFirst(input.sessions, input.date).slice(0, 2);
  const easy = recent.filter(
    (s) =>
      s.completed &&
      s.effort === 'easy' &&
      (s.painAfter === undefined || s.painBefore === undefined || s.painAfter <= s.painBefore),
  ).length;
  if (easy > 0 && phase !== 'settle') {
    return {
      phase,
      reason,
      step: easy,
      steppedBack: null,
      progressed: 'Your last sessions felt easy and the pain did not rise, so the dosage goes up a little.',
    };
  }
  return { phase, reason, step: 0, steppedBack: null, progressed: null };
}
