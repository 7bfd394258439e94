import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, parseHlc, receiveHlc, tickHlc } from './hlc.js';

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
    );
  });
  it('sorts after a remote clock it has seen', () => {
    const remote = { millis: 2_000_000_000_000, counter: 3, node: 'b' };
    const local = receiveHlc({ millis: 1_000, counter: 0, node: 'a' }, remote, 1_500);
    expect(compareHlc(formatHlc(tickHlc(local, 1_600)), formatHlc(remote))).toBe(1);
  });
});
