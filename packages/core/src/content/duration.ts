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

/** The seconds a hold is held. */
export const holdSecondsOf = (d: Dosage): number => d.holdSeconds ?? DEFAULT_HOLD_SECONDS;

/** Seconds one repetition takes: a hold with the move in and out around it, or one paced movement. */
export const repetitionSeconds = (d: Dosage): number =>
  d.kind === 'hold' ? holdSecondsOf(d) + MOVE_SECONDS : (d.secondsPerRep ?? DEFAULT_SECONDS_PER_REP);

/** Seconds one side takes: get ready, then the sets with their rests between. */
export const sideSeconds = (d: Dosage): number =>
  READY_SECONDS + d.sets * d.reps * repetitionSeconds(d) + Math.max(0, d.sets - 1) * d.restSeconds;

/** Seconds one exercise takes at a dosage, every side, get-ready and rest included. */
export const exerciseSeconds = (d: Dosage): number => (d.sides === 'each' ? 2 : 1) * sideSeconds(d);
