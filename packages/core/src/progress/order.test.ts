import { describe, expect, it } from 'vitest';
import { checkInsInOrder, instant, inTimeOrder, localDate, sessionsInOrder } from './order.js';

describe('diary order', () => {
  it('reads a time with its offset as an instant', () => {
    expect(instant('2026-11-22T03:45:00.000-08:00')).toBeGreaterThan(instant('2026-11-22T05:34:00.000Z'));
    expect(localDate('2026-11-22T23:30:00.000-08:00')).toBe('2026-11-22');
  });
  it('orders by day, then by instant, with a day’s untimed entries first in their list order', () => {
    const list = [
      { id: 'b-late', date: '2026-11-02', at: '2026-11-02T20:00:00.000Z' },
      { id: 'a', date: '2026-11-01' },
      { id: 'b-early', date: '2026-11-02', at: '2026-11-02T09:00:00.000+01:00' },
      { id: 'b-untimed-1', date: '2026-11-02' },
      { id: 'b-bad', date: '2026-11-02', at: 'not a time' },
      { id: 'b-untimed-2', date: '2026-11-02' },
    ];
    const ids = (l: typeof list) => l.map((x) => x.id);
    expect(ids(checkInsInOrder(list))).toEqual([
      'a',
      'b-untimed-1',
      'b-bad',
      'b-untimed-2',
      'b-early',
      'b-late',
    ]);
    expect(ids(checkInsInOrder(list, '2026-11-01'))).toEqual(['a']);
    expect(
      ids(
        inTimeOrder(
          [...list].reverse(),
          (x) => x.date,
          (x) => x.at,
        ),
      ).slice(-2),
    ).toEqual(['b-early', 'b-late']);
  });
  it('orders sessions by their start', () => {
    const list = [
      { date: '2026-11-02', startedAt: '2026-11-02T18:00:00.000Z', n: 2 },
      { date: '2026-11-02', startedAt: '2026-11-02T08:00:00.000Z', n: 1 },
      { date: '2026-11-03', n: 3 },
    ];
    expect(sessionsInOrder(list).map((s) => s.n)).toEqual([1, 2, 3]);
    expect(sessionsInOrder(list, '2026-11-02').map((s) => s.n)).toEqual([1, 2]);
  });
});
