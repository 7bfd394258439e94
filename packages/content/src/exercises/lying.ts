import type { Exercise, Pose, StopSymptom } from '@crick/core';
import { exerciseGuidance, MOVE_IN, MOVE_OUT, neckStops, outAndBackFrames, withinComfort } from './frames.js';

// Lying down takes the weight of the head off the neck: the gentlest place to
// move in the settle phase. Never offered at a desk.

/** On the back, head on a pillow, hands resting on the tummy. */
const lyingStart: Pose = {
  headTurn: 0,
  headTilt: 0,
  headNod: 0,
  headGlide: 0,
  armLeft: { shoulderFlex: 20, elbow: 90, hand: 'lap' },
  armRight: { shoulderFlex: 20, elbow: 90, hand: 'lap' },
};

const restStops: readonly StopSymptom[] = [
  'arm_pain_spreading',
  'tingling',
  'dizziness',
  'feeling_faint',
  'pain_much_worse',
];

export const restAndBreathe: Exercise = {
  id: 'lying-rest-and-breathe',
  name: 'Lie back and breathe',
  purpose: 'Rests the neck with its weight supported while slow breathing helps the muscles let go.',
  phases: ['settle'],
  kind: 'rest',
  position: 'lying',
  settings: ['home'],
  equipment: ['pillow'],
  eases: [],
  dosage: { kind: 'reps', reps: 6, secondsPerRep: 10, sets: 1, sides: 'none', restSeconds: 0 },
  steps: [
    'Lie on your back with a pillow under your head.',
    'Put a pillow under your knees if that is more comfortable.',
    'Rest your hands on your tummy.',
    'Breathe in slowly through your nose and feel your tummy rise.',
    'Breathe out slowly and let your shoulders sink.',
  ],
  cues: { start: 'Breathe in slowly.', halfway: 'And out, let your shoulders sink.', end: 'Rest a moment.' },
  stopSymptoms: restStops,
  cautions: ['Rest for a short while, then get moving again. Long rest makes a neck stiffer.'],
  view: 'front',
  keyframes: [
    { t: 0, pose: lyingStart, label: 'Start' },
    { t: 4, pose: { ...lyingStart, trunkExtension: 3 }, label: 'Breathe in', step: 3 },
    { t: 10, pose: lyingStart, label: 'Breathe out' },
  ],
  sources: ['SEED-002', 'SEED-000', 'NHS-NECK', 'CRICK-CLINICAL'],
  note: 'Seed 002 describes this rest position. We keep it brief: NHS advice is against long rest and neck collars.',
};

export const lyingRotation: Exercise = {
  id: 'lying-rotation',
  name: 'Turn on the pillow',
  purpose: 'Keeps turning the head possible with the pillow taking its weight.',
  phases: ['settle', 'loosen'],
  kind: 'mobility',
  position: 'lying',
  settings: ['home'],
  equipment: ['pillow'],
  eases: ['turn_left', 'turn_right'],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 6, sets: 1, sides: 'each', restSeconds: 10 },
  steps: [
    'Lie on your back with your head on a pillow.',
    'Roll your head slowly to the right on the pillow.',
    'Stop before it hurts.',
    'Roll back to the middle.',
  ],
  cues: { start: 'Roll your head slowly.', end: 'Back to the middle.', switchSides: 'Now the other way.' },
  stopSymptoms: neckStops,
  cautions: [withinComfort],
  view: 'above',
  keyframes: outAndBackFrames(lyingStart, { ...lyingStart, headTurn: 60 }, 'Turn'),
  sources: [...exerciseGuidance],
};

export const lyingChinNod: Exercise = {
  id: 'lying-chin-nod',
  name: 'Small nod on the pillow',
  purpose: 'Wakes up the deep front neck muscles gently, with the head supported.',
  phases: ['settle', 'strengthen'],
  kind: 'mobility',
  position: 'lying',
  settings: ['home'],
  equipment: ['pillow'],
  eases: ['look_down'],
  dosage: { kind: 'hold', reps: 5, holdSeconds: 5, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Lie on your back with your head on a thin pillow.',
    'Nod your chin down a little, as if saying a small "yes".',
    'Keep the back of your head on the pillow.',
    'Hold, then relax.',
  ],
  cues: { start: 'A small nod.', halfway: 'Keep breathing.', end: 'And relax.' },
  stopSymptoms: neckStops,
  cautions: ['A very small movement. Do not lift your head off the pillow.'],
  view: 'side',
  keyframes: [
    { t: 0, pose: lyingStart, label: 'Start' },
    { t: MOVE_IN, pose: { ...lyingStart, headNod: 10, headGlide: -1 }, label: 'Nod' },
    { t: MOVE_IN + 5, pose: { ...lyingStart, headNod: 10, headGlide: -1 } },
    { t: MOVE_IN + 5 + MOVE_OUT, pose: lyingStart, label: 'Relax' },
  ],
  sources: [...exerciseGuidance],
};

export const lying: readonly Exercise[] = [restAndBreathe, lyingRotation, lyingChinNod];
