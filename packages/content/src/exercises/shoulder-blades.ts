import type { ArmPose, Exercise } from '@crick/core';
import { exerciseGuidance, MOVE_IN, MOVE_OUT, neckStops, seatedStart } from './frames.js';

// The shoulder blades carry the neck's base; strong blade muscles take load off
// the neck (seed 003: strengthen once symptoms ease).

export const shoulderBladeSqueeze: Exercise = {
  id: 'shoulder-blade-squeeze',
  name: 'Shoulder blade squeeze',
  purpose: 'Strengthens the upper back so the shoulders and head sit tall.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home', 'anywhere'],
  equipment: [],
  eases: [],
  dosage: { kind: 'hold', reps: 10, holdSeconds: 5, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall with your arms relaxed.',
    'Draw your shoulder blades back and down, towards each other.',
    'Keep your shoulders away from your ears.',
    'Hold, then let go slowly.',
  ],
  cues: { start: 'Blades back and down.', halfway: 'Keep breathing.', end: 'And let go.' },
  stopSymptoms: neckStops,
  cautions: ['Squeeze gently. Do not arch your lower back.'],
  view: 'side',
  keyframes: [
    { t: 0, pose: seatedStart, label: 'Start' },
    { t: MOVE_IN, pose: { ...seatedStart, shoulderSqueeze: 1 }, label: 'Squeeze' },
    { t: MOVE_IN + 5, pose: { ...seatedStart, shoulderSqueeze: 1 } },
    { t: MOVE_IN + 5 + MOVE_OUT, pose: seatedStart, label: 'Relax' },
  ],
  sources: ['SEED-000', ...exerciseGuidance],
  note: 'The seed gives no hold time. We use 5 s holds, like the other strengthening holds.',
};

const holdingTowel: ArmPose = { shoulderFlex: 30, elbow: 90, hand: 'band' };
const pullingTowel: ArmPose = { shoulderFlex: 0, shoulderAbduct: 15, elbow: 95, hand: 'band' };

export const towelRetraction: Exercise = {
  id: 'towel-band-retraction',
  name: 'Shoulder blade pull with a towel or band',
  purpose: 'Strengthens the muscles between the shoulder blades against a light pull.',
  phases: ['strengthen', 'prevent'],
  kind: 'strength',
  position: 'sitting',
  settings: ['desk', 'home'],
  equipment: ['towel'],
  eases: [],
  dosage: { kind: 'reps', reps: 10, secondsPerRep: 5, sets: 1, sides: 'none', restSeconds: 10 },
  steps: [
    'Sit tall. Hold a rolled towel or a light band in both hands, elbows bent.',
    'Pull your hands apart a little to make it tight.',
    'Draw your elbows back and squeeze your shoulder blades together.',
    'Hold for a moment, then come forward slowly.',
  ],
  cues: { start: 'Pull apart, elbows back.', end: 'Slowly forward again.' },
  stopSymptoms: neckStops,
  cautions: ['Keep your shoulders low and your chin level.', 'Use a light band or just a towel.'],
  view: 'side',
  keyframes: [
    { t: 0, pose: { ...seatedStart, armLeft: holdingTowel, armRight: holdingTowel }, label: 'Start' },
    {
      t: 1.5,
      pose: { ...seatedStart, shoulderSqueeze: 1, armLeft: pullingTowel, armRight: pullingTowel },
      label: 'Squeeze',
      step: 2,
    },
    { t: 3, pose: { ...seatedStart, shoulderSqueeze: 1, armLeft: pullingTowel, armRight: pullingTowel } },
    { t: 5, pose: { ...seatedStart, armLeft: holdingTowel, armRight: holdingTowel }, label: 'Relax' },
  ],
  sources: [...exerciseGuidance],
};

export const shoulderBlades: readonly Exercise[] = [shoulderBladeSqueeze, towelRetraction];
