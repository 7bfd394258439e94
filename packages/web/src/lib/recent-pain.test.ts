import { describe, expect, it } from 'vitest';
import { RECENT_PAIN_MINUTES, recentPain } from './recent-pain.js';

const now = Date.parse('2026-11-22T10:00:00.000Z');
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();

describe('a recent pain score is reused, not asked again', () => {
  it('gives the newest score within the window, with how long ago', () =>
    expect(
      recentPain(
        [
          { date: '2026-11-22', at: at(20), pain: 7 },
          { date: '2026-11-22', at: at(3), pain: 6 },
        ],
        now,
      ),
    ).toEqual({ pain: 6, minutesAgo: 3 }));

  it(`does not reuse a score older than ${RECENT_PAIN_MINUTES} minutes, or one without a time`, () => {
    expect(recentPain([{ date: '2026-11-22', at: at(RECENT_PAIN_MINUTES + 1), pain: 6 }], now)).toBeNull();
    expect(recentPain([{ date: '2026-11-22', pain: 6 }], now)).toBeNull();
  });
});
