import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../schemas/diary.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { flareMessage } from './flare.js';
import { latestTriage, safetyGate, uncheckedRedFlagStop } from './safety.js';

const t = (at: string, level: TriageRecord['level'], trigger?: TriageRecord['trigger']): TriageRecord => ({
  at,
  level,
  facts: {},
  fired: [],
  ...(trigger ? { trigger } : {}),
});
const stopped = (extra: Partial<SessionLog> = {}): SessionLog => ({
  date: '2026-11-22',
  startedAt: '2026-11-22T09:00:00.000Z',
  minutes: 10,
  exerciseIds: ['x'],
  completed: false,
  stopSymptom: 'tingling',
  ...extra,
});

describe('the latest check', () => {
  it('is the latest instant, not the latest text', () => {
    const list = [t('2026-11-22T03:45:00.000-08:00', 'soon'), t('2026-11-22T05:34:00.000Z', 'self_care')];
    expect(latestTriage(list, '2026-11-22')?.level).toBe('soon');
    expect(latestTriage([...list].reverse(), '2026-11-22')?.level).toBe('soon');
  });
  it('is the later one even when an earlier one was more serious, whatever the order', () => {
    const list = [t('2026-11-22T08:00:00.000Z', 'emergency'), t('2026-11-22T09:00:00.000Z', 'self_care')];
    expect(latestTriage(list, '2026-11-22')?.level).toBe('self_care');
    expect(latestTriage([...list].reverse(), '2026-11-22')?.level).toBe('self_care');
  });
  it('is the more serious of two at the same instant, whatever the order', () => {
    const list = [t('2026-11-22T10:00:00.000Z', 'urgent'), t('2026-11-22T11:00:00.000+01:00', 'soon')];
    expect(latestTriage(list, '2026-11-22')?.level).toBe('urgent');
    expect(latestTriage([...list].reverse(), '2026-11-22')?.level).toBe('urgent');
  });
  it('leaves out checks written after the day, and ones whose time is not a time', () => {
    const list = [
      t('2026-11-21T10:00:00.000Z', 'soon'),
      t('2026-11-23T00:10:00.000+14:00', 'emergency'),
      t('2026-11-22Tnonsense', 'emergency'),
    ];
    expect(latestTriage(list, '2026-11-22')?.level).toBe('soon');
    expect(latestTriage(list, '2026-11-23')?.level).toBe('emergency');
    expect(latestTriage([], '2026-11-22')).toBeUndefined();
  });
});

describe('a red-flag stop', () => {
  it('is re-checked only by a check after the session ended', () => {
    expect(
      uncheckedRedFlagStop([stopped()], [t('2026-11-22T09:10:00.000Z', 'self_care')], '2026-11-22'),
    ).toBeDefined();
    expect(
      uncheckedRedFlagStop([stopped()], [t('2026-11-22T09:10:00.001Z', 'self_care')], '2026-11-22'),
    ).toBeUndefined();
  });
  it('is not a red flag when the symptom does not reopen the check', () => {
    expect(uncheckedRedFlagStop([stopped({ stopSymptom: 'sharp_pain' })], [], '2026-11-22')).toBeUndefined();
    expect(uncheckedRedFlagStop([stopped({ stopSymptom: undefined })], [], '2026-11-22')).toBeUndefined();
  });
  it('does not count before its own day, nor a check written after the plan’s day', () => {
    expect(uncheckedRedFlagStop([stopped()], [], '2026-11-21')).toBeUndefined();
    expect(
      uncheckedRedFlagStop([stopped()], [t('2026-11-23T08:00:00.000Z', 'self_care')], '2026-11-22'),
    ).toBeDefined();
    expect(
      uncheckedRedFlagStop([stopped()], [t('2026-11-23T08:00:00.000Z', 'self_care')], '2026-11-23'),
    ).toBeUndefined();
  });
  it('of unknown length is re-checked by the check it opened, after its start', () => {
    const s = stopped({ minutes: undefined });
    expect(
      uncheckedRedFlagStop([s], [t('2026-11-22T09:00:00.001Z', 'self_care', 'session_stop')], '2026-11-22'),
    ).toBeUndefined();
    expect(
      uncheckedRedFlagStop([s], [t('2026-11-22T09:00:00.000Z', 'self_care', 'session_stop')], '2026-11-22'),
    ).toBeDefined();
    expect(
      uncheckedRedFlagStop([s], [t('2026-11-22T12:00:00.000Z', 'self_care', 'manual')], '2026-11-22'),
    ).toBeDefined();
  });
  it('without a start is re-checked by a check on a later day only', () => {
    const s = stopped({ startedAt: undefined, minutes: 10 });
    expect(
      uncheckedRedFlagStop([s], [t('2026-11-22T23:00:00.000Z', 'self_care', 'session_stop')], '2026-11-22'),
    ).toBeDefined();
    expect(
      uncheckedRedFlagStop([s], [t('2026-11-23T00:30:00.000Z', 'self_care')], '2026-11-23'),
    ).toBeUndefined();
  });
});

describe('the safety gate', () => {
  const gate = (level?: TriageRecord['level'], sessions: SessionLog[] = []) =>
    safetyGate(
      { sessions, checkIns: [], triages: level ? [t('2026-11-22T08:00:00.000Z', level)] : [] },
      '2026-11-22',
    );
  it('holds exercise and remedies after an emergency and says call now', () => {
    expect(gate('emergency')).toMatchObject({ holdExercise: true, holdRemedies: true, settleOnly: false });
    expect(gate('emergency').notices).toEqual([
      {
        kind: 'emergency',
        severity: 'stop',
        message: 'Your last check found signs of an emergency. Call the emergency number now.',
      },
    ]);
  });
  it('only settles after an urgent check, with a stop notice', () => {
    expect(gate('urgent')).toMatchObject({ holdExercise: false, holdRemedies: false, settleOnly: true });
    expect(gate('urgent').notices).toEqual([
      {
        kind: 'see_clinician',
        severity: 'stop',
        message: 'Your last check says to see a clinician today. Until then, only gentle settling movements.',
      },
    ]);
  });
  it('warns after a soon check and lets the day go on', () => {
    expect(gate('soon')).toMatchObject({ holdExercise: false, holdRemedies: false, settleOnly: false });
    expect(gate('soon').notices).toEqual([
      {
        kind: 'see_clinician',
        severity: 'warn',
        message:
          'Your last check says to book a GP or physiotherapist within a few days. Gentle self-care meanwhile.',
      },
    ]);
  });
  it('says nothing after self-care', () => {
    expect(gate('self_care')).toMatchObject({
      holdExercise: false,
      holdRemedies: false,
      settleOnly: false,
      notices: [],
    });
  });
  it('offers nothing routine before any check, and asks for it first', () => {
    expect(gate()).toMatchObject({ holdExercise: true, holdRemedies: true, settleOnly: false });
    expect(gate().notices.map((n) => [n.kind, n.severity])).toEqual([['check_first', 'stop']]);
  });
  it('holds exercise, not remedies, after an unchecked red-flag stop, and asks for the check', () => {
    const g = gate('self_care', [stopped()]);
    expect(g).toMatchObject({ holdExercise: true, holdRemedies: false });
    expect(g.notices).toEqual([
      {
        kind: 'recheck_after_stop',
        severity: 'stop',
        message:
          'You stopped a session with a symptom that needs a quick check before any more exercise. Please run the check now.',
      },
    ]);
  });
});

describe('the words of the gates that hold exercise', () => {
  const gate = (history: Partial<Parameters<typeof safetyGate>[0]>) =>
    safetyGate({ sessions: [], checkIns: [], triages: [], ...history }, '2026-11-22', 5);

  it('before any check: answer the safety questions first', () => {
    expect(gate({}).notices).toContainEqual({
      kind: 'check_first',
      severity: 'stop',
      message:
        'Answer the safety questions first (about a minute when nothing is wrong); your plan follows what they find.',
    });
  });

  it('after a flare with no check since: a stop notice that says why', () => {
    const triages = [t('2026-11-22T07:00:00.000Z', 'self_care')];
    const checkIns = [{ date: '2026-11-22', at: '2026-11-22T09:00:00.000Z', pain: 9 }];
    expect(gate({ triages, checkIns }).notices).toContainEqual({
      kind: 'recheck_flare',
      severity: 'stop',
      message: flareMessage('high_pain'),
    });
  });
});
