import { describe, expect, it } from 'vitest';
import { clockOf, labelFor, sessionStarts, wakingDay } from './waking-day.js';

describe('the waking day', () => {
  it('puts a sleep time at or before waking after midnight', () => {
    expect(wakingDay('07:00', '22:30')).toEqual({ wake: 420, sleep: 1350 });
    expect(wakingDay('07:00', '00:30')).toEqual({ wake: 420, sleep: 1470 });
    expect(wakingDay('07:00', '07:00')).toEqual({ wake: 420, sleep: 1860 });
    expect(wakingDay('07:00', '07:01')).toEqual({ wake: 420, sleep: 421 });
  });

  it('writes a minute past midnight as the clock shows it', () => {
    expect(clockOf(1470)).toBe('00:30');
    expect(clockOf(1439)).toBe('23:59');
    expect(clockOf(1440)).toBe('00:00');
    expect(clockOf(-30)).toBe('23:30');
    expect(clockOf(545.6)).toBe('09:06');
  });

  it('names a session by the clock at its boundaries', () => {
    const names = [299, 300, 659, 660, 959, 960, 1439, 1440 + 299, 1440 + 300].map(labelFor);
    expect(names).toEqual([
      'Night',
      'Morning',
      'Morning',
      'Afternoon',
      'Afternoon',
      'Evening',
      'Evening',
      'Night',
      'Morning',
    ]);
    expect(labelFor(-60)).toBe('Evening');
  });

  it('starts the first session an hour after waking and the last two hours before sleep', () => {
    const day = wakingDay('07:00', '22:00');
    expect(sessionStarts(day, [10])).toEqual([480]);
    expect(sessionStarts(day, [5, 5, 5])).toEqual([480, 840, 1200]);
    expect(sessionStarts(day, [5, 5])).toEqual([480, 1200]);
  });

  it('keeps a session inside a short waking day, ending by sleep', () => {
    const day = wakingDay('07:00', '08:00');
    expect(sessionStarts(day, [20])).toEqual([460]);
    expect(sessionStarts(day, [90])).toEqual([420]);
    expect(sessionStarts(wakingDay('07:00', '10:00'), [10, 10])).toEqual([480, 480]);
  });
});
