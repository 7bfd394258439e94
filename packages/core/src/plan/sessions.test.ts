import { describe, expect, it } from 'vitest';
import { exerciseSeconds } from '../content/duration.js';
import type { Dosage, Exercise } from '../content/types.js';
import { fakeLibrary } from './fake-library.testkit.js';
import { adjustDosage, allowedToday, fillSession, fitsPlace, isGentle, rankExercises } from './sessions.js';

const ex = (id: string) => fakeLibrary.exercises.find((e) => e.id === id) as Exercise;
const hold: Dosage = { kind: 'hold', reps: 3, holdSeconds: 20, sets: 2, sides: 'each', restSeconds: 10 };

describe('where an exercise fits', () => {
  it('gives a desk nothing lying, even one that claims a desk', () => {
    expect(fitsPlace(ex('floor-twist'), 'desk', [])).toBe(false);
    expect(fitsPlace(ex('floor-twist'), 'travelling', [])).toBe(false);
    expect(fitsPlace(ex('floor-twist'), 'home', [])).toBe(true);
    expect(fitsPlace(ex('gentle-turn'), 'desk', [])).toBe(true);
  });
  it('lets a home supply a pillow and a towel, and a desk neither', () => {
    expect(fitsPlace(ex('rest-breathe'), 'home', [])).toBe(true);
    expect(fitsPlace(ex('towel-retraction'), 'home', [])).toBe(true);
    expect(fitsPlace(ex('towel-retraction'), 'desk', [])).toBe(false);
    expect(fitsPlace(ex('towel-retraction'), 'desk', ['towel'])).toBe(true);
  });
  it('needs what nobody supplies to be brought', () => {
    expect(fitsPlace(ex('band-row'), 'home', [])).toBe(false);
    expect(fitsPlace(ex('band-row'), 'home', ['band'])).toBe(true);
    expect(fitsPlace(ex('ball-wall'), 'home', ['ball'])).toBe(true);
    expect(fitsPlace(ex('ball-wall'), 'travelling', ['ball', 'wall'])).toBe(false);
  });
  it('keeps travelling to what works anywhere, and home to home or anywhere', () => {
    const only = (settings: Exercise['settings']) => ({ ...ex('gentle-turn'), settings });
    expect(fitsPlace(only(['desk', 'home']), 'travelling', [])).toBe(false);
    expect(fitsPlace(only(['anywhere']), 'travelling', [])).toBe(true);
    expect(fitsPlace(only(['anywhere']), 'home', [])).toBe(true);
    expect(fitsPlace(only(['desk']), 'home', [])).toBe(false);
    expect(fitsPlace(only(['home', 'anywhere']), 'desk', [])).toBe(false);
  });
});

describe('the dosage step', () => {
  it('leaves the dosage as it is at step 0', () => expect(adjustDosage(hold, 'stretch', 0)).toBe(hold));
  it('eases a step back: a set and a repetition fewer, holds 5 s shorter but not under 10', () => {
    expect(adjustDosage(hold, 'stretch', -1)).toEqual({ ...hold, sets: 1, reps: 3, holdSeconds: 15 });
    expect(adjustDosage({ ...hold, reps: 5, holdSeconds: 12 }, 'stretch', -1)).toMatchObject({
      reps: 4,
      holdSeconds: 10,
    });
    expect(adjustDosage({ ...hold, holdSeconds: 8 }, 'strength', -1)).toMatchObject({
      holdSeconds: 8,
      reps: 2,
    });
    expect(adjustDosage({ ...hold, reps: 1, sets: 1 }, 'mobility', -1)).toMatchObject({ reps: 1, sets: 1 });
    const reps: Dosage = { kind: 'reps', reps: 5, secondsPerRep: 4, sets: 1, sides: 'none', restSeconds: 0 };
    expect(adjustDosage(reps, 'mobility', -1)).toEqual({ ...reps, reps: 4 });
  });
  it('steps up within CLINICAL.md’s ranges: stretches to 5 repetitions and 30 s holds', () => {
    expect(adjustDosage(hold, 'stretch', 1)).toEqual({ ...hold, reps: 4, holdSeconds: 25 });
    expect(adjustDosage(hold, 'stretch', 2)).toEqual({ ...hold, reps: 5, holdSeconds: 30 });
    expect(adjustDosage({ ...hold, reps: 5, holdSeconds: 30 }, 'stretch', 2)).toMatchObject({
      reps: 5,
      holdSeconds: 30,
    });
    expect(adjustDosage({ ...hold, reps: 5, holdSeconds: 5 }, 'strength', 2)).toMatchObject({
      reps: 7,
      holdSeconds: 10,
    });
    expect(adjustDosage({ ...hold, reps: 12, holdSeconds: 12 }, 'strength', 1)).toMatchObject({
      reps: 12,
      holdSeconds: 12,
    });
    const reps: Dosage = { kind: 'reps', reps: 5, secondsPerRep: 4, sets: 1, sides: 'none', restSeconds: 0 };
    expect(adjustDosage(reps, 'mobility', 1)).toEqual({ ...reps, reps: 6 });
  });
});

describe('what is allowed today', () => {
  it('gives no strengthening while settling or at pain 7 exactly', () => {
    expect(allowedToday(ex('settle-press'), 'settle', 3, [])).toBe(false);
    expect(allowedToday(ex('chin-tuck'), 'strengthen', 7, [])).toBe(false);
    expect(allowedToday(ex('chin-tuck'), 'strengthen', 6, [])).toBe(true);
  });
  it('at pain 7 forces no stuck movement with a stretch, but lets gentle movement ease it', () => {
    expect(allowedToday(ex('turn-stretch'), 'settle', 7, ['turn_left'])).toBe(false);
    expect(allowedToday(ex('turn-stretch'), 'settle', 6, ['turn_left'])).toBe(true);
    expect(allowedToday(ex('turn-stretch'), 'settle', 7, ['tilt_left'])).toBe(true);
    expect(allowedToday(ex('gentle-turn'), 'settle', 9, ['turn_left'])).toBe(true);
  });
});

describe('ranking and filling a session', () => {
  it('ranks the exercises for stuck movements first, then gentlest, then by id', () => {
    const ranked = rankExercises({
      exercises: fakeLibrary.exercises,
      phase: 'loosen',
      place: 'home',
      equipment: [],
      stuck: ['tilt_left'],
      painNow: 3,
    }).map((e) => e.id);
    expect(ranked).toEqual([
      'gentle-tilt',
      'ear-to-shoulder',
      'upper-trap',
      'floor-twist',
      'gentle-nod',
      'gentle-turn',
      'shoulder-rolls',
      'levator',
      'turn-stretch',
    ]);
  });
  it('keeps within the seconds, dropping to one set before leaving an exercise out', () => {
    const two = { ...ex('gentle-turn'), dosage: { ...ex('gentle-turn').dosage, sets: 2, restSeconds: 10 } };
    const oneSet = exerciseSeconds({ ...two.dosage, sets: 1 });
    expect(fillSession([two], oneSet, 0, 0).map((p) => p.dosage.sets)).toEqual([1]);
    expect(fillSession([two], exerciseSeconds(two.dosage), 0, 0).map((p) => p.dosage.sets)).toEqual([2]);
    expect(fillSession([two], oneSet - 1, 0, 0)).toEqual([]);
  });
  it('rotates with the offset and orders gentlest first', () => {
    const list = [ex('ear-to-shoulder'), ex('gentle-turn'), ex('shoulder-rolls')];
    const ids = (offset: number, budget: number) =>
      fillSession(list, budget, offset, 0).map((p) => p.exercise.id);
    const one = exerciseSeconds(ex('gentle-turn').dosage);
    expect(ids(1, one)).toEqual(['gentle-turn']);
    expect(ids(2, 10_000)).toEqual(['shoulder-rolls', 'gentle-turn', 'ear-to-shoulder']);
    expect(ids(0, 10_000)).toEqual(['gentle-turn', 'shoulder-rolls', 'ear-to-shoulder']);
  });
  it('gives a stuck movement’s stretch only after gentle work for it, in the same session', () => {
    const list = [ex('ear-to-shoulder'), ex('gentle-tilt')];
    expect(fillSession(list, 10_000, 0, 0, ['tilt_left']).map((p) => p.exercise.id)).toEqual([
      'gentle-tilt',
      'ear-to-shoulder',
    ]);
    expect(fillSession([ex('ear-to-shoulder')], 10_000, 0, 0, ['tilt_left'])).toEqual([]);
    expect(fillSession([ex('ear-to-shoulder')], 10_000, 0, 0, ['turn_left'])).toHaveLength(1);
    const tight = exerciseSeconds(ex('ear-to-shoulder').dosage);
    expect(fillSession(list, tight, 0, 0, ['tilt_left']).map((p) => p.exercise.id)).toEqual(['gentle-tilt']);
  });
  it('applies the step to every item and counts its seconds', () => {
    const [p] = fillSession([ex('ear-to-shoulder')], 10_000, 0, 1);
    expect(p?.dosage.holdSeconds).toBe(25);
    expect(p?.seconds).toBe(exerciseSeconds(p?.dosage as Dosage));
  });
});

describe('the order of a session', () => {
  it('counts rest and mobility as gentle, stretches and strength not', () => {
    expect(['rest-breathe', 'gentle-nod'].map((id) => isGentle(ex(id)))).toEqual([true, true]);
    expect(['upper-trap', 'chin-tuck'].map((id) => isGentle(ex(id)))).toEqual([false, false]);
  });

  it('runs rest, then mobility, then stretches, then strength, whatever order they were ranked in', () => {
    const ranked = ['chin-tuck', 'upper-trap', 'gentle-nod', 'rest-breathe'].map(ex);
    expect(fillSession(ranked, 100_000, 0, 0).map((p) => p.exercise.kind)).toEqual([
      'rest',
      'mobility',
      'stretch',
      'strength',
    ]);
  });

  it('keeps exercises of one kind in the rotation’s order', () => {
    const ranked = ['upper-trap', 'levator', 'ear-to-shoulder'].map(ex);
    expect(fillSession(ranked, 100_000, 1, 0).map((p) => p.exercise.id)).toEqual([
      'levator',
      'ear-to-shoulder',
      'upper-trap',
    ]);
  });

  it('ranks two exercises alike in all else by their id, so the plan never depends on the library’s order', () => {
    const twin = (id: string): Exercise => ({ ...ex('gentle-nod'), id });
    const rank = (list: Exercise[]) =>
      rankExercises({
        exercises: list,
        phase: 'loosen',
        place: 'home',
        equipment: [],
        stuck: [],
        painNow: 3,
      }).map((e) => e.id);
    expect(rank([twin('b-nod'), twin('a-nod')])).toEqual(['a-nod', 'b-nod']);
    expect(rank([twin('a-nod'), twin('b-nod')])).toEqual(['a-nod', 'b-nod']);
  });
});
