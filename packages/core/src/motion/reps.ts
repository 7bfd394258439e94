import type { AngleSample } from './samples.js';

export interface RepRule {
  /** A rep reaches at least this far (degrees, towards the positive side). */
  reach: number;
  /**
   * It ends when the angle comes back below `reach - hysteresis`; the gap keeps the
   * jitter of a held position at the mark from counting as several reps.
   */
  hysteresis: number;
  /** It counts only if held at or past `reach - hysteresis` this long (the exercise's hold). */
  minHoldMs: number;
}

/**
 * Counts the reps towards the positive side: out past `reach`, held there, back.
 * A rep still held at the end of the samples counts once its hold is done, so the
 * count shown during a hold goes up as soon as the hold is met.
 */
export function countReps(samples: readonly AngleSample[], rule: RepRule): number {
  const release = rule.reach - rule.hysteresis;
  let reps = 0;
  let outSince: number | null = null;
  let counted = false;
  for (const s of samples) {
    if (outSince === null) {
      if (s.degrees >= rule.reach) {
        outSince = s.t;
        counted = false;
      }
    } else if (s.degrees < release) {
      outSince = null;
      continue;
    }
    if (outSince !== null && !counted && s.t - outSince >= rule.minHoldMs) {
      reps++;
      counted = true;
    }
  }
  return reps;
}

/** The samples seen from the other side, for counting reps towards the negative side. */
export const mirrored = (samples: readonly AngleSample[]): AngleSample[] =>
  samples.map((s) => ({ t: s.t, degrees: -s.degrees }));
