import type { Position } from '@crick/core';

/** How a person is placed before a session starts: holding the phone, sitting. */
const START_POSITION: Position = 'sitting';

const into: Record<Position, string> = {
  lying: 'Lie down on your back on a bed or a mat, with a thin pillow under your head if you like.',
  sitting: 'Sit on a firm chair, feet flat on the floor and your back supported.',
  standing: 'Stand up, feet hip-width apart, near something to hold if you need it.',
};

/**
 * What to say when the next exercise needs a different position, or null when
 * it does not. Getting up from lying is done slowly, by rolling to the side
 * first, so the neck is not jerked.
 */
export function positionChange(from: Position | undefined, to: Position): string | null {
  const was = from ?? START_POSITION;
  if (was === to) return null;
  const gettingUp =
    was === 'lying' ? 'Take your time getting up: roll onto your side, then push up with your arms. ' : '';
  return `Time to change position. ${gettingUp}${into[to]} Tap "I am ready" when you are.`;
}

/** For the first exercise, said before the session starts; null when it is done sitting. */
export const startingPosition = (to: Position): string | null =>
  to === START_POSITION
    ? null
    : `The first exercise is done ${to === 'lying' ? 'lying down' : 'standing'}. ${into[to]}`;
