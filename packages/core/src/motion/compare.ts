/**
 * Range of motion is read side against side and against the person's own earlier
 * measurements, not against norms (CLINICAL.md section 4: norms conflict, rotation
 * 80-90 degrees, side bend 20-45). The one fixed mark is the halfway turn: 45
 * degrees, can the person turn halfway to each shoulder.
 */
export const halfwayTurnDegrees = 45;

/** Differences smaller than this are within what a phone camera can tell apart. */
export const sideDifferenceNoticed = 10;

export interface SideComparison {
  left: number;
  right: number;
  /** left minus right, degrees. */
  difference: number;
  /** Which side moves less, when the difference is more than the camera's own error. */
  lessOn: 'left' | 'right' | null;
}

export function compareSides(left: number, right: number): SideComparison {
  const difference = left - right;
  const lessOn = Math.abs(difference) < sideDifferenceNoticed ? null : difference < 0 ? 'left' : 'right';
  return { left, right, difference, lessOn };
}

/** The 45-degree rotation check, from a measured turn. */
export const reachesHalfwayTurn = (turnDegrees: number): boolean => turnDegrees >= halfwayTurnDegrees;

export type ComfortCue = 'a little further' | 'within comfort';

/**
 * What the player says during a turning or tilting exercise: "a little further" only
 * while the person is short of a point well inside their own best, so the cue never
 * asks for more than they have already shown they can do. With no best yet there is
 * nothing of theirs to go by, and it never pushes.
 */
export function comfortCue(degrees: number, ownBest: number | null, share = 0.8): ComfortCue {
  if (ownBest === null || ownBest <= 0) return 'within comfort';
  return degrees < ownBest * share ? 'a little further' : 'within comfort';
}
