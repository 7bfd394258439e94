// The honest total of `npm test`, from the reports Vitest and Playwright write.
// Only a test that passed on its first try counts as passed: a skipped, todo or
// flaky one (passed only on a retry) counts as failed, and so does a test file
// that failed to load (it has no failed test in it, yet nothing in it ran).

/** From Vitest's JSON report: `{ passed, failed, notes }`. */
export function vitestTotals(report) {
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  const skipped = report.numPendingTests ?? 0;
  const todo = report.numTodoTests ?? 0;
  const counted = report.numFailedTests + skipped + todo;
  // A test worker that dies (a native crash) leaves its file's tests neither passed nor
  // failed: every test that did not pass counts as failed.
  const unfinished = Math.max(0, (report.numTotalTests ?? 0) - report.numPassedTests - counted);
  const notes = [];
  if (brokenFiles) notes.push(`vitest: ${brokenFiles} test file(s) failed to run and count as failures`);
  if (skipped || todo) notes.push(`vitest: ${skipped} skipped and ${todo} todo tests count as failures`);
  if (unfinished)
    notes.push(`vitest: ${unfinished} test(s) never finished (a worker died) and count as failures`);
  return {
    passed: report.numPassedTests,
    failed: counted + unfinished + brokenFiles,
    notes,
  };
}

/** From the `stats` of Playwright's JSON report: `{ passed, failed, notes }`. */
export function playwrightTotals(stats) {
  const flaky = stats.flaky ?? 0;
  const skipped = stats.skipped ?? 0;
  const notes = [];
  if (skipped) notes.push(`playwright: ${skipped} skipped tests count as failures`);
  if (flaky) notes.push(`playwright: ${flaky} test(s) passed only on a retry (flaky) and count as failures`);
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + flaky + skipped, notes };
}
