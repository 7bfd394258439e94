import { describe, expect, it } from 'vitest';
import {
  exerciseSeconds,
  MOVE_SECONDS,
  READY_SECONDS,
  REST_BETWEEN_REPS_SECONDS,
  repetitionSeconds,
  restAfterRepetitionSeconds,
  setSeconds,
  sideSeconds,
} from './duration.js';
import type { Dosage } from './types.js';

const held: Dosage = { kind: 'hold', reps: 3, holdSeconds: 10, sets: 2, sides: 'each', restSeconds: 15 };
const paced: Dosage = { kind: 'reps', reps: 5, secondsPerRep: 4, sets: 1, sides: 'none', restSeconds: 0 };

describe('how long an exercise takes', () => {
  it('rests a breath between the holds of a set, and not after its last hold', () => {
    expect([1, 2, 3].map((rep) => restAfterRepetitionSeconds(held, rep))).toEqual([
      REST_BETWEEN_REPS_SECONDS,
      REST_BETWEEN_REPS_SECONDS,
      0,
    ]);
  });

  it('does not rest between paced repetitions, which flow one into the next', () => {
    expect([1, 2, 3, 4, 5].map((rep) => restAfterRepetitionSeconds(paced, rep))).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts a set as its repetitions and the rests between them', () => {
    expect(repetitionSeconds(held)).toBe(10 + MOVE_SECONDS);
    expect(setSeconds(held)).toBe(3 * (10 + MOVE_SECONDS) + 2 * REST_BETWEEN_REPS_SECONDS);
    expect(setSeconds(paced)).toBe(5 * 4);
  });

  it('counts each side as get ready, the sets and the rests between sets', () => {
    expect(sideSeconds(held)).toBe(READY_SECONDS + 2 * setSeconds(held) + 15);
    expect(exerciseSeconds(held)).toBe(2 * sideSeconds(held));
    expect(exerciseSeconds(paced)).toBe(READY_SECONDS + 20);
  });

  it('a single hold has nothing to rest between', () => {
    expect(setSeconds({ ...held, reps: 1 })).toBe(repetitionSeconds(held));
  });
});
