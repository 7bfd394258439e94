/**
 * Head angles over time, as the camera's pose model reports them, one per frame.
 * Angles are degrees; the sign is the side (positive = the person's left, up for
 * pitch), so one number line carries both sides of a movement.
 */
export interface AngleSample {
  /** Milliseconds since the measurement began. */
  t: number;
  degrees: number;
}

/** The six guided moves of the measure screen: three axes, two sides each. */
export const neckMoves = ['turnLeft', 'turnRight', 'tiltLeft', 'tiltRight', 'lookUp', 'lookDown'] as const;
export type NeckMove = (typeof neckMoves)[number];

/** Which way along its axis a move goes: +1 for the positive side, -1 for the other. */
export const moveSign: Record<NeckMove, 1 | -1> = {
  turnLeft: 1,
  turnRight: -1,
  tiltLeft: 1,
  tiltRight: -1,
  lookUp: 1,
  lookDown: -1,
};

/** The angle as seen along a move's own direction: how far towards that side. */
export const towards = (move: NeckMove, degrees: number): number => degrees * moveSign[move];
