import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../schemas/diary.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { FLARE_PAIN, flareMessage, flareReason, uncheckedFlare } from './flare.js';

const checkIn = (pain: number, at = '2026-11-25T09:00:00.000Z', extra: Partial<CheckIn> = {}): CheckIn => ({
  date: at.slice(0, 10),
  at,
  pain,
  ...extra,
});
const check = (at: string, trigger?: TriageRecord['trigger']): TriageRecord => ({
  at,
  facts: {},
  level: 'self_care',
  fired: [],
  ...(trigger ? { trigger } : {}),
});

describe('a flare', () => {
  it('is pain at 8 out of 10 exactly, not at 7', () => {
    expect(FLARE_PAIN).toBe(8);
    expect(flareReason(checkIn(8), 8)).toBe('high_pain');
    expect(flareReason(checkIn(7), 7)).toBeUndefined();
  });

  it('is a rise of 2 points, or of 30%, from the report before, but not a smaller one', () => {
    expect(flareReason(checkIn(7), 5)).toBe('pain_rise');
    expect(flareReason(checkIn(4), 3)).toBe('pain_rise'); // 33%
    expect(flareReason(checkIn(5), 4)).toBeUndefined(); // 25%
    expect(flareReason(checkIn(1), 0)).toBeUndefined(); // one point from none
    expect(flareReason(checkIn(3), 6)).toBeUndefined(); // a fall
  });

  it('is a new symptom whatever the pain, and says so first', () => {
    expect(flareReason(checkIn(2, undefined, { newSymptom: true }), 2)).toBe('new_symptom');
    expect(flareReason(checkIn(9, undefined, { newSymptom: true }), 2)).toBe('new_symptom');
    expect(flareMessage('new_symptom')).toMatch(/something new/);
  });
});

describe('a flare waiting for its check', () => {
  it('counts a rise against the report before it, the first against the pain at the start', () => {
    expect(uncheckedFlare([checkIn(6)], [], '2026-11-25', 4)?.reason).toBe('pain_rise');
    expect(uncheckedFlare([checkIn(5)], [], '2026-11-25', 5)).toBeUndefined();
    const rose = [checkIn(3, '2026-11-25T08:00:00.000Z'), checkIn(5, '2026-11-25T12:00:00.000Z')];
    expect(uncheckedFlare(rose, [], '2026-11-25', 6)?.checkIn.pain).toBe(5);
  });

  it('is answered only by a check after it, not one before or at the same instant', () => {
    const flare = [checkIn(8, '2026-11-25T12:00:00.000Z')];
    expect(uncheckedFlare(flare, [check('2026-11-25T11:59:00.000Z')], '2026-11-25', 5)).toBeDefined();
    expect(uncheckedFlare(flare, [check('2026-11-25T12:00:00.000Z')], '2026-11-25', 5)).toBeDefined();
    expect(uncheckedFlare(flare, [check('2026-11-25T12:01:00.000Z')], '2026-11-25', 5)).toBeUndefined();
  });

  it('compares instants, not text: 13:30 at +02:00 is before 12:00 Z', () => {
    const flare = [checkIn(8, '2026-11-25T12:00:00.000Z')];
    expect(uncheckedFlare(flare, [check('2026-11-25T13:30:00.000+02:00')], '2026-11-25', 5)).toBeDefined();
  });

  it('without a time is not answered by a flare check on an earlier day', () => {
    const untimed: CheckIn[] = [{ date: '2026-11-25', pain: 9 }];
    expect(
      uncheckedFlare(untimed, [check('2026-11-24T20:00:00.000Z', 'flare')], '2026-11-25', 5)?.reason,
    ).toBe('high_pain');
  });

  it("without a time is answered by that day's flare check or any later day's check", () => {
    const untimed: CheckIn[] = [{ date: '2026-11-25', pain: 9 }];
    expect(
      uncheckedFlare(untimed, [check('2026-11-25T20:00:00.000Z', 'review')], '2026-11-25', 5),
    ).toBeDefined();
    expect(
      uncheckedFlare(untimed, [check('2026-11-25T20:00:00.000Z', 'flare')], '2026-11-25', 5),
    ).toBeUndefined();
    expect(uncheckedFlare(untimed, [check('2026-11-26T07:00:00.000Z')], '2026-11-26', 5)).toBeUndefined();
  });

  it("ignores check-ins after the plan's day and checks after it too", () => {
    expect(uncheckedFlare([checkIn(9, '2026-11-26T09:00:00.000Z')], [], '2026-11-25', 5)).toBeUndefined();
    const flare = [checkIn(9, '2026-11-25T09:00:00.000Z')];
    expect(uncheckedFlare(flare, [check('2026-11-26T09:00:00.000Z')], '2026-11-25', 5)).toBeDefined();
  });

  describe("the intake's own report (the check opens the intake, so it comes first)", () => {
    const intake = (at: string): CheckIn[] => [checkIn(9, at, { source: 'intake' })];

    it('at 9 out of 10 is answered by the check a few minutes before it, that day', () => {
      expect(
        uncheckedFlare(
          intake('2026-11-25T09:05:00.000Z'),
          [check('2026-11-25T09:00:00.000Z')],
          '2026-11-25',
          9,
        ),
      ).toBeUndefined();
    });

    it('is answered by a check at the same instant too', () => {
      expect(
        uncheckedFlare(
          intake('2026-11-25T09:00:00.000Z'),
          [check('2026-11-25T09:00:00.000Z')],
          '2026-11-25',
          9,
        ),
      ).toBeUndefined();
    });

    it('without a time, is answered only as any check-in without one is, not by any check that day', () => {
      const untimed: CheckIn[] = [{ date: '2026-11-25', pain: 9, source: 'intake' }];
      expect(
        uncheckedFlare(untimed, [check('2026-11-25T08:00:00.000Z', 'review')], '2026-11-25', 9)?.reason,
      ).toBe('high_pain');
    });

    it('is not answered by a check on the day before', () => {
      expect(
        uncheckedFlare(
          intake('2026-11-25T09:05:00.000Z'),
          [check('2026-11-24T21:00:00.000Z')],
          '2026-11-25',
          9,
        )?.reason,
      ).toBe('high_pain');
    });

    it('is a check-in like any other when it is not the intake’s: a check before it does not answer it', () => {
      const diary = [checkIn(9, '2026-11-25T09:05:00.000Z')];
      expect(uncheckedFlare(diary, [check('2026-11-25T09:00:00.000Z')], '2026-11-25', 9)?.reason).toBe(
        'high_pain',
      );
    });
  });
});
