import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { checkInsUpTo, dateTimeOn, sessionsUpTo, triagesUpTo } from '../plan/plan-arbitraries.testkit.js';
import { runs } from '../property.testkit.js';
import type { CheckIn, SessionLog } from '../schemas/diary.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import {
  type AttentionInput,
  type AttentionReason,
  byAttention,
  patientAttention,
  weekStartOf,
} from './attention.js';

/** A Thursday. */
const date = '2026-11-26';
const empty: AttentionInput = { checkIns: [], sessions: [], triages: [], psfs: [], remedyUses: [], date };
const triage = (at: string, level: TriageRecord['level'], fired: string[] = []): TriageRecord => ({
  at,
  level,
  facts: {},
  fired,
});
const done = (day: string, extra: Partial<SessionLog> = {}): SessionLog => ({
  date: day,
  startedAt: `${day}T09:00:00.000Z`,
  exerciseIds: ['gentle-turn'],
  completed: true,
  outcome: 'finished',
  ...extra,
});
/** Finished sessions on each of the last `n` days up to `date`. */
const everyDay = (n: number) => Array.from({ length: n }, (_, i) => done(addDays(date, -i)));
const attention = (input: Partial<AttentionInput>) => patientAttention({ ...empty, ...input });
const kinds = (input: Partial<AttentionInput>) => attention(input).reasons.map((r) => r.kind);
const pains = (...values: number[]): CheckIn[] =>
  values.map((pain, i) => ({ date: addDays(date, i - values.length + 1), pain }));

describe('why a patient needs attention', () => {
  it('names a check at soon or higher since the last review, with its level and rules', () => {
    const a = attention({
      triages: [triage(`${date}T08:00:00.000Z`, 'urgent', ['RF-U01'])],
      sessions: everyDay(7),
      lastReviewedAt: `${addDays(date, -1)}T17:00:00.000Z`,
    });
    expect(a.reasons).toEqual([
      {
        kind: 'triage',
        level: 'urgent',
        message: `A check on ${date} came out urgent: see a clinician today (RF-U01).`,
      },
    ]);
  });

  it('does not name a check made before the last review, nor a self-care check', () => {
    const review = `${date}T12:00:00.000Z`;
    expect(
      kinds({
        triages: [triage(`${date}T08:00:00.000Z`, 'soon')],
        lastReviewedAt: review,
        sessions: everyDay(7),
      }),
    ).toEqual([]);
    expect(
      kinds({
        triages: [triage(`${date}T13:00:00.000Z`, 'self_care')],
        lastReviewedAt: review,
        sessions: everyDay(7),
      }),
    ).toEqual([]);
  });

  it('names the most serious check since the review, not the latest', () => {
    const a = attention({
      triages: [triage(`${date}T07:00:00.000Z`, 'emergency'), triage(`${date}T09:00:00.000Z`, 'soon')],
      sessions: everyDay(7),
    });
    expect(a.reasons.map((r) => r.level)).toEqual(['emergency']);
  });

  it('names a stop with a red-flag sign since the review, but not a stop for sharp pain', () => {
    const stopped = done(date, { completed: false, outcome: 'stopped', stopSymptom: 'tingling' });
    const a = attention({ sessions: [...everyDay(7), stopped] });
    expect(a.reasons).toEqual([
      {
        kind: 'red_flag_stop',
        message: `Stopped a session on ${date}: “Tingling or numbness in my arm or hand”, a sign that needs the check again.`,
      },
    ]);
    const sharp = done(date, { completed: false, outcome: 'stopped', stopSymptom: 'sharp_pain' });
    expect(kinds({ sessions: [...everyDay(7), sharp] })).toEqual([]);
    const before = { ...stopped, startedAt: `${date}T08:00:00.000Z` };
    expect(kinds({ sessions: [...everyDay(7), before], lastReviewedAt: `${date}T10:00:00.000Z` })).toEqual(
      [],
    );
  });

  it('names a meaningful rise in pain: 2 points, or 30% of where it was', () => {
    const rise = (...values: number[]) => kinds({ checkIns: pains(...values), sessions: everyDay(7) });
    expect(rise(3, 5)).toEqual(['pain_rise']);
    expect(rise(3, 4)).toEqual(['pain_rise']);
    expect(rise(4, 5)).toEqual([]);
    expect(rise(5, 2, 4)).toEqual(['pain_rise']);
    expect(attention({ checkIns: pains(5, 2, 4), sessions: everyDay(7) }).reasons[0]?.message).toBe(
      `Pain rose from 2/10 on ${addDays(date, -1)} to 4/10 on ${date}.`,
    );
  });

  it('measures the rise from where the clinician left it at the last review, not from before', () => {
    const checkIns = pains(2, 5, 6);
    const sessions = everyDay(7);
    expect(kinds({ checkIns, sessions })).toEqual(['pain_rise']);
    expect(kinds({ checkIns, sessions, lastReviewedAt: `${addDays(date, -1)}T18:00:00.000Z` })).toEqual([]);
  });

  it('names missed sessions when fewer than half of those planned were done in the last 7 days, or since the first day recorded', () => {
    const three = [done(date), done(addDays(date, -2)), done(addDays(date, -4))];
    const checkIns = [{ date: addDays(date, -6), pain: 4 }];
    expect(attention({ sessions: three, checkIns }).reasons).toEqual([
      { kind: 'missed_sessions', message: 'Did 3 of 7 planned sessions in the last 7 days.' },
    ]);
    expect(kinds({ sessions: [...three, done(addDays(date, -6))] })).toEqual([]);
    expect(kinds({ sessions: three })).toEqual([]);
    expect(kinds({ sessions: everyDay(7), plannedPerDay: 3 })).toEqual(['missed_sessions']);
  });

  it('counts only finished sessions as done: one with every exercise skipped is not', () => {
    const skipped = everyDay(7).map((s) => ({
      ...s,
      outcome: 'skipped' as const,
      skippedIds: s.exerciseIds,
    }));
    expect(kinds({ sessions: skipped })).toEqual(['missed_sessions']);
  });

  it('puts the most serious reason first', () => {
    const a = attention({
      checkIns: pains(2, 6),
      triages: [triage(`${date}T08:00:00.000Z`, 'soon')],
      sessions: [done(date, { completed: false, outcome: 'stopped', stopSymptom: 'dizziness' })],
    });
    expect(a.reasons.map((r) => r.kind)).toEqual(['red_flag_stop', 'triage', 'pain_rise', 'missed_sessions']);
  });
});

describe('what the clinician sees beside the reasons', () => {
  it('weeks start on a Monday', () => {
    expect(weekStartOf('2026-11-26')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-22')).toBe('2026-11-16');
  });

  it('gives adherence per week, planned from the first day recorded, done at most as planned each day', () => {
    const sessions = [done('2026-11-20'), done('2026-11-20'), done('2026-11-24'), done('2026-11-26')];
    const a = attention({ sessions, checkIns: [{ date: '2026-11-19', pain: 4 }], weeks: 3 });
    expect(a.adherence).toEqual([
      { weekStart: '2026-11-09', planned: 0, done: 0 },
      { weekStart: '2026-11-16', planned: 4, done: 1 },
      { weekStart: '2026-11-23', planned: 4, done: 2 },
    ]);
    expect(
      attention({ sessions, checkIns: [{ date: '2026-11-19', pain: 4 }], plannedPerDay: 2 }).adherence.at(-1),
    ).toEqual({
      weekStart: '2026-11-23',
      planned: 8,
      done: 2,
    });
  });

  it('gives the latest pain and the last check with its rules', () => {
    const last = triage(`${date}T08:00:00.000Z`, 'soon', ['RF-S08']);
    const a = attention({
      checkIns: pains(6, 3),
      triages: [triage(`${date}T07:00:00.000Z`, 'self_care'), last],
    });
    expect(a.painNow).toBe(3);
    expect(a.lastTriage).toEqual(last);
    expect(attention({}).painNow).toBeUndefined();
    expect(attention({}).reasons).toEqual([]);
  });
});

describe('sorting patients by attention', () => {
  const r = (kind: AttentionReason['kind'], level?: TriageRecord['level']): AttentionReason => ({
    kind,
    message: kind,
    ...(level ? { level } : {}),
  });

  it('puts an emergency check before a pain rise with missed sessions', () => {
    const emergency = { reasons: [r('triage', 'emergency')] };
    const painAndMissed = { reasons: [r('pain_rise'), r('missed_sessions')] };
    expect([painAndMissed, emergency].sort(byAttention)).toEqual([emergency, painAndMissed]);
  });

  it('of two alike at the top, puts the one with more reasons first; alike patients compare equal', () => {
    const one = { reasons: [r('red_flag_stop')] };
    const two = { reasons: [r('red_flag_stop'), r('missed_sessions')] };
    expect(byAttention(two, one)).toBeLessThan(0);
    expect(byAttention(one, { reasons: [r('triage', 'urgent')] })).toBe(0);
  });

  const reasons = fc.array(
    fc.oneof(
      fc
        .constantFrom('emergency', 'urgent', 'soon')
        .map((level) => r('triage', level as TriageRecord['level'])),
      fc
        .constantFrom('red_flag_stop', 'pain_rise', 'missed_sessions')
        .map((kind) => r(kind as AttentionReason['kind'])),
    ),
    { maxLength: 5 },
  );

  it('a patient with more serious reasons never sorts below one with fewer', () => {
    fc.assert(
      fc.property(reasons, reasons, (some, more) => {
        const fewer = { reasons: some };
        const added = { reasons: [...some, ...more] };
        expect(byAttention(added, fewer)).toBeLessThanOrEqual(0);
        expect(Math.sign(byAttention(fewer, added)) + Math.sign(byAttention(added, fewer))).toBe(0);
      }),
      runs(500),
    );
  });

  it('sorts any list into an order every pair agrees with', () => {
    fc.assert(
      fc.property(
        fc.array(
          reasons.map((rs) => ({ reasons: rs })),
          { maxLength: 8 },
        ),
        (patients) => {
          const sorted = [...patients].sort(byAttention);
          for (let i = 0; i < sorted.length; i++)
            for (let j = i + 1; j < sorted.length; j++)
              expect(
                byAttention(sorted[i] as (typeof sorted)[number], sorted[j] as (typeof sorted)[number]),
              ).toBeLessThanOrEqual(0);
        },
      ),
      runs(300),
    );
  });

  it('a new check at soon or higher since the review never moves a patient down', () => {
    const histories = fc.record({
      checkIns: checkInsUpTo(date),
      sessions: sessionsUpTo(date),
      triages: triagesUpTo(date),
      check: fc.tuple(fc.constantFrom('soon', 'urgent', 'emergency'), dateTimeOn(date)),
    });
    fc.assert(
      fc.property(histories, ({ check: [level, at], ...history }) => {
        const before = attention(history);
        const after = attention({
          ...history,
          triages: [...history.triages, triage(at, level as TriageRecord['level'])],
        });
        expect(byAttention(after, before)).toBeLessThanOrEqual(0);
        expect(after.reasons.map((x) => x.kind)).toContain('triage');
      }),
      runs(300),
    );
  });
});
