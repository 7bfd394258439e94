import type { Exercise } from '@crick/core';
import { isometrics } from './isometrics.js';
import { lying } from './lying.js';
import { mobility } from './mobility.js';
import { shoulderBlades } from './shoulder-blades.js';
import { stretches } from './stretches.js';

export const exercises: readonly Exercise[] = [
  ...lying,
  ...mobility,
  ...stretches,
  ...isometrics,
  ...shoulderBlades,
];

/** The seven exercises the seed articles describe, by id. */
export const seedExerciseIds: readonly string[] = [
  'ear-to-shoulder',
  'shoulder-blade-squeeze',
  'clasped-hands-neck-stretch',
  'head-rotation-with-resistance',
  'ostrich-glide',
  'posterior-shoulder-capsule-stretch',
  'ball-against-wall',
];
