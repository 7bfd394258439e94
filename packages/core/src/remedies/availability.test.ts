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
  it('refuses while a session is still running', () => {
    const r = remedyAvailability({
      kind: 'cold',
      uses: [{ kind: 'cold', startedAt: '2026-11-22T09:00:00.000Z', minutes: 15 }],
      now: '2026-11-22T09:05:00.000Z',
      limits: cold,
    });
    expect(r.allowed).toBe(false);
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
