import { describe, expect, it } from 'vitest';
import { comfortCue, compareSides, halfwayTurnDegrees, reachesHalfwayTurn } from './compare.js';
import { cleanAngles, rejectOutliers, smooth } from './filter.js';
import { bestHeld } from './hold.js';
import { countReps, mirrored } from './reps.js';
import { towards } from './samples.js';

/** Samples every 100 ms from a list of angles. */
const every100ms = (...degrees: number[]) => degrees.map((d, i) => ({ t: i * 100, degrees: d }));
const angles = (samples: { degrees: number }[]) => samples.map((s) => s.degrees);

describe('outlier rejection', () => {
  it('drops an angle no neck reaches, where the model lost the face', () =>
    expect(angles(rejectOutliers(every100ms(10, 170, 12)))).toEqual([10, 12]));
  it('drops a one-frame jump too fast for a head, and keeps the frames after it', () =>
    expect(angles(rejectOutliers(every100ms(10, 80, 12, 14)))).toEqual([10, 12, 14]));
  it('keeps a brisk real turn of 30 degrees in 100 ms', () =>
    expect(angles(rejectOutliers(every100ms(0, 30, 60)))).toEqual([0, 30, 60]));
  it('drops frames that are not later than the last one kept', () =>
    expect(
      rejectOutliers([
        { t: 0, degrees: 1 },
        { t: 0, degrees: 2 },
        { t: 50, degrees: 3 },
      ]),
    ).toHaveLength(2));
});

describe('smoothing', () => {
  it('takes the frame-to-frame jitter out of a held position', () => {
    const held = smooth(every100ms(40, 42, 38, 42, 38, 42, 38));
    for (const s of held.slice(2)) expect(Math.abs(s.degrees - 40)).toBeLessThan(1.5);
  });
  it('follows a turn and settles on where it ends', () =>
    expect(smooth(every100ms(0, 50, 50, 50, 50, 50, 50, 50)).at(-1)?.degrees).toBeCloseTo(50, 0));
});

describe('the best held', () => {
  it('is where the person stayed for the hold, not the flick past it', () =>
    expect(bestHeld(every100ms(0, 30, 60, 48, 50, 49, 50, 20), 300)).toBe(48));
  it('is nothing when the measurement is shorter than the hold', () =>
    expect(bestHeld(every100ms(0, 40, 40), 300)).toBeNull());
  it('is the rest position when every move out was too brief', () =>
    expect(bestHeld(every100ms(0, 40, 0, 40, 0), 300)).toBe(0));
  it('holds once the hold time has passed, counting from its first sample', () =>
    expect(bestHeld(every100ms(0, 40, 40, 40, 40), 300)).toBe(40));
});

describe('rep counting', () => {
  const rule = { reach: 30, hysteresis: 8, minHoldMs: 200 };
  it('counts each turn out past the mark, held, and back', () =>
    expect(countReps(every100ms(0, 35, 35, 35, 0, 35, 35, 35, 0), rule)).toBe(2));
  it('does not count a turn that was not held', () =>
    expect(countReps(every100ms(0, 35, 0, 35, 0), rule)).toBe(0));
  it('does not count jitter at the mark as extra reps', () =>
    expect(countReps(every100ms(0, 31, 27, 31, 26, 31, 27, 0), rule)).toBe(1));
  it('counts a rep on the other side from the mirrored angles', () =>
    expect(countReps(mirrored(every100ms(0, -35, -35, -35, 0)), rule)).toBe(1));
  it('counts the rep being held as soon as its hold is done', () =>
    expect(countReps(every100ms(0, 35, 35, 35), rule)).toBe(1));
});

describe('comparing and coaching', () => {
  it('names the side that moves less when the gap is more than the camera tells apart', () => {
    expect(compareSides(60, 35)).toEqual({ left: 60, right: 35, difference: 25, lessOn: 'right' });
    expect(compareSides(30, 55).lessOn).toBe('left');
    expect(compareSides(50, 45).lessOn).toBeNull();
  });
  it('checks the halfway turn at 45 degrees', () => {
    expect(halfwayTurnDegrees).toBe(45);
    expect(reachesHalfwayTurn(45)).toBe(true);
    expect(reachesHalfwayTurn(44.9)).toBe(false);
  });
  it('asks for a little further only while short of the person’s own best', () => {
    expect(comfortCue(20, 50)).toBe('a little further');
    expect(comfortCue(45, 50)).toBe('within comfort');
    expect(comfortCue(20, null)).toBe('within comfort');
  });
  it('reads the right side as positive along the move to the right', () =>
    expect(towards('turnRight', -40)).toBe(40));
  it('cleans then smooths in one call', () =>
    expect(angles(cleanAngles(every100ms(10, 170, 10)))).toEqual([10, 10]));
});
