import { type Dosage, exerciseSeconds, REST_BETWEEN_REPS_SECONDS, setSeconds } from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backTarget, buildScript, positionAt, READY_MS, skipTarget } from './session-script.js';

const hold: Dosage = { kind: 'hold', reps: 3, holdSeconds: 10, sets: 2, sides: 'each', restSeconds: 15 };
const reps: Dosage = { kind: 'reps', reps: 5, secondsPerRep: 4, sets: 1, sides: 'none', restSeconds: 0 };

describe('a session script', () => {
  it('lays out ready, reps, rests and sides in order', () => {
    const script = buildScript([{ exerciseId: 'a', dosage: hold }]);
    const kinds = script.segments.map((s) => `${s.kind}${s.side ? `:${s.side}` : ''}`);
    expect(kinds.slice(0, 6)).toEqual([
      'ready:left',
      'work:left',
      'work:left',
      'work:left',
      'rest:left',
      'work:left',
    ]);
    expect(script.segments.filter((s) => s.kind === 'work')).toHaveLength(3 * 2 * 2);
    expect(script.segments.find((s) => s.switchSides)?.side).toBe('right');
    // 2 sides x (ready + 2 sets + one 15 s rest between them)
    expect(script.totalMs).toBe(2 * (READY_MS + 2 * setSeconds(hold) * 1000 + 15_000));
  });

  it('ends each repetition but the last of a set with a breath before the next', () => {
    const script = buildScript([{ exerciseId: 'a', dosage: hold }]);
    const firstSet = script.segments.filter((s) => s.kind === 'work' && s.side === 'left' && s.set === 1);
    expect(firstSet.map((s) => s.restMs ?? 0)).toEqual([
      REST_BETWEEN_REPS_SECONDS * 1000,
      REST_BETWEEN_REPS_SECONDS * 1000,
      0,
    ]);
    const paced = buildScript([{ exerciseId: 'b', dosage: reps }]).segments;
    expect(paced.filter((s) => s.restMs)).toEqual([]);
  });

  it("plays a clinician's one side only, as that side, in the time the plan counted", () => {
    const oneSide: Dosage = { ...hold, sides: 'none' };
    const script = buildScript([{ exerciseId: 'a', dosage: oneSide, side: 'right' }]);
    expect(new Set(script.segments.map((s) => s.side))).toEqual(new Set(['right']));
    expect(script.segments.some((s) => s.switchSides)).toBe(false);
    expect(script.totalMs).toBe(exerciseSeconds(oneSide) * 1000);
  });

  it('plays exactly the seconds the plan counted for each exercise', () => {
    const dosage = fc.record({
      kind: fc.constantFrom('hold', 'reps'),
      reps: fc.integer({ min: 1, max: 10 }),
      holdSeconds: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
      secondsPerRep: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
      sets: fc.integer({ min: 1, max: 3 }),
      sides: fc.constantFrom('each', 'none'),
      restSeconds: fc.integer({ min: 0, max: 30 }),
    }) as fc.Arbitrary<Dosage>;
    fc.assert(
      fc.property(fc.array(dosage, { minLength: 1, maxLength: 5 }), (list) => {
        const script = buildScript(list.map((d, i) => ({ exerciseId: `e${i}`, dosage: d })));
        expect(script.totalMs).toBe(list.reduce((t, d) => t + exerciseSeconds(d) * 1000, 0));
      }),
      runs(300),
    );
  });

  it('finds the segment for any elapsed time, and is done at the end', () => {
    const script = buildScript([
      { exerciseId: 'a', dosage: hold },
      { exerciseId: 'b', dosage: reps },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: script.totalMs - 1 }), (t) => {
        const p = positionAt(script, t);
        expect(p.done).toBe(false);
        expect(p.intoMs).toBeGreaterThanOrEqual(0);
        expect(p.intoMs).toBeLessThan(p.segment?.ms ?? 0);
      }),
      runs(100),
    );
    expect(positionAt(script, script.totalMs).done).toBe(true);
  });

  it('skips to the next exercise and goes back to the start of this one', () => {
    const script = buildScript([
      { exerciseId: 'a', dosage: hold },
      { exerciseId: 'b', dosage: reps },
    ]);
    const secondStart = script.segments[script.itemStarts[1] ?? 0]?.startMs ?? -1;
    expect(skipTarget(script, 5000)).toBe(secondStart);
    expect(positionAt(script, skipTarget(script, 5000)).segment?.item).toBe(1);
    expect(skipTarget(script, secondStart + 100)).toBe(script.totalMs);
    expect(backTarget(script, secondStart + 10_000)).toBe(secondStart);
    expect(backTarget(script, secondStart + 500)).toBe(0);
  });
});
