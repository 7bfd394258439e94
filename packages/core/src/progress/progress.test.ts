import { describe, expect, it } from 'vitest';
import { adherence, psfsChange, psfsScore } from './function.js';
import { painChange, painTrend } from './pain.js';
import { recoveryDay, review } from './review.js';

describe('pain change', () => {
  it('calls a drop of 2 points better', () => expect(painChange(6, 4).direction).toBe('better'));
  it('calls a drop of 1 point from 6 noise', () => expect(painChange(6, 5).direction).toBe('same'));
  it('calls a drop of 30% better even when under 2 points', () =>
    expect(painChange(3, 2).direction).toBe('better'));
  it('calls a rise of 2 points worse', () => expect(painChange(3, 5).direction).toBe('worse'));
});

describe('pain change at its boundaries', () => {
  it('counts 30% exactly: 6 to 7.8 is worse, 6 to 7.7 is noise', () => {
    expect(painChange(6, 7.8).direction).toBe('worse');
    expect(painChange(6, 7.7).direction).toBe('same');
  });
  it('counts 2 points exactly from a high start: 9 to 7 is better, 9 to 7.5 is noise', () => {
    expect(painChange(9, 7).direction).toBe('better');
    expect(painChange(9, 7.5).direction).toBe('same');
  });
  it('calls a rise of 1 from no pain noise, and of 2 worse', () => {
    expect(painChange(0, 1).direction).toBe('same');
    expect(painChange(0, 2).direction).toBe('worse');
  });
  it('calls no change the same, with no delta', () =>
    expect(painChange(4, 4)).toEqual({ delta: 0, direction: 'same' }));
  it('gives the change to a tenth', () => expect(painChange(6, 7.8).delta).toBe(1.8));
});

describe('pain trend', () => {
  it('orders a day’s check-ins by their time and calls a rise to the latest a flare', () => {
    const trend = painTrend(
      [
        { date: '2026-11-02', at: '2026-11-02T20:00:00.000+01:00', pain: 6 },
        { date: '2026-11-02', at: '2026-11-02T08:00:00.000+01:00', pain: 3 },
      ],
      7,
    );
    expect(trend).toMatchObject({ previous: 3, latest: 6, flare: true, current: 4.5, direction: 'better' });
  });
  it('takes the intake’s score as the report before the first check-in', () => {
    expect(painTrend([{ date: '2026-11-02', pain: 5 }], 3)).toMatchObject({
      previous: 3,
      latest: 5,
      flare: true,
    });
    expect(painTrend([], 3)).toMatchObject({ previous: 3, latest: 3, flare: false, current: 3 });
  });
  it('leaves out check-ins after the day asked about', () => {
    const trend = painTrend(
      [
        { date: '2026-11-02', pain: 5 },
        { date: '2026-11-03', pain: 1 },
      ],
      6,
      '2026-11-02',
    );
    expect(trend.days.map((d) => d.date)).toEqual(['2026-11-02']);
    expect(trend.latest).toBe(5);
  });
  it('starts from the first day’s mean without an intake score', () => {
    expect(
      painTrend([
        { date: '2026-11-02', pain: 6 },
        { date: '2026-11-03', pain: 2 },
      ]).baseline,
    ).toBe(6);
    expect(painTrend([]).baseline).toBe(0);
  });
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
  const at = (date: string, baselinePain: number, checkIns: { date: string; pain: number }[]) =>
    review({ startedOn, date, baselinePain, checkIns });

  it('counts the day it started as day 1, as the Today screen does', () => {
    expect(recoveryDay(startedOn, startedOn)).toBe(1);
    expect(at('2026-11-07', 5, []).day).toBe(7);
  });
  it('asks for a GP on day 7 exactly when nothing has improved, not a day later', () => {
    const r = at('2026-11-07', 5, [{ date: '2026-11-07', pain: 5 }]);
    expect(r.day).toBe(7);
    expect(r.seeDoctor).toBe(
      'After a week it has not improved. Please book a GP or physiotherapist within a few days.',
    );
    expect(r.expected).toMatch(/settles within 7 to 10 days/);
    expect(at('2026-11-06', 5, [{ date: '2026-11-06', pain: 5 }]).seeDoctor).toBeNull();
  });
  it('is content on day 7 when pain has meaningfully improved', () =>
    expect(at('2026-11-07', 5, [{ date: '2026-11-07', pain: 3 }])).toMatchObject({
      verdict: 'better',
      seeDoctor: null,
    }));
  it('calls a meaningful rise since the last check-in worse, even below the start, and asks for a GP from day 3', () => {
    const checkIns = [
      { date: '2026-11-02', pain: 2 },
      { date: '2026-11-03', pain: 5 },
    ];
    const r = at('2026-11-03', 8, checkIns);
    expect(r.verdict).toBe('worse');
    expect(r.message).toBe('Your pain has gone from 2 to 5 since your last check-in: that is a real rise.');
    expect(r.seeDoctor).toMatch(/risen again/);
    expect(
      at('2026-11-02', 8, [
        { date: '2026-11-01', pain: 2 },
        { date: '2026-11-02', pain: 5 },
      ]),
    ).toMatchObject({
      verdict: 'worse',
      seeDoctor: null,
    });
  });
  it('calls pain meaningfully above the start worse and says so', () => {
    const r = at('2026-11-04', 3, [{ date: '2026-11-04', pain: 6 }]);
    expect(r.message).toBe('Your pain has gone from 3 to 6: that is a real rise.');
    expect(r.seeDoctor).toBe(
      'Your pain is worse than when it started, after the first few days. Please book a GP or physiotherapist within a few days.',
    );
  });
  it('says a small change is too small to call', () =>
    expect(at('2026-11-03', 5, [{ date: '2026-11-03', pain: 4 }]).message).toBe(
      'Your pain has gone from 5 to 4: too small a change to call better or worse yet.',
    ));
  it('is content on day 21 exactly only when pain has at least halved', () => {
    expect(at('2026-11-21', 6, [{ date: '2026-11-21', pain: 3 }]).seeDoctor).toBeNull();
    expect(at('2026-11-21', 6, [{ date: '2026-11-21', pain: 4 }]).seeDoctor).toMatch(/three weeks/);
    expect(at('2026-11-20', 6, [{ date: '2026-11-20', pain: 4 }]).seeDoctor).toBeNull();
  });
  it('says it improved, with the numbers', () =>
    expect(at('2026-11-05', 6, [{ date: '2026-11-05', pain: 2 }]).message).toBe(
      'Your pain has gone from 6 to 2: that is a real improvement.',
    ));
  it('asks for a GP when nothing has improved after day 7', () => {
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
