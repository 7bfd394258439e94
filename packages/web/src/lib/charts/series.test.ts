import { painChange } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { adherenceSeries, lastDays, meaningfulBand, painSeries, remedySeries } from './series.js';

describe('chart series', () => {
  it('draws the band exactly where the engine stops calling a change meaningful', () => {
    for (const baseline of [1, 3, 5, 6.5, 7, 10]) {
      const { low, high, half } = meaningfulBand(baseline);
      expect(painChange(baseline, baseline - half).direction).toBe('better');
      expect(painChange(baseline, baseline - half + 0.2).direction).toBe('same');
      if (baseline + half <= 10) expect(painChange(baseline, baseline + half).direction).toBe('worse');
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(10);
    }
    expect(meaningfulBand(8)).toEqual({ low: 6, high: 10, half: 2 });
    expect(meaningfulBand(5)).toEqual({ low: 3.5, high: 6.5, half: 1.5 });
  });

  it('makes one point a day from several check-ins, baseline from the intake', () => {
    const s = painSeries(
      [
        { date: '2026-11-23', pain: 4 },
        { date: '2026-11-22', pain: 6 },
        { date: '2026-11-22', pain: 7 },
      ],
      8,
    );
    expect(s.dates).toEqual(['2026-11-22', '2026-11-23']);
    expect(s.pain).toEqual([6.5, 4]);
    expect(s.baseline).toBe(8);
  });

  it('counts days with a completed session and remedy uses per day', () => {
    const dates = lastDays('2026-11-23', 3);
    expect(dates).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
    expect(
      adherenceSeries(
        [
          { date: '2026-11-22', exerciseIds: [], completed: true },
          { date: '2026-11-23', exerciseIds: [], completed: false },
        ],
        dates,
      ),
    ).toEqual([0, 1, 0]);
    const uses = remedySeries(
      [
        { kind: 'cold', startedAt: '2026-11-23T09:00:00.000Z', minutes: 10 },
        { kind: 'heat', startedAt: '2026-11-23T15:00:00.000Z', minutes: 15 },
        { kind: 'heat', startedAt: '2026-11-21T15:00:00.000Z', minutes: 15 },
      ],
      dates,
      (iso) => iso.slice(0, 10),
    );
    expect(uses).toEqual({ cold: [0, 0, 1], heat: [1, 0, 1] });
  });
});
