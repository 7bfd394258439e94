/**
 * One fixed fast-check seed for the triage property tests, printed so that a failure can be
 * replayed, and fixed so that a boundary case is tried on every run, not one run in two.
 * Set CRICK_FC_SEED to explore other cases locally.
 */
export const propertySeed = Number(process.env.CRICK_FC_SEED ?? 20261201);
console.log(`triage property tests: fast-check seed ${propertySeed} (CRICK_FC_SEED to change)`);
