import { type Dosage, READY_SECONDS, repetitionSeconds, restAfterRepetitionSeconds } from '@crick/core';

/**
 * A guided session as a flat list of timed segments, and a pure lookup of where
 * a given elapsed time falls. The player only keeps a start timestamp and the
 * paused time, so a locked screen or a slow frame never makes the timer drift.
 */
export type Side = 'left' | 'right' | null;

export interface SessionItemInput {
  readonly exerciseId: string;
  readonly dosage: Dosage;
  /** A clinician's one side only (the plan then gives `sides: 'none'`): played, said and drawn as that side. */
  readonly side?: 'left' | 'right';
}

export interface Segment {
  readonly kind: 'ready' | 'work' | 'rest';
  readonly item: number;
  readonly side: Side;
  readonly set: number;
  readonly rep: number;
  readonly startMs: number;
  readonly ms: number;
  /** The first segment after switching sides. */
  readonly switchSides?: boolean;
  /** A repetition's breath before the next one, at the end of its segment (the "Rest" phase). */
  readonly restMs?: number;
}

export interface Script {
  readonly segments: readonly Segment[];
  readonly totalMs: number;
  /** Index of each item's first segment, for skip and back. */
  readonly itemStarts: readonly number[];
}

/** The get-ready before each side, as the core's `exerciseSeconds` counts it. */
export const READY_MS = READY_SECONDS * 1000;

/** Time one repetition takes, from the core, so the player plays the minutes the plan gave. */
export const repMs = (d: Dosage): number => 1000 * repetitionSeconds(d);

export function buildScript(items: readonly SessionItemInput[]): Script {
  const segments: Segment[] = [];
  const itemStarts: number[] = [];
  let t = 0;
  const push = (s: Omit<Segment, 'startMs'>) => {
    segments.push({ ...s, startMs: t });
    t += s.ms;
  };
  items.forEach(({ dosage, side: only }, item) => {
    itemStarts.push(segments.length);
    const sides: Side[] = only ? [only] : dosage.sides === 'each' ? ['left', 'right'] : [null];
    sides.forEach((side, sideIndex) => {
      push({
        kind: 'ready',
        item,
        side,
        set: 1,
        rep: 1,
        ms: READY_MS,
        ...(sideIndex > 0 ? { switchSides: true } : {}),
      });
      for (let set = 1; set <= dosage.sets; set++) {
        for (let rep = 1; rep <= dosage.reps; rep++) {
          const restMs = 1000 * restAfterRepetitionSeconds(dosage, rep);
          push({
            kind: 'work',
            item,
            side,
            set,
            rep,
            ms: repMs(dosage) + restMs,
            ...(restMs ? { restMs } : {}),
          });
        }
        if (set < dosage.sets && dosage.restSeconds > 0)
          push({ kind: 'rest', item, side, set, rep: dosage.reps, ms: dosage.restSeconds * 1000 });
      }
    });
  });
  return { segments, totalMs: t, itemStarts };
}

export interface Position {
  readonly index: number;
  readonly segment: Segment | undefined;
  /** Milliseconds into the segment. */
  readonly intoMs: number;
  readonly done: boolean;
}

export function positionAt(script: Script, elapsedMs: number): Position {
  if (elapsedMs >= script.totalMs || script.segments.length === 0)
    return { index: script.segments.length, segment: undefined, intoMs: 0, done: true };
  // Binary search: sessions have a few hundred segments at most, but frames come often.
  let lo = 0;
  let hi = script.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((script.segments[mid] as Segment).startMs <= Math.max(0, elapsedMs)) lo = mid;
    else hi = mid - 1;
  }
  const segment = script.segments[lo] as Segment;
  return { index: lo, segment, intoMs: Math.max(0, elapsedMs) - segment.startMs, done: false };
}

/** Elapsed time at the start of the next exercise (skip). */
export function skipTarget(script: Script, elapsedMs: number): number {
  const { segment } = positionAt(script, elapsedMs);
  if (!segment) return script.totalMs;
  const next = script.itemStarts[segment.item + 1];
  return next === undefined ? script.totalMs : (script.segments[next] as Segment).startMs;
}

/** Elapsed time for "back": the start of this exercise, or the one before if just begun. */
export function backTarget(script: Script, elapsedMs: number): number {
  const { segment } = positionAt(script, Math.min(elapsedMs, script.totalMs - 1));
  if (!segment) return 0;
  const here = (script.segments[script.itemStarts[segment.item] as number] as Segment).startMs;
  if (elapsedMs - here > 2000 || segment.item === 0) return here;
  return (script.segments[script.itemStarts[segment.item - 1] as number] as Segment).startMs;
}
