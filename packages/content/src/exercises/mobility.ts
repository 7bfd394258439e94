import type { Exercise } from '@crick/core';
import {
  exerciseGuidance,
  neckStops,
  outAndBackFrames,
  seatedStart,
  standingStart,
  withinComfort,
} from './frames.js';

// Movement through range. In the settle phase these are the gentlest thing to do:
// moving within comfort keeps the neck from stiffening (NHS: avoid total rest).

export const activeRotation: Exercise = {
  id: 'active-rotation',
  name: 'Turn within comfort',
  purpose: 'Keeps turning the head possible while the muscles settle.',
  phases: ['settle', 'loosen'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['turn_left', 'turn_right'],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 6, sets: 1, sides: 'each', restSeconds: 10 },
  steps: [
    'Sit tall with your head level.',
    'Turn your head slowly to the right.',
    'Stop at the first sign of strain, not pain.',
    'Pause, then turn back to the middle.',
  ],
  cues: {
    start: 'Slowly turn, only as far as is easy.',
    end: 'Back to the middle.',
    switchSides: 'Now turn the other way.',
  },
  stopSymptoms: neckStops,
  cautions: [withinComfort, 'Keep your chin level while you turn.'],
  keyframes: outAndBackFrames(seatedStart, { ...seatedStart, headTurn: 60 }, 'Turn'),
  sources: ['SEED-003', ...exerciseGuidance],
};

export const activeSideBend: Exercise = {
  id: 'active-side-bend',
  name: 'Side-bend within comfort',
  purpose: 'Keeps tipping the head to the side possible while the muscles settle.',
  phases: ['settle', 'loosen'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['tilt_left', 'tilt_right'],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 6, sets: 1, sides: 'each', restSeconds: 10 },
  steps: [
    'Sit tall, shoulders low.',
    'Tip your right ear slowly towards your right shoulder.',
    'Stop before it hurts.',
    'Pause, then come back to the middle.',
  ],
  cues: {
    start: 'Ear towards shoulder, gently.',
    end: 'Back up to the middle.',
    switchSides: 'Now the other side.',
  },
  stopSymptoms: neckStops,
  cautions: [withinComfort],
  keyframes: outAndBackFrames(seatedStart, { ...seatedStart, headTilt: 30 }, 'Tilt'),
  sources: ['SEED-003', ...exerciseGuidance],
};

export const lookUpLookDown: Exercise = {
  id: 'look-up-look-down',
  name: 'Gentle nod: look down, look up',
  purpose: 'Keeps bending the neck forward and back possible, a little at a time.',
  phases: ['settle', 'loosen'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: ['look_up', 'look_down'],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 8, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall with your head level.',
    'Slowly lower your chin towards your chest.',
    'Come back to level.',
    'Look up a little, only as far as is easy.',
    'Come back to level.',
  ],
  cues: {
    start: 'Chin down slowly.',
    halfway: 'Now look up, just a little.',
    end: 'Back to level.',
  },
  stopSymptoms: neckStops,
  cautions: [withinComfort, 'Looking up can make some people dizzy. Stop if it does.'],
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: 2, pose: { ...seatedStart, headNod: 30 }, label: 'Look down' },
    { t: 4, pose: seatedStart, label: 'Level' },
    { t: 6, pose: { ...seatedStart, headNod: -25 }, label: 'Look up' },
    { t: 8, pose: seatedStart, label: 'Back to centre' },
  ],
  sources: [...exerciseGuidance],
};

export const ostrich: Exercise = {
  id: 'ostrich-glide',
  name: '"Ostrich" forward and back glide',
  purpose: 'Loosens the neck by sliding the head forward and back while it stays level.',
  phases: ['loosen', 'prevent'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: [],
  dosage: { kind: 'reps', reps: 10, secondsPerRep: 6, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall and look straight ahead.',
    'Slide your head forward, keeping your chin and forehead level.',
    'Slide it straight back to make a double chin.',
    'Come back to the middle. Keep your eyes level the whole time.',
  ],
  cues: {
    start: 'Slide forward, eyes level.',
    halfway: 'Now back, double chin.',
    end: 'And relax in the middle.',
  },
  stopSymptoms: neckStops,
  cautions: [withinComfort, 'Do not tip your head up or down as it slides.'],
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: 1.5, pose: { ...seatedStart, headGlide: 2.5 }, label: 'Forward' },
    { t: 3, pose: seatedStart },
    { t: 4.5, pose: { ...seatedStart, headGlide: -2.5 }, label: 'Back' },
    { t: 6, pose: seatedStart, label: 'Back to centre' },
  ],
  sources: ['SEED-003', ...exerciseGuidance],
  note: 'The seed says to slide as far as possible. We stay within comfort: forcing the end of the range can stir up a spasm.',
};

export const shoulderRolls: Exercise = {
  id: 'shoulder-rolls',
  name: 'Shoulder rolls',
  purpose: 'Loosens the shoulders and the base of the neck without moving the head.',
  phases: ['settle', 'loosen', 'prevent'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: [],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 5, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall with your arms relaxed.',
    'Lift both shoulders up towards your ears.',
    'Roll them back, squeezing your shoulder blades a little.',
    'Let them drop down and relax.',
  ],
  cues: {
    start: 'Up, back, and down.',
    end: 'Let them drop and relax.',
  },
  stopSymptoms: neckStops,
  cautions: ['Keep the circles slow and smooth.'],
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: 1.25, pose: { ...seatedStart, shoulderRaiseLeft: 1, shoulderRaiseRight: 1 }, label: 'Up' },
    {
      t: 2.5,
      pose: { ...seatedStart, shoulderRaiseLeft: 1, shoulderRaiseRight: 1, shoulderSqueeze: 1 },
      label: 'Back',
    },
    { t: 3.75, pose: { ...seatedStart, shoulderSqueeze: 0.6 }, label: 'Down' },
    { t: 5, pose: seatedStart, label: 'Relax' },
  ],
  sources: [...exerciseGuidance],
};

export const shrugAndRelease: Exercise = {
  id: 'shrug-and-release',
  name: 'Shrug and let go',
  purpose: 'Helps tense shoulder muscles let go, by tightening them first and then releasing.',
  phases: ['settle', 'loosen'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: [],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 6, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall with your arms relaxed.',
    'Breathe in and lift both shoulders towards your ears.',
    'Hold for a moment.',
    'Breathe out and let them drop all the way.',
  ],
  cues: {
    start: 'Breathe in, shoulders up.',
    end: 'Breathe out and let go.',
  },
  stopSymptoms: neckStops,
  cautions: ['A small lift is enough.'],
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: 2, pose: { ...seatedStart, shoulderRaiseLeft: 0.9, shoulderRaiseRight: 0.9 }, label: 'Shrug' },
    { t: 3, pose: { ...seatedStart, shoulderRaiseLeft: 0.9, shoulderRaiseRight: 0.9 } },
    { t: 4, pose: seatedStart, label: 'Let go' },
    { t: 6, pose: seatedStart, label: 'Relax' },
  ],
  sources: ['SEED-000', ...exerciseGuidance],
};

export const thoracicExtension: Exercise = {
  id: 'thoracic-extension-chair',
  name: 'Upper-back arch over a chair back',
  purpose: 'Loosens the upper back so the neck does not have to do all the bending.',
  phases: ['loosen', 'prevent'],
  kind: 'mobility',
  position: 'sitting',
  settings: ['desk', 'home'],
  equipment: ['chair'],
  eases: ['look_up'],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 6, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit in a firm chair with the top of its back at your shoulder blades.',
    'Cross your arms over your chest.',
    'Lean back slowly over the chair back, arching your upper back.',
    'Keep your head in line with your body.',
    'Come back up to sitting tall.',
  ],
  cues: {
    start: 'Arms crossed, lean back over the chair.',
    end: 'Back up to sitting tall.',
  },
  stopSymptoms: neckStops,
  cautions: ['Use a steady chair that will not tip or roll.', withinComfort],
  keyframes: [
    {
      t: 0,
      pose: {
        ...seatedStart,
        armLeft: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
        armRight: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
      },
      label: 'Start',
    },
    {
      t: 2,
      pose: {
        ...seatedStart,
        trunkExtension: 20,
        headNod: -10,
        armLeft: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
        armRight: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
      },
      label: 'Arch back',
    },
    {
      t: 3.5,
      pose: {
        ...seatedStart,
        trunkExtension: 20,
        headNod: -10,
        armLeft: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
        armRight: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
      },
    },
    {
      t: 6,
      pose: {
        ...seatedStart,
        armLeft: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
        armRight: { shoulderFlex: 60, elbow: 140, hand: 'opposite_shoulder' },
      },
      label: 'Back to centre',
    },
  ],
  sources: [...exerciseGuidance],
};

export const ballAgainstWall: Exercise = {
  id: 'ball-against-wall',
  name: 'Ball against the wall',
  purpose: 'Trains small, steady control of the head by keeping a ball still against a wall.',
  phases: ['strengthen', 'prevent'],
  kind: 'mobility',
  position: 'standing',
  settings: ['home'],
  equipment: ['ball', 'wall'],
  eases: ['look_up', 'look_down'],
  dosage: { kind: 'reps', reps: 5, secondsPerRep: 12, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Stand facing a wall, a small step away.',
    'Hold a light ball or balloon between your forehead and the wall.',
    'Move your head a little up and down without dropping the ball.',
    'Then a little to each side.',
    'Keep the movements small and slow.',
  ],
  cues: {
    start: 'Ball on your forehead, small movements.',
    halfway: 'Now a little to the sides.',
    end: 'Take the ball away and relax.',
  },
  stopSymptoms: neckStops,
  cautions: [withinComfort, 'Use something light and soft, like a balloon or beach ball.'],
  keyframes: [
    { t: 0, pose: standingStart, label: 'Start' },
    { t: 2.5, pose: { ...standingStart, headNod: 8 }, label: 'Down a little' },
    { t: 5, pose: { ...standingStart, headNod: -8 }, label: 'Up a little' },
    { t: 7.5, pose: { ...standingStart, headTurn: 10 }, label: 'Side' },
    { t: 10, pose: { ...standingStart, headTurn: -10 }, label: 'Other side' },
    { t: 12, pose: standingStart, label: 'Back to centre' },
  ],
  sources: ['SEED-003'],
  note: 'The seed calls this the "balloon dance" and does one minute in one go. We count it as 5 slow rounds of about 12 s: the same minute, easier to follow.',
};

export const mobility: readonly Exercise[] = [
  activeRotation,
  activeSideBend,
  lookUpLookDown,
  ostrich,
  shoulderRolls,
  shrugAndRelease,
  thoracicExtension,
  ballAgainstWall,
];
