// Mutation testing of the safety core (issue 8): `npm run test:mutation`.
// Not part of `npm test` (it takes many minutes). STRYKER_MUTATE narrows the
// run while iterating, e.g. STRYKER_MUTATE=packages/core/src/plan/**/*.ts.
const folders = ['triage', 'plan', 'progress', 'medicines', 'remedies'];
// A narrowed run keeps its own report, sandbox and incremental file, so two
// narrowed runs (triage and plan) can run side by side without overwriting each other.
const patterns = process.env.STRYKER_MUTATE?.split(',');
// The folders named, with "-lines" when the run is narrowed to line ranges (file.ts:10-12).
const slug = patterns
  ? [...new Set(patterns.map((p) => p.match(/src\/([^/*]+)/)?.[1] ?? 'other'))].join('-') +
    (patterns.some((p) => /:\d+-\d+$/.test(p)) ? '-lines' : '')
  : undefined;
const mutate = patterns ? patterns : folders.map((f) => `packages/core/src/${f}/**/*.ts`);

// Each mutant runs the property tests again: a cap on their runs keeps a full
// run within the hour; the named boundary cases run in full either way.
process.env.CRICK_FC_MAX_RUNS ??= '10';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [...mutate, '!**/*.test.ts', '!**/*.testkit.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared: two test processes at most.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // A mutant that loops (the check never ending) times out after this beyond its tests' own time.
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `coverage/mutation/mutation${slug ? `-${slug}` : ''}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: `coverage/.stryker-tmp${slug ? `-${slug}` : ''}`,
  // Only the core and the root configs are needed in the sandbox. The root
  // tsconfig.json stays out: Stryker would rewrite its references with the
  // TypeScript JS API, which TypeScript 7 (native) no longer has, and Vitest
  // does not need it.
  ignorePatterns: [
    '/packages/*',
    '!/packages/core',
    '/bench',
    '/scripts',
    '/data',
    '/.pg-test',
    '/tsconfig.json',
    '/coverage',
  ],
  cleanTempDir: 'always',
  // Re-runs test only the mutants whose code or tests changed. The file lives
  // under coverage/ (git-ignored): it is a cache of one machine's runs, not a result.
  //   incremental: true,
  incrementalFile: `coverage/mutation/incremental-${slug ?? 'all'}.json`,
  // A static mutant (module-level data: the rules, the questions, the field specs)
  // runs the whole suite, about a minute each here: 1,520 of them in triage alone
  // would take hours on a shared 2-core machine. They are left out of the score
  // (Stryker reports them as ignored) unless STRYKER_STATIC=run; MUTATION.md says so.
  ignoreStatic: process.env.STRYKER_STATIC !== 'run',
};
