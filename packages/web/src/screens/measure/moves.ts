import type { NeckMove, NeckRange } from '@crick/core';
import type { HeadAngles } from '../../lib/camera/head-pose.js';

/** The axis of the head's angles each move is read on. */
export const moveAxis: Record<NeckMove, keyof HeadAngles> = {
  turnLeft: 'turn',
  turnRight: 'turn',
  tiltLeft: 'tilt',
  tiltRight: 'tilt',
  lookUp: 'nod',
  lookDown: 'nod',
};

export const moveWords: Record<NeckMove, { title: string; say: string; short: string }> = {
  turnLeft: {
    title: 'Turn to the left',
    say: 'Slowly turn your head to the left, as far as is comfortable, and hold.',
    short: 'turning left',
  },
  turnRight: {
    title: 'Turn to the right',
    say: 'Slowly turn your head to the right, as far as is comfortable, and hold.',
    short: 'turning right',
  },
  tiltLeft: {
    title: 'Tilt to the left',
    say: 'Tilt your left ear towards your left shoulder, as far as is comfortable, and hold.',
    short: 'tilting left',
  },
  tiltRight: {
    title: 'Tilt to the right',
    say: 'Tilt your right ear towards your right shoulder, as far as is comfortable, and hold.',
    short: 'tilting right',
  },
  lookUp: {
    title: 'Look up',
    say: 'Slowly look up, as far as is comfortable, and hold.',
    short: 'looking up',
  },
  lookDown: {
    title: 'Look down',
    say: 'Slowly look down, chin towards your chest, as far as is comfortable, and hold.',
    short: 'looking down',
  },
};

/** A held position counts once kept this long: long enough to be a position, short enough to be easy. */
export const holdMs = 1000;

/** A turn out and back counts as one when it goes past 8 degrees and is held a moment. */
export const measureRepRule = { reach: 8, hysteresis: 3, minHoldMs: 300 };

export type Bests = Partial<Record<NeckMove, number>>;

/** The record to save: whole degrees, only the moves measured. */
export function toNeckRange(bests: Bests, date: string, at: string): NeckRange {
  const range: NeckRange = { date, at, method: 'camera' };
  for (const [move, degrees] of Object.entries(bests) as [NeckMove, number][]) {
    if (degrees > 0) range[move] = Math.min(120, Math.round(degrees));
  }
  return range;
}
