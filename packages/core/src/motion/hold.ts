import type { AngleSample } from './samples.js';

/**
 * The furthest angle towards the positive side that was held for at least `holdMs`:
 * the largest value the angle stayed at or beyond for that long. A flick past a
 * point does not count; a held position does, so the best is what the person can
 * reach and keep, not a wobble of the model. Null when nothing was held that long.
 */
export function bestHeld(samples: readonly AngleSample[], holdMs: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < samples.length; i++) {
    const start = samples[i] as AngleSample;
    let lowest = start.degrees;
    for (let j = i; j < samples.length; j++) {
      const s = samples[j] as AngleSample;
      lowest = Math.min(lowest, s.degrees);
      if (best !== null && lowest <= best) break;
      if (s.t - start.t >= holdMs) {
        if (best === null || lowest > best) best = lowest;
        break;
      }
    }
  }
  return best;
}
