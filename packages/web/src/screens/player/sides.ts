import type { Exercise } from '@crick/core';
import type { Side } from './session-script.js';

/**
 * Left is the person's own left, everywhere: the label, the steps, the spoken
 * cues and the figure. The library writes each two-sided exercise once, for the
 * side its keyframes move to (a positive turn or tilt is to the person's
 * right); the other side gets the same words with left and right swapped and
 * the figure mirrored.
 */
export function naturalSide(exercise: Exercise): 'left' | 'right' {
  let lean = 0;
  for (const f of exercise.keyframes) {
    const v = (f.pose.headTurn ?? 0) + (f.pose.headTilt ?? 0);
    if (Math.abs(v) > Math.abs(lean)) lean = v;
  }
  return lean < 0 ? 'left' : 'right';
}

/** True when this side is drawn and worded as the mirror of how the library wrote it. */
export const isMirrored = (exercise: Exercise, side: Side): boolean =>
  side !== null && side !== naturalSide(exercise);

const swap: Record<string, string> = { left: 'right', right: 'left', Left: 'Right', Right: 'Left' };
/** "Turn to the right, left hand on the seat" becomes "Turn to the left, right hand on the seat". */
export const swapSides = (text: string): string =>
  text.replace(/\b(left|right|Left|Right)\b/g, (w) => swap[w] ?? w);

/** The steps and cues for one side, in the person's own left and right. */
export function sidedWords(exercise: Exercise, side: Side): Pick<Exercise, 'steps' | 'cues'> {
  if (!isMirrored(exercise, side)) return { steps: exercise.steps, cues: exercise.cues };
  const c = exercise.cues;
  return {
    steps: exercise.steps.map(swapSides),
    cues: {
      start: swapSides(c.start),
      end: swapSides(c.end),
      ...(c.halfway ? { halfway: swapSides(c.halfway) } : {}),
      ...(c.switchSides ? { switchSides: swapSides(c.switchSides) } : {}),
    },
  };
}

export const sideLabel = (side: 'left' | 'right'): string => (side === 'left' ? 'Left side' : 'Right side');

/** What is said when a side begins: the exercise (or "the other side"), the side by name, and its first cue. */
export function readyCue(exercise: Exercise, side: Side, switching: boolean): string {
  const { cues } = sidedWords(exercise, side);
  const named = side ? ` ${sideLabel(side)}.` : '';
  return switching
    ? `${cues.switchSides ?? 'Now the other side.'}${named} ${cues.start}`
    : `${exercise.name}.${named} ${cues.start}`;
}
