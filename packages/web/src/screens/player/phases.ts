import type { Dosage, Exercise, Keyframe } from '@crick/core';
import { repMs, type Segment } from './session-script.js';

/**
 * The phases of one repetition, read from the exercise's keyframes: moving into
 * a pose ("Turn"), holding it still ("Hold"), and coming back ("Back to centre"),
 * then, between two holds of a set, a breath ("Rest") in the start pose.
 * The keyframes are stretched to the repetition's time from the core's one
 * duration rule, so what the player says is what the figure is doing.
 */
export interface RepPhase {
  readonly kind: 'move' | 'hold' | 'return' | 'rest';
  /** What is shown and said: the keyframe's own name for the movement. */
  readonly word: string;
  readonly startMs: number;
  readonly ms: number;
  /** The step (an index into the exercise's steps) that says how to do this part. */
  readonly step: number;
}

const samePose = (a: Keyframe, b: Keyframe) => JSON.stringify(a.pose) === JSON.stringify(b.pose);
/** The step that says to hold ("Hold still...", "Hold, then relax"), not one that holds a thing ("Hold the seat"). */
const holdStep = (steps: readonly string[]) =>
  steps.findIndex((s) => /\bhold(,| still| for| where|$)/i.test(s));

/** The spoken and shown word for the breath between two holds: short, for a person with their head turned. */
export const REST_WORD = 'Rest';

/** The phases of one repetition, with `restMs` of rest after it (the script's `restMs` of its segment). */
export function repetitionPhases(exercise: Exercise, dosage: Dosage, restMs = 0): readonly RepPhase[] {
  const frames = exercise.keyframes;
  const last = frames.at(-1)?.t ?? 0;
  if (frames.length < 2 || last <= 0) return [];
  const scale = repMs(dosage) / last;
  const steps = exercise.steps.length;
  const lastStep = Math.max(0, steps - 1);
  const phases: RepPhase[] = [];
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1] as Keyframe;
    const b = frames[i] as Keyframe;
    const startMs = Math.round(a.t * scale);
    const ms = Math.round(b.t * scale) - startMs;
    // Steps are written in order: the first says how to sit or stand, then one for
    // each part of the movement; a keyframe names its step where that order does not hold.
    const next = Math.min((phases.at(-1)?.step ?? 0) + 1, lastStep);
    if (i === frames.length - 1) {
      // The last part goes back to the start pose, whatever it is called.
      phases.push({
        kind: 'return',
        word: b.label ?? 'Back to centre',
        startMs,
        ms,
        step: b.step ?? lastStep,
      });
    } else if (samePose(a, b)) {
      const hold = holdStep(exercise.steps);
      const step = b.step ?? (hold >= 0 ? hold : Math.min(next, Math.max(0, lastStep - 1)));
      phases.push({ kind: 'hold', word: 'Hold', startMs, ms, step });
    } else {
      phases.push({ kind: 'move', word: b.label ?? 'Move', startMs, ms, step: b.step ?? next });
    }
  }
  const end = phases.at(-1);
  if (end && restMs > 0)
    // The figure is back in its start pose; the step stays the one that brought it there.
    phases.push({ kind: 'rest', word: REST_WORD, startMs: end.startMs + end.ms, ms: restMs, step: end.step });
  return phases;
}

/** The phase at `intoMs` into the repetition, and the whole seconds left in it. */
export function phaseAt(
  phases: readonly RepPhase[],
  intoMs: number,
): { phase: RepPhase; index: number; secondsLeft: number } | undefined {
  const index = phases.findLastIndex((p) => p.startMs <= intoMs);
  const phase = phases[Math.max(0, index)];
  if (!phase) return undefined;
  const secondsLeft = Math.max(0, Math.ceil((phase.startMs + phase.ms - intoMs) / 1000));
  return { phase, index: Math.max(0, index), secondsLeft };
}

/** Holds this long or longer count their seconds aloud ("Hold 5", "4", "3"...); shorter ones just say "Hold". */
export const COUNTED_HOLD_MS = 3000;
/** The last seconds of a hold that are counted aloud. */
export const COUNT_FROM = 5;

/** What is said when a second of a hold begins, or null for a silent second. */
export function holdWords(phase: RepPhase, secondsLeft: number, first: boolean): string | null {
  const counted = phase.ms >= COUNTED_HOLD_MS && secondsLeft <= COUNT_FROM && secondsLeft > 0;
  if (first) return counted ? `Hold ${secondsLeft}` : 'Hold';
  return counted ? String(secondsLeft) : null;
}

/** Which phase and which second of it the person last heard about. */
export interface CueState {
  readonly phase: number;
  readonly second: number;
}
export const noCueYet: CueState = { phase: -1, second: -1 };

/**
 * What to say as time passes in a repetition: a phase's word as it begins
 * ("Turn", "Hold 5", "Back to centre"), then a hold's count each second. Pure:
 * the player calls it every frame with what it said last.
 */
export function repetitionCue(
  phases: readonly RepPhase[],
  intoMs: number,
  last: CueState,
): { state: CueState; words: string | null; begins: boolean; phase: RepPhase | undefined } {
  const at = phaseAt(phases, intoMs);
  if (!at) return { state: last, words: null, begins: false, phase: undefined };
  const state = { phase: at.index, second: at.secondsLeft };
  const begins = at.index !== last.phase;
  if (at.phase.kind === 'hold') {
    const tick = begins || at.secondsLeft !== last.second;
    return {
      state,
      words: tick ? holdWords(at.phase, at.secondsLeft, begins) : null,
      begins,
      phase: at.phase,
    };
  }
  return { state, words: begins ? at.phase.word : null, begins, phase: at.phase };
}

/**
 * The phases for each work segment of a script: its item's repetition, ending in
 * a breath when the script gives the segment one (`restMs`). Each item's phases
 * are worked out once, not every frame.
 */
export function segmentPhases(
  exercises: readonly (Exercise | undefined)[],
  dosages: readonly Dosage[],
): (segment: Segment) => readonly RepPhase[] {
  const known = new Map<string, readonly RepPhase[]>();
  return (segment) => {
    const key = `${segment.item}:${segment.restMs ?? 0}`;
    const found = known.get(key);
    if (found) return found;
    const ex = exercises[segment.item];
    const dosage = dosages[segment.item];
    const phases = ex && dosage ? repetitionPhases(ex, dosage, segment.restMs) : [];
    known.set(key, phases);
    return phases;
  };
}
