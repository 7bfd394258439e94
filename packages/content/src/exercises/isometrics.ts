import type { ArmPose, Exercise, Keyframe, Pose } from '@crick/core';
import { exerciseGuidance, MOVE_IN, MOVE_OUT, neckStops, seatedStart } from './frames.js';

// Strengthening once movement pain is 4/10 or less and range is improving
// (CLINICAL.md section 2). Isometrics: the head pushes into a hand and does not
// move; 5 s holds, 5 times, with a light effort.

const ISO_HOLD = 5;

/** Hand comes up, the head presses into it without moving, then lets go. */
function pressFrames(armRight: ArmPose, armLeft: ArmPose = seatedStart.armLeft ?? {}): Keyframe[] {
  const placed: Pose = { ...seatedStart, armRight, armLeft };
  return [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: MOVE_IN, pose: placed, label: 'Press gently' },
    { t: MOVE_IN + ISO_HOLD, pose: placed },
    { t: MOVE_IN + ISO_HOLD + MOVE_OUT, pose: seatedStart, label: 'Back to centre' },
  ];
}

const isoDosage = (sides: 'each' | 'none') =>
  ({ kind: 'hold', reps: 5, holdSeconds: ISO_HOLD, sets: 1, sides, restSeconds: 10 }) as const;

const isoCautions = [
  'Push with a light effort only. Your head should not move.',
  'Breathe normally. Do not hold your breath.',
];

const handOnForehead: ArmPose = { shoulderFlex: 110, elbow: 130, hand: 'forehead' };
const handOnBackOfHead: ArmPose = { shoulderFlex: 140, elbow: 135, hand: 'back_of_head' };
const handAboveEar: ArmPose = { shoulderAbduct: 110, elbow: 140, hand: 'head_side' };

export const isometricFlexion: Exercise = {
  id: 'isometric-flexion',
  name: 'Hold still: push forward',
  purpose: 'Strengthens the muscles at the front of the neck without moving it.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['look_down'],
  dosage: isoDosage('none'),
  steps: [
    'Sit tall and put your palm on your forehead.',
    'Push your head gently into your hand.',
    'Let your hand push back so your head does not move.',
    'Hold, then relax.',
  ],
  cues: { start: 'Press gently into your hand.', halfway: 'Keep breathing.', end: 'And relax.' },
  stopSymptoms: neckStops,
  cautions: isoCautions,
  view: 'side',
  keyframes: pressFrames(handOnForehead),
  sources: [...exerciseGuidance, 'SEED-003'],
};

export const isometricExtension: Exercise = {
  id: 'isometric-extension',
  name: 'Hold still: push back',
  purpose: 'Strengthens the muscles at the back of the neck without moving it.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['look_up'],
  dosage: isoDosage('none'),
  steps: [
    'Sit tall and clasp your hands behind your head.',
    'Push your head gently back into your hands.',
    'Let your hands hold it so your head does not move.',
    'Hold, then relax.',
  ],
  cues: { start: 'Press back gently.', halfway: 'Keep breathing.', end: 'And relax.' },
  stopSymptoms: neckStops,
  cautions: isoCautions,
  view: 'side',
  keyframes: pressFrames(handOnBackOfHead, handOnBackOfHead),
  sources: [...exerciseGuidance, 'SEED-003'],
};

export const isometricSideBend: Exercise = {
  id: 'isometric-side-bend',
  name: 'Hold still: push to the side',
  purpose: 'Strengthens the muscles at the side of the neck without moving it.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['tilt_left', 'tilt_right'],
  dosage: isoDosage('each'),
  steps: [
    'Sit tall and put your right palm above your right ear.',
    'Push your head gently sideways into your hand.',
    'Let your hand push back so your head does not move.',
    'Hold, then relax.',
  ],
  cues: {
    start: 'Press sideways into your hand.',
    halfway: 'Keep breathing.',
    end: 'And relax.',
    switchSides: 'Now the other hand and side.',
  },
  stopSymptoms: neckStops,
  cautions: isoCautions,
  view: 'front',
  keyframes: pressFrames(handAboveEar),
  sources: [...exerciseGuidance, 'SEED-003'],
};

export const isometricRotation: Exercise = {
  id: 'isometric-rotation',
  name: 'Hold still: push to turn',
  purpose: 'Strengthens the muscles that turn the head, without moving it.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['turn_left', 'turn_right'],
  dosage: isoDosage('each'),
  steps: [
    'Sit tall and put your right palm on your right temple.',
    'Try to turn your head to the right, into your hand.',
    'Let your hand stop it so your head does not move.',
    'Hold, then relax.',
  ],
  cues: {
    start: 'Try to turn into your hand.',
    halfway: 'Keep breathing.',
    end: 'And relax.',
    switchSides: 'Now the other hand and side.',
  },
  stopSymptoms: neckStops,
  cautions: isoCautions,
  view: 'above',
  keyframes: pressFrames(handAboveEar),
  sources: [...exerciseGuidance, 'SEED-003'],
};

export const rotationWithResistance: Exercise = {
  id: 'head-rotation-with-resistance',
  name: 'Head rotation with resistance',
  purpose: 'Works the turning muscles against your hand, then lets the head turn freely.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['turn_left', 'turn_right'],
  dosage: { kind: 'hold', reps: 5, holdSeconds: 5, sets: 1, sides: 'each', restSeconds: 10 },
  steps: [
    'Sit tall with your head level.',
    'Put your right hand on your right temple.',
    'Try to turn right while your hand holds your head still.',
    'After the press, let your hand give way and turn as far as is easy.',
    'Turn back to the middle.',
  ],
  cues: {
    start: 'Press into your hand.',
    halfway: 'Keep breathing.',
    end: 'Let the hand give way, then back to the middle.',
    switchSides: 'Now the other side.',
  },
  stopSymptoms: neckStops,
  cautions: [...isoCautions, 'After the press, turn only as far as is comfortable.'],
  view: 'above',
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: 1, pose: { ...seatedStart, armRight: handAboveEar }, label: 'Press gently' },
    { t: 6, pose: { ...seatedStart, armRight: handAboveEar } },
    { t: 7, pose: { ...seatedStart, headTurn: 45, armRight: handAboveEar }, label: 'Turn' },
    { t: 8, pose: seatedStart, label: 'Back to centre' },
  ],
  sources: ['SEED-003'],
  note: 'The seed turns "as far as possible" after the press. We turn only as far as is comfortable, and press with a light effort.',
};

export const chinTuck: Exercise = {
  id: 'chin-tuck',
  name: 'Chin tuck',
  purpose: 'Strengthens the deep muscles at the front of the neck that hold the head level.',
  phases: ['loosen', 'strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: [],
  dosage: { kind: 'hold', reps: 8, holdSeconds: 5, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall and look straight ahead.',
    'Slide your chin straight back, as if making a double chin.',
    'Keep your eyes level. Do not look down.',
    'Hold, then let your head slide forward to the middle.',
  ],
  cues: { start: 'Chin straight back.', halfway: 'Eyes level, keep breathing.', end: 'And relax.' },
  stopSymptoms: neckStops,
  cautions: ['A small movement is enough.', 'Stop if it sends pain or tingling into an arm.'],
  view: 'side',
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: MOVE_IN, pose: { ...seatedStart, headGlide: -2.5, headNod: 5 }, label: 'Chin back' },
    { t: MOVE_IN + 5, pose: { ...seatedStart, headGlide: -2.5, headNod: 5 } },
    { t: MOVE_IN + 5 + MOVE_OUT, pose: seatedStart, label: 'Back to centre' },
  ],
  sources: ['SEED-003', ...exerciseGuidance],
};

export const isometrics: readonly Exercise[] = [
  isometricFlexion,
  isometricExtension,
  isometricSideBend,
  isometricRotation,
  rotationWithResistance,
  chinTuck,
];
