import { exerciseSeconds, figureViews, movements, phases } from '@crick/core';
import { describe, expect, it } from 'vitest';
import {
  coverage,
  doableAt,
  dosageInRange,
  exerciseIsComplete,
  exerciseRepetitionSeconds,
  figureViewFits,
  keyframesPlausible,
  MAX_STEP_CHARS,
  stepsAreShort,
} from '../check.js';
import { library } from '../index.js';
import { exercises, seedExerciseIds } from './index.js';

describe('exercises', () => {
  it('number at least 20 and include the seven from the seed articles', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(20);
    const ids = exercises.map((e) => e.id);
    expect(seedExerciseIds).toHaveLength(7);
    for (const id of seedExerciseIds) expect(ids, id).toContain(id);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s has 3-6 short steps', (_id, e) => {
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.steps.length).toBeLessThanOrEqual(6);
    for (const step of e.steps) expect(step.length).toBeLessThanOrEqual(MAX_STEP_CHARS);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s has a dosage in the reconciled ranges', (_id, e) => {
    expect(dosageInRange(e)).toEqual([]);
    expect(exerciseSeconds(e.dosage)).toBeGreaterThan(0);
  });

  it.each(exercises.map((e) => [e.id, e] as const))(
    '%s animates one repetition from a neutral start',
    (_id, e) => {
      expect(keyframesPlausible(e)).toEqual([]);
      const last = e.keyframes[e.keyframes.length - 1];
      expect(Math.abs((last?.t ?? -99) - (exerciseRepetitionSeconds(e) ?? 0))).toBeLessThanOrEqual(1);
    },
  );

  it.each(exercises.map((e) => [e.id, e] as const))(
    '%s is drawn from the view that shows its movement',
    (_id, e) => {
      expect(figureViews).toContain(e.view);
      expect(figureViewFits(e)).toEqual([]);
    },
  );

  it('the view check flags a tilt drawn from the side, a turn from the front and a missing view', () => {
    const tilt = exercises.find((e) => e.id === 'ear-to-shoulder');
    const turn = exercises.find((e) => e.id === 'active-rotation');
    if (!tilt || !turn) throw new Error('missing exercise');
    expect(figureViewFits({ ...tilt, view: 'side' }).join('\n')).toMatch(/shows from front/);
    expect(figureViewFits({ ...turn, view: 'front' }).join('\n')).toMatch(/shows from above/);
    expect(figureViewFits({ ...turn, view: undefined as never })).toEqual([
      'exercise active-rotation: no figure view',
    ]);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s has cues, stop symptoms and cautions', (_id, e) => {
    expect(exerciseIsComplete(e)).toEqual([]);
  });

  it('hold stretches for 10-30 s, 3-5 times', () => {
    const stretches = exercises.filter((e) => e.kind === 'stretch');
    expect(stretches.length).toBeGreaterThanOrEqual(5);
    for (const s of stretches) {
      expect(s.dosage.holdSeconds).toBeGreaterThanOrEqual(10);
      expect(s.dosage.holdSeconds).toBeLessThanOrEqual(30);
      expect(s.dosage.reps).toBeGreaterThanOrEqual(3);
      expect(s.dosage.reps).toBeLessThanOrEqual(5);
    }
  });

  it('stop every neck movement on sharp pain, spreading arm pain, tingling and dizziness', () => {
    for (const e of exercises.filter((x) => x.kind !== 'rest')) {
      expect(e.stopSymptoms, e.id).toEqual(
        expect.arrayContaining(['sharp_pain', 'arm_pain_spreading', 'tingling', 'dizziness']),
      );
    }
  });

  it('offer at least two desk and two home exercises for every phase and stuck movement', () => {
    expect(coverage(library)).toEqual([]);
    for (const place of ['desk', 'home'] as const) {
      const here = exercises.filter((e) => doableAt(e, place));
      for (const phase of phases) {
        expect(
          here.filter((e) => e.phases.includes(phase)).length,
          `${phase} ${place}`,
        ).toBeGreaterThanOrEqual(2);
      }
      for (const m of movements) {
        expect(here.filter((e) => e.eases.includes(m)).length, `${m} ${place}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('the coverage check flags a stuck movement with too few desk exercises', () => {
    const broken = {
      ...library,
      exercises: exercises.filter((e) => !e.eases.includes('look_up') || e.position === 'lying'),
    };
    expect(coverage(broken).join('\n')).toMatch(/movement look_up: 0 exercises for desk/);
  });

  it('never put a lying exercise at a desk', () => {
    for (const e of exercises.filter((x) => x.position === 'lying')) expect(e.settings).not.toContain('desk');
  });

  it('keep strengthening out of the settle phase', () => {
    for (const e of exercises.filter((x) => x.phases.includes('settle'))) {
      expect(e.kind === 'strength', e.id).toBe(false);
    }
  });

  it('write one-sided exercises for the right side, which the player mirrors', () => {
    for (const e of exercises.filter((x) => x.dosage.sides === 'each')) {
      const turns = e.keyframes.flatMap((k) => [k.pose.headTurn ?? 0, k.pose.headTilt ?? 0]);
      expect(Math.min(...turns), e.id).toBeGreaterThanOrEqual(-15);
      expect(e.cues.switchSides, e.id).toBeTruthy();
    }
  });

  it('explain in a note where a seed version was changed', () => {
    for (const id of [
      'ear-to-shoulder',
      'clasped-hands-neck-stretch',
      'ostrich-glide',
      'head-rotation-with-resistance',
    ]) {
      expect(exercises.find((e) => e.id === id)?.note, id).toMatch(/seed/i);
    }
  });

  it('the step check flags a long step', () => {
    const long = 'x'.repeat(MAX_STEP_CHARS + 1);
    const broken = {
      ...library,
      exercises: exercises.map((e, i) => (i === 0 ? { ...e, steps: [...e.steps.slice(0, 3), long] } : e)),
    };
    expect(stepsAreShort(broken).join('\n')).toMatch(/step over/);
  });

  it('the dosage check flags a stretch held too long', () => {
    const stretch = exercises.find((e) => e.kind === 'stretch');
    if (!stretch) throw new Error('no stretch');
    expect(dosageInRange({ ...stretch, dosage: { ...stretch.dosage, holdSeconds: 60 } })).not.toEqual([]);
  });

  it('the keyframe check flags an impossible head turn and a wrong length', () => {
    const e = exercises[0];
    if (!e) throw new Error('no exercise');
    const frames = [...e.keyframes];
    frames.splice(1, 0, { t: 0.5, pose: { headTurn: 170 } });
    expect(keyframesPlausible({ ...e, keyframes: frames }).join('\n')).toMatch(/headTurn 170/);
    const stretched = e.keyframes.map((k) => ({ ...k, t: k.t * 3 }));
    expect(keyframesPlausible({ ...e, keyframes: stretched }).join('\n')).toMatch(/one repetition is/);
  });
});
