import type { Exercise, Library, Phase, Remedy } from '../content/types.js';

/** A small library for the engine's unit tests; the real one is checked by a run of the CLI over @crick/content. */
function exercise(
  id: string,
  kind: Exercise['kind'],
  phases: Phase[],
  extra: Partial<Exercise> = {},
): Exercise {
  return {
    id,
    name: id,
    purpose: 'test',
    phases,
    kind,
    position: 'sitting',
    settings: ['desk', 'home', 'anywhere'],
    equipment: [],
    eases: [],
    dosage:
      kind === 'strength'
        ? { kind: 'hold', reps: 5, holdSeconds: 5, sets: 1, sides: 'none', restSeconds: 10 }
        : kind === 'mobility'
          ? { kind: 'reps', reps: 5, secondsPerRep: 4, sets: 1, sides: 'each', restSeconds: 0 }
          : { kind: 'hold', reps: 3, holdSeconds: 20, sets: 1, sides: 'each', restSeconds: 10 },
    steps: ['a', 'b', 'c'],
    cues: { start: 's', end: 'e' },
    stopSymptoms: ['sharp_pain'],
    cautions: [],
    view: 'above',
    keyframes: [
      { t: 0, pose: {} },
      { t: 2, pose: { headTurn: 30 } },
    ],
    sources: ['SEED-003'],
    ...extra,
  };
}

const limits = (min: number, max: number) =>
  ({
    minMinutes: min,
    maxMinutes: max,
    hardMaxMinutes: 20,
    minGapMinutes: 60,
    notWhileAsleep: true,
    needsBarrier: true,
  }) as const;

const remedy = (id: string, kind: Remedy['kind'], min: number, max: number): Remedy => ({
  id,
  kind,
  name: id,
  summary: '',
  bestFor: '',
  steps: ['a', 'b', 'c'],
  cautions: [],
  skipIf: [],
  limits: limits(min, max),
  equipment: [],
  sources: ['SEED-002'],
});

export const fakeLibrary: Pick<Library, 'exercises' | 'remedies' | 'habits' | 'causes'> = {
  exercises: [
    exercise('rest-breathe', 'rest', ['settle'], {
      position: 'lying',
      settings: ['home'],
      equipment: ['pillow'],
    }),
    exercise('gentle-tilt', 'mobility', ['settle', 'loosen'], { eases: ['tilt_left', 'tilt_right'] }),
    // The next ones exist to prove the gates: the real library tags no strength
    // exercise for settling, no stretch for it, and no lying one for a desk.
    exercise('settle-press', 'strength', ['settle', 'strengthen'], { eases: ['turn_left', 'turn_right'] }),
    exercise('turn-stretch', 'stretch', ['settle', 'loosen'], { eases: ['turn_left', 'turn_right'] }),
    exercise('floor-twist', 'mobility', ['loosen'], {
      position: 'lying',
      settings: ['desk', 'home', 'anywhere'],
      eases: ['turn_left'],
    }),
    exercise('towel-retraction', 'strength', ['strengthen', 'prevent'], {
      equipment: ['towel'],
      settings: ['desk', 'home'],
    }),
    exercise('gentle-turn', 'mobility', ['settle', 'loosen'], { eases: ['turn_left', 'turn_right'] }),
    exercise('gentle-nod', 'mobility', ['settle', 'loosen', 'prevent'], { eases: ['look_up', 'look_down'] }),
    exercise('shoulder-rolls', 'mobility', ['settle', 'loosen', 'prevent']),
    exercise('ear-to-shoulder', 'stretch', ['loosen', 'strengthen', 'prevent'], {
      eases: ['tilt_left', 'tilt_right'],
    }),
    exercise('upper-trap', 'stretch', ['loosen', 'strengthen'], { eases: ['tilt_left', 'tilt_right'] }),
    exercise('levator', 'stretch', ['loosen', 'strengthen'], {
      eases: ['look_down', 'turn_left', 'turn_right'],
    }),
    exercise('chin-tuck', 'strength', ['strengthen', 'prevent']),
    exercise('isometric-side', 'strength', ['strengthen', 'prevent']),
    exercise('band-row', 'strength', ['strengthen', 'prevent'], { equipment: ['band'] }),
    exercise('ball-wall', 'strength', ['strengthen'], {
      equipment: ['ball', 'wall'],
      position: 'standing',
      settings: ['home'],
    }),
  ],
  remedies: [
    remedy('cold-pack', 'cold', 10, 15),
    remedy('heat-dry', 'heat', 15, 20),
    remedy('heat-moist', 'heat', 15, 20),
  ],
  habits: [
    {
      id: 'micro-breaks',
      name: 'Micro-breaks',
      why: '',
      how: ['a'],
      reminder: { kind: 'interval', everyMinutes: 30 },
      sources: ['SEED-000'],
    },
    { id: 'screen-height', name: 'Screen height', why: '', how: ['a'], sources: ['SEED-000'] },
  ],
  causes: [
    {
      id: 'posture',
      name: 'Posture',
      question: '?',
      explanation: '',
      habits: ['screen-height', 'micro-breaks'],
      sources: ['SEED-000'],
    },
  ],
};
