import { describe, expect, it } from 'vitest';
import { describeDosage } from './dosage.js';

describe('a dosage in words', () => {
  it('names holds, sets and sides', () => {
    expect(
      describeDosage({ kind: 'hold', reps: 3, holdSeconds: 15, sets: 2, sides: 'each', restSeconds: 10 }),
    ).toBe('3 × 15-second holds, 2 sets, each side');
    expect(describeDosage({ kind: 'reps', reps: 8, sets: 1, sides: 'none', restSeconds: 0 })).toBe(
      '8 slow repetitions',
    );
  });
});
