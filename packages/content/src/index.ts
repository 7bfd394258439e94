import type { Cause, Exercise, Habit, Library, Medicine, Remedy, Source } from '@crick/core';
import { causes } from './causes.js';
import { exercises } from './exercises/index.js';
import { habits } from './habits.js';
import { learnPages } from './learn.js';
import { medicines } from './medicines.js';
import { remedies } from './remedies.js';
import { sources } from './sources.js';

export { causes } from './causes.js';
export { checkLibrary } from './check.js';
export { exercises, seedExerciseIds } from './exercises/index.js';
export { habits } from './habits.js';
export { learnPages } from './learn.js';
export type { AvoidedMedicine, ClinicianOnlyNote } from './medicines.js';
export { avoided, clinicianOnly, medicines } from './medicines.js';
export { coldLimits, heatLimits, remedies } from './remedies.js';
export { sources } from './sources.js';

export const library: Library = {
  exercises,
  remedies,
  medicines,
  causes,
  habits,
  learn: learnPages,
  sources,
};

function indexById<T extends { readonly id: string }>(items: readonly T[]): (id: string) => T | undefined {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => byId.get(id);
}

export const exerciseById: (id: string) => Exercise | undefined = indexById(exercises);
export const remedyById: (id: string) => Remedy | undefined = indexById(remedies);
export const medicineById: (id: string) => Medicine | undefined = indexById(medicines);
export const causeById: (id: string) => Cause | undefined = indexById(causes);
export const habitById: (id: string) => Habit | undefined = indexById(habits);
export const sourceById: (id: string) => Source | undefined = indexById(sources);
