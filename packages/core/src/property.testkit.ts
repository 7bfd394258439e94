import type fc from 'fast-check';

/**
 * One fixed seed for the property tests of every package (imported from
 * `@crick/core/testkit` outside core), printed so that a failure can be
 * replayed: the same cases every run (CI too), so a boundary mutation is caught
 * every time, not one run in two. `CRICK_FC_SEED=<n>` tries other cases.
 */
export const propertySeed = Number(process.env.CRICK_FC_SEED ?? 20261201);
/** The mutation run caps the runs per property (stryker.config.mjs): each mutant runs the suite again. */
const maxRuns = Number(process.env.CRICK_FC_MAX_RUNS ?? Number.POSITIVE_INFINITY);
console.log(`fast-check seed ${propertySeed} (CRICK_FC_SEED to change)`);

/** The parameters every `fc.assert` takes: the seed, and at most `numRuns` cases. */
export const runs = <Ts = unknown>(numRuns: number): fc.Parameters<Ts> => ({
  seed: propertySeed,
  numRuns: Math.min(numRuns, maxRuns),
});
