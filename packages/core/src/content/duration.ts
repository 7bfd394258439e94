import type { Dosage } from './types.js';

// The one home of how long an exercise takes. The plan sizes sessions with it,
// the web player times its segments with it and the content checks compare the
// keyframes with it, so the minutes a plan promises are the minutes it plays.

/** Seconds to move into a hold and back out of it (the figure's keyframes use 1.5 s each way). */
export const MOVE_SECONDS = 3;
/** The "get ready" before each side of an exercise. */
export const READY_SECONDS = 3;
/** A hold without its length: the shortest stretch hold CLINICAL.md section 2 allows (10-30 s). */
export const DEFAULT_HOLD_SECONDS = 10;
/** A repetition without its pace: a slow, comfortable movement. */
export const DEFAULT_SECONDS_PER_REP = 4;
/**
 * A breath between two holds of a set, so the person hears "Rest" and relaxes
 * before the next hold instead of going straight back in. Pacing, not a clinical
 * dose: CLINICAL.md section 2 sets the holds and repetitions, not this gap. None
 * after a set's last hold, where the set's rest or the next side follows, and none
 * between paced repetitions, which flow one into the next.
 */
export const REST_BETWEEN_REPS_SECONDS = 3;

/** The seconds a hold is held. */
export const holdSecondsOf = (d: Dosage): number => d.holdSeconds ?? DEFAULT_HOLD_SECONDS;

/**
 * Seconds one repetition's movement takes: a hold with the move in and out around
 * it, or one paced movement. The figure's keyframes span exactly this; the rest
 * after it is `restAfterRepetitionSeconds`, counted by `setSeconds`.
 */
export const repetitionSeconds = (d: Dosage): number =>
  d.kind === 'hold' ? holdSecondsOf(d) + MOVE_SECONDS : (d.secondsPerRep ?? DEFAULT_SECONDS_PER_REP);

/** Seconds of rest after repetition `rep` (1-based) of a set: a breath between holds, none after the last. */
export const restAfterRepetitionSeconds = (d: Dosage, rep: number): number =>
  d.kind === 'hold' && rep < d.reps ? REST_BETWEEN_REPS_SECONDS : 0;

/** Seconds one set takes: its repetitions and the rests between them. */
export const setSeconds = (d: Dosage): number =>
  d.reps * repetitionSeconds(d) +
  (d.kind === 'hold' ? Math.max(0, d.reps - 1) * REST_BETWEEN_REPS_SECONDS : 0);

/** Seconds one side takes: get ready, then the sets with their rests between. */
export const sideSeconds = (d: Dosage): number =>
  READY_SECONDS + d.sets * setSeconds(d) + Math.max(0, d.sets - 1) * d.restSeconds;

/** Seconds one exercise takes at a dosage, every side, get-ready and rest included. */
export const exerciseSeconds = (d: Dosage): number => (d.sides === 'each' ? 2 : 1) * sideSeconds(d);
