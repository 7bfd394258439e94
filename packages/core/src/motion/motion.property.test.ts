import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property.testkit.js';
import { comfortCue } from './compare.js';
import { defaultOutlierLimits, rejectOutliers, smooth } from './filter.js';
import { bestHeld } from './hold.js';
import { countReps } from './reps.js';
import type { AngleSample } from './samples.js';

/** A frame stream: increasing times 10-200 ms apart, angles anywhere a model might say. */
const stream = fc
  .array(fc.tuple(fc.integer({ min: 10, max: 200 }), fc.double({ min: -180, max: 180, noNaN: true })), {
    maxLength: 60,
  })
  .map((steps) => {
    let t = 0;
    return steps.map(([dt, degrees]) => {
      t += dt;
      return { t, degrees };
    });
  });

/** n reps: out to a reach past the mark, held `hold` ms, back to rest, each with some jitter below the hysteresis. */
const repsSignal = (n: number, out: number, hold: number, jitter: number[]) => {
  const samples: AngleSample[] = [];
  let t = 0;
  const add = (degrees: number) => {
    samples.push({ t, degrees });
    t += 50;
  };
  for (let r = 0; r < n; r++) {
    add(0);
    for (let h = 0; h <= hold; h += 50) add(out + (jitter[(r + h) % jitter.length] ?? 0));
    add(0);
  }
  return samples;
};

describe('motion properties', () => {
  it('outlier rejection keeps only possible angles, in order, at a head’s speed', () =>
    fc.assert(
      fc.property(stream, (samples) => {
        const kept = rejectOutliers(samples);
        for (const s of kept)
          expect(Math.abs(s.degrees)).toBeLessThanOrEqual(defaultOutlierLimits.maxDegrees);
        for (let i = 1; i < kept.length; i++) {
          const [a, b] = [kept[i - 1] as AngleSample, kept[i] as AngleSample];
          expect(b.t).toBeGreaterThan(a.t);
          const speed = Math.abs(b.degrees - a.degrees) / ((b.t - a.t) / 1000);
          expect(speed).toBeLessThanOrEqual(defaultOutlierLimits.maxDegreesPerSecond);
        }
        expect(rejectOutliers(kept)).toEqual(kept);
      }),
      runs(500),
    ));

  it('smoothing never goes outside the angles it was given', () =>
    fc.assert(
      fc.property(stream, (samples) => {
        const out = smooth(samples);
        expect(out).toHaveLength(samples.length);
        if (samples.length === 0) return;
        const ds = samples.map((s) => s.degrees);
        for (const s of out) {
          expect(s.degrees).toBeGreaterThanOrEqual(Math.min(...ds) - 1e-9);
          expect(s.degrees).toBeLessThanOrEqual(Math.max(...ds) + 1e-9);
        }
      }),
      runs(500),
    ));

  it('the best held is an angle that was reached, and the whole stream was at or past it for the hold', () =>
    fc.assert(
      fc.property(stream, fc.integer({ min: 0, max: 1000 }), (samples, holdMs) => {
        const best = bestHeld(samples, holdMs);
        if (best === null) return;
        expect(samples.some((s) => s.degrees === best)).toBe(true);
        const held = samples.some((start, i) => {
          const end = samples.findIndex((s, j) => j >= i && s.t - start.t >= holdMs);
          return end >= 0 && samples.slice(i, end + 1).every((s) => s.degrees >= best);
        });
        expect(held).toBe(true);
        // Nothing further was held: raising the bar by a hair finds no such stretch.
        const higher = samples.some((start, i) => {
          const end = samples.findIndex((s, j) => j >= i && s.t - start.t >= holdMs);
          return end >= 0 && samples.slice(i, end + 1).every((s) => s.degrees > best);
        });
        expect(higher).toBe(false);
      }),
      runs(300),
    ));

  it('counts exactly the reps made, whatever the jitter inside the hysteresis (hold 100-1000 ms)', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 200, max: 1000 }),
        fc.array(fc.double({ min: -7.9, max: 7.9, noNaN: true }), { minLength: 1, maxLength: 7 }),
        (n, beyond, hold, jitter) => {
          const rule = { reach: 30, hysteresis: 8, minHoldMs: 200 };
          // The first sample out is at the mark or past it, so each rep starts cleanly.
          const samples = repsSignal(n, rule.reach + 8 + beyond, hold, jitter);
          expect(countReps(samples, rule)).toBe(n);
          // The same reps held for less than the minimum are not reps at all.
          expect(countReps(samples, { ...rule, minHoldMs: hold + 100 })).toBe(0);
        },
      ),
      runs(300),
    ));

  it('never counts more reps than times the angle went out past the mark', () =>
    fc.assert(
      fc.property(stream, (samples) => {
        const rule = { reach: 30, hysteresis: 8, minHoldMs: 200 };
        let crossings = 0;
        let below = true;
        for (const s of samples) {
          if (below && s.degrees >= rule.reach) crossings++;
          below = s.degrees < rule.reach;
        }
        expect(countReps(samples, rule)).toBeLessThanOrEqual(crossings);
      }),
      runs(500),
    ));

  it('never asks for more than the person’s own best', () =>
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (degrees, best) => {
          if (degrees >= best) expect(comfortCue(degrees, best)).toBe('within comfort');
        },
      ),
      runs(1000),
    ));
});
