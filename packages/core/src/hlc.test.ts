import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  formatHlc,
  hlcProblem,
  MAX_CLOCK_LEAD_MS,
  parseHlc,
  receiveHlc,
  tickHlc,
} from './hlc.js';
import { runs } from './property.testkit.js';

describe('the hybrid logical clock', () => {
  it('reads back what it writes', () => {
    const c = { millis: Date.parse('2026-11-22T08:30:00.000Z'), counter: 7, node: 'phone1' };
    expect(parseHlc(formatHlc(c))).toEqual(c);
    expect(parseHlc('2026-11-22 nope')).toBeNull();
  });
  it('never goes backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), {
          minLength: 1,
          maxLength: 50,
        }),
        (walls) => {
          let c = { millis: 0, counter: 0, node: 'a' };
          let prev = formatHlc(c);
          for (const w of walls) {
            c = tickHlc(c, w);
            const now = formatHlc(c);
            if (compareHlc(now, prev) <= 0) return false;
            prev = now;
          }
          return true;
        },
      ),
      runs(100),
    );
  });
  it('sorts after a remote clock it has seen', () => {
    const remote = { millis: 2_000_000_000_000, counter: 3, node: 'b' };
    const local = receiveHlc({ millis: 1_000, counter: 0, node: 'a' }, remote, 1_500);
    expect(compareHlc(formatHlc(tickHlc(local, 1_600)), formatHlc(remote))).toBe(1);
  });
});

describe('a clock that cannot order edits', () => {
  const now = Date.parse('2026-11-22T08:30:00.000Z');
  it('is refused when it names a time that does not exist', () => {
    expect(hlcProblem('2026-99-99T00:00:00.000Z-0000-phone', now)).toBe('names a time that does not exist');
    expect(hlcProblem('2026-02-30T08:00:00.000Z-0000-phone', now)).toBe('names a time that does not exist');
    expect(hlcProblem('2026-11-22T24:00:00.000Z-0000-phone', now)).toBe('names a time that does not exist');
    expect(parseHlc('2026-02-30T08:00:00.000Z-0000-phone')).toBeNull();
  });
  it('is refused when it lies more than a day ahead, and accepted up to a day ahead', () => {
    expect(hlcProblem('2027-01-01T00:00:00.000Z-0000-phone', now)).toBe('lies more than a day in the future');
    expect(hlcProblem(formatHlc({ millis: now + MAX_CLOCK_LEAD_MS + 1, counter: 0, node: 'p' }), now)).toBe(
      'lies more than a day in the future',
    );
    expect(
      hlcProblem(formatHlc({ millis: now + MAX_CLOCK_LEAD_MS, counter: 0, node: 'p' }), now),
    ).toBeUndefined();
    expect(hlcProblem('2026-02-28T08:00:00.000Z-ffff-phone', now)).toBeUndefined();
  });
  it('is refused when it is not a clock at all', () => {
    expect(hlcProblem('yesterday', now)).toMatch(/is not a clock/);
  });
});
