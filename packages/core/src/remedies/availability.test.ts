import { describe, expect, it } from 'vitest';
import { clampRemedyMinutes, remedyAvailability } from './availability.js';

const cold = {
  minMinutes: 10,
  maxMinutes: 15,
  hardMaxMinutes: 20,
  minGapMinutes: 60,
  notWhileAsleep: true,
  needsBarrier: true,
} as const;

describe('remedy availability', () => {
  it('allows a first session, up to the hard limit', () => {
    expect(
      remedyAvailability({ kind: 'cold', uses: [], now: '2026-11-22T09:00:00.000Z', limits: cold }),
    ).toEqual({
      allowed: true,
      maxMinutes: 20,
      suggestedMinutes: 15,
    });
  });
  it('refuses to start within the spacing and says when and why', () => {
    const r = remedyAvailability({
      kind: 'heat',
      uses: [{ kind: 'cold', startedAt: '2026-11-22T09:00:00.000Z', minutes: 15 }],
      now: '2026-11-22T09:45:00.000Z',
      limits: cold,
    });
    expect(r).toMatchObject({ allowed: false, nextAt: '2026-11-22T10:15:00.000Z' });
    if (!r.allowed) expect(r.reason).toMatch(/60 minutes.*30 minutes to go/);
  });
  it('refuses while a session is still running, and says the next start is its end plus the spacing', () => {
    const r = remedyAvailability({
      kind: 'cold',
      uses: [{ kind: 'heat', startedAt: '2026-11-22T09:00:00.000Z', minutes: 15 }],
      now: '2026-11-22T09:00:00.000Z',
      limits: cold,
    });
    expect(r).toEqual({
      allowed: false,
      nextAt: '2026-11-22T10:15:00.000Z',
      reason: 'A heat session is still running.',
    });
  });
  it('counts a session as over at its last minute', () => {
    const r = remedyAvailability({
      kind: 'cold',
      uses: [{ kind: 'cold', startedAt: '2026-11-22T09:00:00.000Z', minutes: 15 }],
      now: '2026-11-22T09:15:00.000Z',
      limits: cold,
    });
    expect(r).toMatchObject({ allowed: false, nextAt: '2026-11-22T10:15:00.000Z' });
    if (!r.allowed) expect(r.reason).toMatch(/^Your skin needs 60 minutes/);
  });
  it('ignores a use logged for later than now', () => {
    const r = remedyAvailability({
      kind: 'cold',
      uses: [{ kind: 'cold', startedAt: '2026-11-22T09:00:00.001Z', minutes: 15 }],
      now: '2026-11-22T09:00:00.000Z',
      limits: cold,
    });
    expect(r.allowed).toBe(true);
  });
  it('spaces from the use that ended last, whatever the list order', () => {
    const uses = [
      { kind: 'cold' as const, startedAt: '2026-11-22T08:00:00.000Z', minutes: 20 },
      { kind: 'cold' as const, startedAt: '2026-11-22T06:00:00.000Z', minutes: 20 },
    ];
    for (const list of [uses, [...uses].reverse()]) {
      const r = remedyAvailability({
        kind: 'cold',
        uses: list,
        now: '2026-11-22T09:00:00.000Z',
        limits: cold,
      });
      expect(r).toMatchObject({ allowed: false, nextAt: '2026-11-22T09:20:00.000Z' });
    }
  });
  it('says one minute, not one minutes', () => {
    const r = remedyAvailability({
      kind: 'cold',
      uses: [{ kind: 'cold', startedAt: '2026-11-22T08:00:00.000Z', minutes: 15 }],
      now: '2026-11-22T09:14:00.000Z',
      limits: cold,
    });
    if (r.allowed) throw new Error('expected a refusal');
    expect(r.reason).toMatch(/; 1 minute to go\.$/);
  });
  it('stops at the most a day of the same kind, counting only today’s', () => {
    const limits = { ...cold, maxPerDay: 2 };
    const use = (startedAt: string, kind: 'cold' | 'heat' = 'cold') => ({ kind, startedAt, minutes: 10 });
    const now = '2026-11-22T18:00:00.000Z';
    const two = [use('2026-11-22T08:00:00.000Z'), use('2026-11-22T10:00:00.000Z')];
    expect(remedyAvailability({ kind: 'cold', uses: two, now, limits })).toEqual({
      allowed: false,
      nextAt: '2026-11-22T23:59:59.999Z',
      reason: 'That is 2 cold sessions today, the most we suggest.',
    });
    expect(remedyAvailability({ kind: 'heat', uses: two, now, limits }).allowed).toBe(true);
    const yesterday = [use('2026-11-21T08:00:00.000Z'), use('2026-11-22T10:00:00.000Z')];
    expect(remedyAvailability({ kind: 'cold', uses: yesterday, now, limits }).allowed).toBe(true);
    expect(
      remedyAvailability({ kind: 'cold', uses: [use('2026-11-22T08:00:00.000Z')], now, limits }).allowed,
    ).toBe(true);
    expect(remedyAvailability({ kind: 'cold', uses: two, now, limits: cold }).allowed).toBe(true);
  });
  it('allows again once the spacing has passed', () => {
    const r = remedyAvailability({
      kind: 'cold',
      uses: [{ kind: 'cold', startedAt: '2026-11-22T09:00:00.000Z', minutes: 15 }],
      now: '2026-11-22T10:15:00.000Z',
      limits: cold,
    });
    expect(r.allowed).toBe(true);
  });
  it('never lets a timer run past the hard limit', () => {
    expect(clampRemedyMinutes(45, cold)).toBe(20);
    expect(clampRemedyMinutes(0, cold)).toBe(1);
  });
});
