import { describe, expect, it } from 'vitest';
import { adherence, psfsChange, psfsScore } from './function.js';
import { painChange, painTrend } from './pain.js';
import { review } from './review.js';

describe('pain change', () => {
  it('calls a drop of 2 points better', () => expect(painChange(6, 4).direction).toBe('better'));
  it('calls a drop of 1 point from 6 noise', () => expect(painChange(6, 5).direction).toBe('same'));
  it('calls a drop of 30% better even when under 2 points', () =>
    expect(painChange(3, 2).direction).toBe('better'));
  it('calls a rise of 2 points worse', () => expect(painChange(3, 5).direction).toBe('worse'));
});

describe('pain trend', () => {
  it('uses each day’s mean and compares the latest day with the start', () => {
    const trend = painTrend(
      [
        { date: '2026-11-02', pain: 4 },
        { date: '2026-11-02', pain: 2 },
        { date: '2026-11-01', pain: 7 },
      ],
      7,
    );
    expect(trend.days.map((d) => d.mean)).toEqual([7, 3]);
    expect(trend).toMatchObject({ baseline: 7, current: 3, direction: 'better' });
  });
});

describe('the review', () => {
  const startedOn = '2026-11-01';
  it('asks for a GP when nothing has improved by day 7', () => {
    const r = review({
      startedOn,
      date: '2026-11-08',
      baselinePain: 5,
      checkIns: [{ date: '2026-11-08', pain: 5 }],
    });
    expect(r.verdict).toBe('same');
    expect(r.seeDoctor).toMatch(/week/);
  });
  it('asks for a GP when it is worse after day 3', () => {
    const r = review({
      startedOn,
      date: '2026-11-05',
      baselinePain: 3,
      checkIns: [{ date: '2026-11-05', pain: 6 }],
    });
    expect(r.seeDoctor).toMatch(/worse/);
  });
  it('is content when pain has halved by week 3', () => {
    const r = review({
      startedOn,
      date: '2026-11-22',
      baselinePain: 6,
      checkIns: [{ date: '2026-11-22', pain: 1 }],
    });
    expect(r).toMatchObject({ verdict: 'better', seeDoctor: null });
  });
  it('is not content at week 3 when pain is better but not largely so', () => {
    const r = review({
      startedOn,
      date: '2026-11-22',
      baselinePain: 8,
      checkIns: [{ date: '2026-11-22', pain: 5 }],
    });
    expect(r.seeDoctor).toMatch(/three weeks/);
  });
});

describe('function and adherence', () => {
  it('scores the PSFS as the mean of its activities and reports the change', () => {
    const a = {
      date: '2026-11-01',
      activities: [
        { name: 'drive', score: 2 },
        { name: 'sleep', score: 4 },
        { name: 'read', score: 6 },
      ],
    };
    const b = {
      date: '2026-11-08',
      activities: [
        { name: 'drive', score: 6 },
        { name: 'sleep', score: 7 },
        { name: 'read', score: 8 },
      ],
    };
    expect(psfsScore(a)).toBe(4);
    expect(psfsChange([b, a])).toEqual({ first: 4, latest: 7, change: 3 });
  });
  it('counts the days with a completed session in the last week', () => {
    const s = (date: string, completed: boolean) => ({ date, exerciseIds: ['x'], completed });
    const a = adherence(
      [s('2026-11-08', true), s('2026-11-08', true), s('2026-11-06', false), s('2026-10-01', true)],
      '2026-11-08',
    );
    expect(a).toMatchObject({ daysWithSession: 1, sessionsCompleted: 2, sessionsStarted: 3 });
    expect(a.rate).toBeCloseTo(1 / 7);
  });
});
