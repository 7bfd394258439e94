import { exercises } from '@crick/content';
import type { Exercise } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { fullPose, mirrorPose } from '../../components/pose.js';
import { isMirrored, readyCue, sidedWords, sideLabel, swapSides } from './sides.js';

const sided = exercises.filter((e) => e.dosage.sides === 'each');
const sides = ['left', 'right'] as const;
const sideWords = (line: string) => line.match(/\b(left|right)\b/gi)?.map((w) => w.toLowerCase()) ?? [];

/** The movement an exercise is about: a turn or a tilt, as the library says what it eases. */
const movementOf = (e: Exercise): 'turn' | 'tilt' =>
  e.eases.some((m) => m.startsWith('turn')) ? 'turn' : 'tilt';
const movementLine: Record<'turn' | 'tilt', RegExp> = { turn: /\bturn/i, tilt: /\b(ear|tilt|tip|bend)/i };

/** The pose at the furthest point of the movement, for this side, as the figure draws it. */
function peakPose(e: Exercise, side: 'left' | 'right') {
  const key = movementOf(e) === 'turn' ? 'headTurn' : 'headTilt';
  const peak = e.keyframes.reduce(
    (best, f) => (Math.abs(f.pose[key] ?? 0) > Math.abs(best.pose[key] ?? 0) ? f : best),
    e.keyframes[0] ?? { t: 0, pose: {} },
  );
  const pose = fullPose(peak.pose);
  return isMirrored(e, side) ? mirrorPose(pose) : pose;
}

describe('left is the person’s own left, for every two-sided exercise', () => {
  it('has two-sided exercises to check', () => expect(sided.length).toBeGreaterThan(3));

  for (const e of sided) {
    for (const side of sides) {
      it(`${e.id}, ${side} side: the steps move to the ${side}`, () => {
        const lines = sidedWords(e, side).steps.filter((l) => movementLine[movementOf(e)].test(l));
        const named = lines.flatMap(sideWords);
        // Isometric holds may not say a direction in words; when they do, it is this side.
        for (const w of named) expect(w, lines.join(' / ')).toBe(side);
      });

      // How the figure draws it is checked from the drawing itself, in e2e/figures.spec.ts.
      it(`${e.id}, ${side} side: the figure's pose moves to the ${side}`, () => {
        const pose = peakPose(e, side);
        const value = movementOf(e) === 'turn' ? pose.headTurn : pose.headTilt;
        if (value === 0) return expect(e.keyframes.length).toBeGreaterThan(0); // a hold against the hand: no movement to draw
        // In the pose, + is to the person's right.
        expect(Math.sign(value)).toBe(side === 'right' ? 1 : -1);
      });

      it(`${e.id}, ${side} side: the spoken cue names the ${side} side`, () => {
        for (const switching of [false, true]) {
          const cue = readyCue(e, side, switching);
          expect(cue).toContain(`${sideLabel(side)}.`);
          expect(cue).toContain(sidedWords(e, side).cues.start);
        }
      });
    }
  }

  it('swaps left and right in words, keeping capitals, and nothing else', () => {
    expect(swapSides('Left hand on the seat; turn to the right, brightly.')).toBe(
      'Right hand on the seat; turn to the left, brightly.',
    );
  });
});
