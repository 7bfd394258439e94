import { describe, expect, it } from 'vitest';
import { adherence, psfsChange } from './function.js';

const psfs = (date: string, score: number) => ({
  date,
  activities: [
    { name: 'a', score },
    { name: 'b', score },
    { name: 'c', score },
  ],
});
const s = (date: string, completed = true) => ({ date, exerciseIds: ['x'], completed });

describe('function change', () => {
  it('has nothing to say without a PSFS', () => expect(psfsChange([])).toBeNull());
  it('compares the oldest with the latest by date, whatever the order', () => {
    expect(psfsChange([psfs('2026-11-08', 5), psfs('2026-11-15', 8), psfs('2026-11-01', 2)])).toEqual({
      first: 2,
      latest: 8,
      change: 6,
    });
    expect(psfsChange([psfs('2026-11-01', 4)])).toEqual({ first: 4, latest: 4, change: 0 });
  });
});

describe('adherence', () => {
  it('counts the last 7 days, today and 6 before, and not the day before those', () => {
    const a = adherence([s('2026-11-02'), s('2026-11-01'), s('2026-11-09')], '2026-11-08');
    expect(a).toMatchObject({ days: 7, daysWithSession: 1, sessionsCompleted: 1, sessionsStarted: 1 });
  });
  it('counts days, not sessions, and only completed ones', () => {
    const a = adherence(
      [s('2026-11-08'), s('2026-11-08'), s('2026-11-07'), s('2026-11-06', false)],
      '2026-11-08',
      3,
    );
    expect(a).toEqual({ days: 3, daysWithSession: 2, sessionsCompleted: 3, sessionsStarted: 4, rate: 2 / 3 });
  });
  it('gives a rate of 0 over no days', () =>
    expect(adherence([s('2026-11-08')], '2026-11-08', 0).rate).toBe(0));
});
