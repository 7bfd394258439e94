// The relief engine's public face. Pure: no I/O, no clock, no randomness;
// callers pass in the date, the library and ids.

export * from './content/types.js';
export * from './errors.js';
export * from './hlc.js';
export * from './result.js';
export * from './schemas/common.js';
export * from './schemas/diary.js';
export * from './schemas/facts.js';
export * from './schemas/intake.js';
export * from './schemas/record.js';
export * from './schemas/triage-record.js';
export * from './triage/check.js';
export * from './triage/expr.js';
export * from './triage/fields.js';
export * from './triage/levels.js';
export * from './triage/questions.js';
export * from './triage/rules.js';
export * from './triage/triage.js';
export * from './validate.js';
