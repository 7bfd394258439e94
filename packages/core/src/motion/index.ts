export * from './compare.js';
export * from './filter.js';
export * from './hold.js';
export * from './reps.js';
export * from './samples.js';
