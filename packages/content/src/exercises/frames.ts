import type { ArmPose, Keyframe, Pose, StopSymptom } from '@crick/core';

// Shared building blocks for the exercise files: start poses, the timing of one
// held repetition, and the stop rules every neck movement carries.

/** Seconds to move into a hold and to come back out of it. Together they make the
 * 3 s that `exerciseSeconds` adds to each held repetition, so the animation and
 * the session timer agree. */
export const MOVE_IN = 1.5;
export const MOVE_OUT = 1.5;

export const handsInLap: ArmPose = { shoulderFlex: 20, elbow: 80, hand: 'lap' };
export const armsByTheSide: ArmPose = { shoulderFlex: 0, elbow: 0, hand: 'free' };
export const holdingTheSeat: ArmPose = { shoulderFlex: 0, elbow: 0, hand: 'seat' };

/** Sitting tall, head level, hands resting in the lap. */
export const seatedStart: Pose = {
  headTurn: 0,
  headTilt: 0,
  headNod: 0,
  headGlide: 0,
  armLeft: handsInLap,
  armRight: handsInLap,
};

/** Standing tall, head level, arms hanging. */
export const standingStart: Pose = {
  headTurn: 0,
  headTilt: 0,
  headNod: 0,
  headGlide: 0,
  armLeft: armsByTheSide,
  armRight: armsByTheSide,
};

/**
 * One held repetition: ease in, hold still, ease back to the start. `move` names
 * the way in ("Tilt"): the player shows and says it as the repetition's first phase.
 */
export function holdFrames(
  start: Pose,
  hold: Pose,
  holdSeconds: number,
  move: string,
  step?: number,
): Keyframe[] {
  return [
    { t: 0, pose: start, label: 'Start' },
    { t: MOVE_IN, pose: hold, label: move, ...(step === undefined ? {} : { step }) },
    { t: MOVE_IN + holdSeconds, pose: hold },
    { t: MOVE_IN + holdSeconds + MOVE_OUT, pose: start, label: 'Back to centre' },
  ];
}

/** One 6-second repetition of a movement within comfort: out, a short pause, back. */
export function outAndBackFrames(start: Pose, out: Pose, label: string): Keyframe[] {
  return [
    { t: 0, pose: start, label: 'Start' },
    { t: 2.5, pose: out, label },
    { t: 3.5, pose: out },
    { t: 6, pose: start, label: 'Back to centre' },
  ];
}

/**
 * The CLINICAL.md stop rules for any movement of the neck. Arm pain, tingling,
 * dizziness and visual change can be red-flag symptoms, so the app reopens the
 * check when one is reported.
 */
export const neckStops: readonly StopSymptom[] = [
  'sharp_pain',
  'arm_pain_spreading',
  'tingling',
  'dizziness',
  'vision_change',
  'pain_much_worse',
];

export const withinComfort = 'Move slowly and only as far as is comfortable. No bouncing.';
export const noForce = 'Your hand only rests there. Do not pull your head.';

/** Citations shared by the exercises a physiotherapist adds to the seeds' set. */
export const exerciseGuidance = ['CKS-NSNP', 'NHS-NECK', 'CRICK-CLINICAL'] as const;
export const stretchGuidance = ['NIA-EXERCISE', 'CRICK-CLINICAL'] as const;
