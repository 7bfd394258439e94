import { describe, expect, it } from 'vitest';
import type { Remedy } from '../content/types.js';
import type { Intake } from '../schemas/intake.js';
import { fakeLibrary } from './fake-library.testkit.js';
import { chooseRemedyKind, remedySlots } from './remedy-slots.js';

const cold = fakeLibrary.remedies.find((r) => r.id === 'cold-pack') as Remedy;
const heat = fakeLibrary.remedies.find((r) => r.id === 'heat-moist') as Remedy;
const intake: Intake = { startedOn: '2026-11-20', pain: 5, wakeTime: '07:00', sleepTime: '22:00' };
const date = '2026-11-22';
const slots = (over: Partial<Parameters<typeof remedySlots>[0]> = {}) =>
  remedySlots({
    intake,
    remedy: cold,
    kind: 'cold',
    why: 'w',
    date,
    phase: 'settle',
    sessionTimes: [],
    uses: [],
    ...over,
  });

describe('cold or heat', () => {
  it('follows the person’s preference', () => {
    expect(chooseRemedyKind({ ...intake, preference: 'cold' }, 5)).toEqual({
      kind: 'cold',
      why: 'You prefer cold.',
    });
    expect(chooseRemedyKind({ ...intake, preference: 'heat', strain: true }, 0)).toEqual({
      kind: 'heat',
      why: 'You prefer heat.',
    });
  });
  it('suggests cold in the first 48 hours after a strain, then heat', () => {
    expect(chooseRemedyKind({ ...intake, strain: true }, 1).kind).toBe('cold');
    expect(chooseRemedyKind({ ...intake, strain: true }, 2).kind).toBe('heat');
    expect(chooseRemedyKind({ ...intake, strain: false }, 0)).toEqual({
      kind: 'heat',
      why: 'Heat suits a spasm without an injury, and warms the muscles before exercise.',
    });
  });
});

describe('remedy slots', () => {
  it('spreads three over the day at the suggested length', () => {
    expect(slots()).toEqual([
      { kind: 'cold', remedyId: 'cold-pack', start: '07:30', minutes: 15, why: 'w' },
      { kind: 'cold', remedyId: 'cold-pack', start: '13:00', minutes: 15, why: 'w' },
      { kind: 'cold', remedyId: 'cold-pack', start: '18:00', minutes: 15, why: 'w' },
    ]);
  });
  it('puts heat just before each session', () => {
    expect(slots({ remedy: heat, kind: 'heat', sessionTimes: [600, 900] }).map((s) => s.start)).toEqual([
      '09:40',
      '14:40',
    ]);
  });
  it('moves a slot to an hour after a logged use, and drops one that would end within an hour of sleep', () => {
    const uses = [{ kind: 'heat' as const, startedAt: `${date}T07:20:00.000Z`, minutes: 20 }];
    expect(slots({ uses }).map((s) => s.start)).toEqual(['08:40', '13:00', '18:00']);
    const late = slots({ intake: { ...intake, sleepTime: '19:00' } });
    expect(late.map((s) => s.start)).toEqual(['07:30', '13:00']);
    expect(slots({ intake: { ...intake, sleepTime: '19:15' } }).map((s) => s.start)).toContain('18:00');
  });
  it('counts today’s uses of the same kind against the day’s most', () => {
    const use = (hh: string, kind: 'cold' | 'heat' = 'cold') => ({
      kind,
      startedAt: `${date}T${hh}:00:00.000Z`,
      minutes: 10,
    });
    expect(slots({ uses: [use('03'), use('04')] })).toHaveLength(1);
    expect(slots({ uses: [use('03', 'heat'), use('04', 'heat')] })).toHaveLength(3);
    expect(
      slots({
        remedy: { ...cold, limits: { ...(cold.limits as NonNullable<Remedy['limits']>), maxPerDay: 2 } },
      }),
    ).toHaveLength(2);
  });
  it('reads logged uses on the plan day’s clock: yesterday’s before it, tomorrow’s after it, others not at all', () => {
    const at = (day: string, hhmm: string) => ({
      kind: 'cold' as const,
      startedAt: `${day}T${hhmm}:00.000Z`,
      minutes: 20,
    });
    const early = { ...intake, wakeTime: '00:15', sleepTime: '16:00' };
    expect(slots({ intake: early, uses: [at('2026-11-21', '23:45')] })[0]?.start).toBe('01:05');
    expect(slots({ intake: early, uses: [at('2026-11-20', '23:45')] })[0]?.start).toBe('00:45');
    const late = { ...intake, wakeTime: '12:00', sleepTime: '03:00' };
    expect(slots({ intake: late, uses: [at('2026-11-23', '00:30')] }).map((s) => s.start)).toEqual([
      '12:30',
      '18:00',
      '23:00',
    ]);
    expect(slots({ intake: late, uses: [at('2026-11-23', '00:30')] }).map((s) => s.start)).not.toContain(
      '00:30',
    );
    expect(slots({ intake: late, uses: [at('2026-11-24', '00:30')] })).toHaveLength(3);
  });
  it('keeps the first slot at or after waking', () => {
    expect(slots({ remedy: heat, kind: 'heat', sessionTimes: [430] })[0]?.start).toBe('07:00');
  });
  it('gives nothing for a remedy without limits', () => {
    const { limits: _none, ...plain } = cold;
    expect(slots({ remedy: plain as Remedy })).toEqual([]);
  });
});

describe('remedy slots at their edges', () => {
  const use = (day: string, hhmm: string, minutes = 20) => ({
    kind: 'cold' as const,
    startedAt: `${day}T${hhmm}:00.000Z`,
    minutes,
  });

  it('says why cold after a strain', () => {
    expect(chooseRemedyKind({ ...intake, strain: true }, 1).why).toBe(
      'Cold suits the first 48 hours after a strain.',
    );
  });

  it('keeps heat before a session after midnight away from a use logged on the next day', () => {
    const late = { ...intake, wakeTime: '12:00', sleepTime: '03:00' };
    const beforeLateSession = {
      intake: late,
      remedy: heat,
      kind: 'heat' as const,
      sessionTimes: [24 * 60 + 20],
    };
    expect(slots({ ...beforeLateSession, uses: [use('2026-11-24', '00:30')] }).map((s) => s.start)).toEqual([
      '00:00',
    ]);
    expect(slots({ ...beforeLateSession, uses: [use('2026-11-23', '00:30')] })).toEqual([]);
  });

  it('keeps a remedy’s own longer gap when it asks for one', () => {
    const limits = { ...(cold.limits as NonNullable<Remedy['limits']>), minGapMinutes: 90 };
    expect(slots({ remedy: { ...cold, limits }, uses: [use(date, '07:20')] })[0]?.start).toBe('09:10');
  });

  it('spreads cold over the day even with sessions planned, and heat too when there are none', () => {
    expect(slots({ sessionTimes: [600, 900] }).map((s) => s.start)).toEqual(['07:30', '13:00', '18:00']);
    expect(slots({ remedy: heat, kind: 'heat' }).map((s) => s.start)).toEqual(['07:30', '13:00', '18:00']);
  });

  it('lets a slot end exactly an hour before a logged use, not 50 minutes before it', () => {
    expect(slots({ uses: [use(date, '08:45')] })[0]?.start).toBe('07:30');
    expect(slots({ uses: [use(date, '08:35')] })[0]?.start).toBe('09:55');
  });

  it('spaces two heat slots before close sessions an hour apart, end to start', () => {
    expect(slots({ remedy: heat, kind: 'heat', sessionTimes: [540, 570] }).map((s) => s.start)).toEqual([
      '08:40',
      '10:00',
    ]);
  });
});
