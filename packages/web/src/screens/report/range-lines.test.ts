import type { NeckRange } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { rangeLines } from './range-lines.js';

const measured = (date: string, turnLeft: number, turnRight: number): NeckRange => ({
  date,
  at: `${date}T09:00:00.000Z`,
  method: 'camera',
  turnLeft,
  turnRight,
});

describe('range of motion in the report', () => {
  it('says when nothing was measured', () => expect(rangeLines([])).toEqual(['Not measured.']));
  it('gives the first and the latest, the side that moves less and the halfway turn', () => {
    const lines = rangeLines([measured('2026-11-24', 60, 44), measured('2026-11-20', 40, 22)]);
    expect(lines.slice(1)).toEqual([
      'First, 2026-11-20: turning left 40°, right 22°.',
      'Latest, 2026-11-24: turning left 60°, right 44°.',
      'Turning: the right side moves 16° less.',
      'Halfway turn (45°): left reached, right not reached.',
    ]);
  });
  it('does not name a side when they differ by less than the camera tells apart', () =>
    expect(rangeLines([measured('2026-11-24', 52, 48)]).join(' ')).not.toMatch(/moves .* less/));
});
