import {
  type Dosage,
  type Equipment,
  type Exercise,
  exerciseSeconds,
  type Movement,
  type Phase,
  type Place,
} from '../content/types.js';
import { compareText } from '../text-order.js';

/**
 * What a place supplies without anyone packing it: a desk has a chair and a
 * wall, a home a chair, a wall, a pillow and a towel, travelling only a seat.
 * Anything else (a band, a ball, a heat pack) the person must say they have.
 */
export const placeEquipment: Readonly<Record<Place, readonly Equipment[]>> = {
  desk: ['chair', 'wall'],
  home: ['chair', 'wall', 'pillow', 'towel'],
  travelling: ['chair'],
};

export function fitsPlace(ex: Exercise, place: Place, have: readonly Equipment[]): boolean {
  const available = new Set<Equipment>([...placeEquipment[place], ...have]);
  if (!ex.equipment.every((e) => available.has(e))) return false;
  // A desk gets seated or standing exercises only, never lying or on the floor;
  // travelling, the ones that need nothing special.
  if (place === 'desk') return ex.settings.includes('desk') && ex.position !== 'lying';
  if (place === 'travelling') return ex.settings.includes('anywhere') && ex.position !== 'lying';
  return ex.settings.includes('home') || ex.settings.includes('anywhere');
}

const kindOrder: Readonly<Record<Exercise['kind'], number>> = {
  rest: 0,
  mobility: 1,
  stretch: 2,
  strength: 3,
};

/** Dosage nudged by the step, within CLINICAL.md's ranges: holds 10-30 s, 3-5 repetitions for stretches. */
export function adjustDosage(d: Dosage, kind: Exercise['kind'], step: number): Dosage {
  if (step === 0) return d;
  if (step < 0) {
    return {
      ...d,
      sets: Math.max(1, d.sets - 1),
      reps: Math.max(kind === 'stretch' ? 3 : 1, d.reps - 1),
      ...(d.holdSeconds !== undefined
        ? { holdSeconds: Math.max(Math.min(d.holdSeconds, 10), d.holdSeconds - 5) }
        : {}),
    };
  }
  const maxReps = kind === 'stretch' ? 5 : Math.max(d.reps, 10);
  const maxHold = kind === 'stretch' ? 30 : Math.max(d.holdSeconds ?? 0, 10);
  return {
    ...d,
    reps: Math.min(maxReps, d.reps + step),
    ...(d.holdSeconds !== undefined ? { holdSeconds: Math.min(maxHold, d.holdSeconds + 5 * step) } : {}),
  };
}

/** Gentle, within comfort: moving, or resting. Stretches and strengthening are not. */
export const isGentle = (ex: Exercise): boolean => ex.kind === 'mobility' || ex.kind === 'rest';

/** Pain at which only gentle work is given (CLINICAL.md section 2 "progression": settle at pain 7+). */
export const HIGH_PAIN = 7;

/**
 * Allowed today at all? No strengthening while settling or at pain 7+
 * (CLINICAL.md section 2: strengthening once movement pain is 4/10 or less), and
 * at pain 7+ no stretch or resisted work in a stuck direction: a stuck
 * movement is eased, never forced.
 */
export function allowedToday(
  ex: Exercise,
  phase: Phase,
  painNow: number,
  stuck: readonly Movement[],
): boolean {
  if (ex.kind === 'strength' && (phase === 'settle' || painNow >= HIGH_PAIN)) return false;
  if (painNow >= HIGH_PAIN && !isGentle(ex) && ex.eases.some((m) => stuck.includes(m))) return false;
  return true;
}

/** The exercises for a phase, best first: those that ease the stuck movements, then gentlest first. */
export function rankExercises(input: {
  exercises: readonly Exercise[];
  phase: Phase;
  place: Place;
  equipment: readonly Equipment[];
  stuck: readonly Movement[];
  painNow: number;
}): Exercise[] {
  const pool = input.exercises.filter(
    (ex) =>
      ex.phases.includes(input.phase) &&
      fitsPlace(ex, input.place, input.equipment) &&
      allowedToday(ex, input.phase, input.painNow, input.stuck),
  );
  const score = (ex: Exercise): number => ex.eases.filter((m) => input.stuck.includes(m)).length;
  return pool.sort(
    (a, b) => score(b) - score(a) || kindOrder[a.kind] - kindOrder[b.kind] || compareText(a.id, b.id),
  );
}

export interface Picked {
  readonly exercise: Exercise;
  readonly dosage: Dosage;
  readonly seconds: number;
}

/**
 * Fill one session up to its seconds. Items rotate with the session's index so
 * that two sessions in a day differ; the order within a session is gentlest
 * first (rest and mobility, then stretches, then strength). A stuck movement's
 * first work in a session is gentle: a stretch or strengthening that works a
 * stuck movement comes only after a gentle exercise for that movement.
 */
export function fillSession(
  ranked: readonly Exercise[],
  budgetSeconds: number,
  offset: number,
  step: number,
  // Stryker disable next-line ArrayDeclaration: a movement no exercise eases changes nothing
  stuck: readonly Movement[] = [],
): Picked[] {
  const picked: Picked[] = [];
  let used = 0;
  const rotated = ranked.map((_, i) => ranked[(i + offset) % ranked.length] as Exercise);
  const warmed = new Set<Movement>();
  // Gentle ones first, so that what they warm up is known when the rest are chosen.
  for (const ex of [...rotated.filter(isGentle), ...rotated.filter((e) => !isGentle(e))]) {
    if (!isGentle(ex) && ex.eases.some((m) => stuck.includes(m) && !warmed.has(m))) continue;
    let dosage = adjustDosage(ex.dosage, ex.kind, step);
    let seconds = exerciseSeconds(dosage);
    // Too long for what is left: one set may fit (a one-set exercise stays as it is).
    if (used + seconds > budgetSeconds) {
      dosage = { ...dosage, sets: 1 };
      seconds = exerciseSeconds(dosage);
    }
    if (used + seconds > budgetSeconds) continue;
    picked.push({ exercise: ex, dosage, seconds });
    used += seconds;
    // Only gentle work gets here for a stuck movement not yet warmed, so all a picked exercise eases is warm.
    for (const m of ex.eases) warmed.add(m);
  }
  // A stable sort: within a kind, the rotation's order they were picked in.
  return picked.sort((a, b) => kindOrder[a.exercise.kind] - kindOrder[b.exercise.kind]);
}
