import * as content from '@crick/content';
import type { Library } from '@crick/core';

const empty: Library = {
  exercises: [],
  remedies: [],
  medicines: [],
  causes: [],
  habits: [],
  learn: [],
  sources: [],
};

/**
 * The content library. Imported only by lazy screens, so the first screen does
 * not carry it; the service worker precaches its chunk for offline use.
 */
export const library: Library = (content as { library?: Library }).library ?? empty;

export const exerciseOf = (id: string) => library.exercises.find((e) => e.id === id);
export const remedyOf = (id: string) => library.remedies.find((r) => r.id === id);
export const habitOf = (id: string) => library.habits.find((h) => h.id === id);
