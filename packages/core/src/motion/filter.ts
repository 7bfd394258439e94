import type { AngleSample } from './samples.js';

export interface OutlierLimits {
  /** No neck gets past this; a bigger angle is the model losing the face. */
  maxDegrees: number;
  /**
   * Faster than a head turns (a brisk turn is a few hundred degrees a second):
   * a one-frame jump of 40 degrees is a misfit, not a movement.
   */
  maxDegreesPerSecond: number;
}

export const defaultOutlierLimits: OutlierLimits = { maxDegrees: 100, maxDegreesPerSecond: 600 };

/**
 * Drops the samples a pose model gets wrong now and then: impossible angles, and
 * jumps too fast for a head from the last sample kept. Comparing with the last kept
 * sample (not the last seen) means one bad frame cannot drag the next good ones out.
 */
export function rejectOutliers(
  samples: readonly AngleSample[],
  limits: OutlierLimits = defaultOutlierLimits,
): AngleSample[] {
  const kept: AngleSample[] = [];
  for (const s of samples) {
    if (!Number.isFinite(s.degrees) || Math.abs(s.degrees) > limits.maxDegrees) continue;
    const last = kept.at(-1);
    if (last && s.t > last.t) {
      const speed = Math.abs(s.degrees - last.degrees) / ((s.t - last.t) / 1000);
      if (speed > limits.maxDegreesPerSecond) continue;
    } else if (last && s.t <= last.t) continue;
    kept.push(s);
  }
  return kept;
}

/**
 * Exponential smoothing with a time constant, so that the result does not depend on
 * the frame rate (a slow phone gives fewer frames; each one then weighs more).
 * The jitter of a pose model is a degree or two frame to frame; 150 ms takes it out
 * and still follows a turn within a fraction of a second.
 */
export function smooth(samples: readonly AngleSample[], timeConstantMs = 150): AngleSample[] {
  const out: AngleSample[] = [];
  for (const s of samples) {
    const last = out.at(-1);
    if (!last || timeConstantMs <= 0) {
      out.push({ t: s.t, degrees: s.degrees });
      continue;
    }
    const alpha = 1 - Math.exp(-(s.t - last.t) / timeConstantMs);
    out.push({ t: s.t, degrees: last.degrees + alpha * (s.degrees - last.degrees) });
  }
  return out;
}

/** The filter chain the screens use: outliers out, then smoothing. */
export const cleanAngles = (samples: readonly AngleSample[]): AngleSample[] =>
  smooth(rejectOutliers(samples));
