import {
  type Dosage,
  type Equipment,
  type Exercise,
  exerciseSeconds,
  type Movement,
  type Phase,
  type Place,
} from '../content/types.js';

/** What a place has without anyone packing it. */
const placeEquipment: Readonly<Record<Place, readonly Equipment[]>> = {
  desk: ['chair', 'wall'],
  home: ['chair', 'wall', 'pillow', 'towel'],
  travelling: ['chair'],
};

export function fitsPlace(ex: Exercise, place: Place, have: readonly Equipment[]): boolean {
  const available = new Set<Equipment>([...placeEquipment[place], ...have]);
  if (!ex.equipment.every((e) => available.has(e))) return false;
  // A desk gets seated or standing exercises only; travelling, the ones that need nothing special.
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

/** The exercises for a phase, best first: those that ease the stuck movements, then gentlest first. */
export function rankExercises(input: {
  exercises: readonly Exercise[];
  phase: Phase;
  place: Place;
  equipment: readonly Equipment[];
  stuck: readonly Movement[];
}): Exercise[] {
  const pool = input.exercises.filter(
    (ex) => ex.phases.includes(input.phase) && fitsPlace(ex, input.place, input.equipment),
  );
  const score = (ex: Exercise): number => ex.eases.filter((m) => input.stuck.includes(m)).length;
  return pool.sort(
    (a, b) =>
      score(b) - score(a) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Fill one session up to its minutes. Items rotate with the session's index so
 * that two sessions in a day differ; the order within a session is gentlest
 * first (rest and mobility, then stretches, then strength).
 */
export function fillSession(
  ranked: readonly Exercise[],
  budgetSeconds: number,
  offset: number,
  step: number,
): { exercise: Exercise; dosage: Dosage; seconds: number }[] {
  const picked: { exercise: Exercise; dosage: Dosage; seconds: number }[] = [];
  let used = 0;
  for (let i = 0; i < ranked.length; i++) {
    const ex = ranked[(i + offset) % ranked.length] as Exercise;
    let dosage = adjustDosage(ex.dosage, ex.kind, step);
    let seconds = exerciseSeconds(dosage);
    if (used + seconds > budgetSeconds && dosage.sets > 1) {
      dosage = { ...dosage, sets: 1 };
      seconds = exerciseSeconds(dosage);
    }
    if (used + seconds > budgetSeconds) continue;
    picked.push({ exercise: ex, dosage, seconds });
    used += seconds;
  }
  return picked.sort((a, b) => kindOrder[a.exercise.kind] - kindOrder[b.exercise.kind]);
}
