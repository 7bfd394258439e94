import type { NeckRange } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { turnSeries } from './range-series.js';

const m = (at: string, turnLeft?: number, turnRight?: number): NeckRange => ({
  date: at.slice(0, 10),
  at,
  method: 'camera',
  ...(turnLeft === undefined ? {} : { turnLeft }),
  ...(turnRight === undefined ? {} : { turnRight }),
});

describe('the turn over time', () => {
  it('keeps the last measurement of each day, in date order', () =>
    expect(
      turnSeries([
        m('2026-11-22T18:00:00Z', 50, 40),
        m('2026-11-20T09:00:00Z', 30, 20),
        m('2026-11-22T08:00:00Z', 45, 35),
      ]),
    ).toEqual({ dates: ['2026-11-20', '2026-11-22'], left: [30, 50], right: [20, 40] }));
  it('leaves a side not measured as a gap, not a zero', () =>
    expect(turnSeries([m('2026-11-20T09:00:00Z', 30)]).right).toEqual([null]));
});
