import { describe, expect, it } from 'vitest';
import { playwrightTotals, vitestTotals } from './test-totals.js';

describe('the npm test total', () => {
  it('counts a Playwright test that passed only on a retry as failed, not passed', () => {
    expect(playwrightTotals({ expected: 5, unexpected: 0, flaky: 2, skipped: 0 })).toEqual({
      passed: 5,
      failed: 2,
      notes: ['playwright: 2 test(s) passed only on a retry (flaky) and count as failures'],
    });
  });

  it('counts skipped Playwright tests as failed', () => {
    expect(playwrightTotals({ expected: 1, unexpected: 1, flaky: 0, skipped: 3 })).toMatchObject({
      passed: 1,
      failed: 4,
    });
  });

  it('counts a Vitest file that failed to load, and skipped and todo tests, as failed', () => {
    const report = {
      numPassedTests: 7,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [
        { status: 'failed', assertionResults: [] },
        { status: 'failed', assertionResults: [{ status: 'failed' }] },
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
      ],
    };
    expect(vitestTotals(report)).toMatchObject({ passed: 7, failed: 5 });
  });

  it('counts the tests of a Vitest worker that died as failed, though none is marked failed', () => {
    // As Vitest reported a run whose workers crashed on Node 24: 898 tests, 865 passed, none failed.
    const report = {
      numTotalTests: 898,
      numPassedTests: 865,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [],
    };
    expect(vitestTotals(report)).toMatchObject({ passed: 865, failed: 33 });
  });
});
