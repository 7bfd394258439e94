import { describe, expect, it } from 'vitest';
import type { CheckIn, SessionLog } from '../schemas/diary.js';
import type { Intake } from '../schemas/intake.js';
import { decidePhase, phaseAt, phaseIndex } from './phase.js';

const intake: Intake = { startedOn: '2026-11-20', pain: 5, stuck: ['turn_left', 'turn_right'] };
const date = '2026-11-28';
const decide = (o: {
  painNow?: number;
  day?: number;
  checkIns?: CheckIn[];
  sessions?: SessionLog[];
  settleOnly?: boolean;
  intake?: Intake;
}) =>
  decidePhase({
    intake: o.intake ?? intake,
    day: o.day ?? 8,
    painNow: o.painNow ?? 3,
    date,
    checkIns: o.checkIns ?? [],
    sessions: o.sessions ?? [],
    ...(o.settleOnly !== undefined ? { settleOnly: o.settleOnly } : {}),
  });
const freer: CheckIn[] = [{ date: '2026-11-27', pain: 3, stuck: ['turn_left'] }];
const session = (extra: Partial<SessionLog>): SessionLog => ({
  date: '2026-11-27',
  exerciseIds: ['x'],
  completed: true,
  ...extra,
});

describe('the phase', () => {
  it('steps through the phases in order and stays inside them', () => {
    expect(['settle', 'loosen', 'strengthen', 'prevent'].map((p) => phaseIndex(p as never))).toEqual([
      0, 1, 2, 3,
    ]);
    expect([-1, 0, 3, 4].map(phaseAt)).toEqual(['settle', 'settle', 'prevent', 'prevent']);
  });
  it('settles when the last check was urgent, whatever the pain, and says why', () => {
    expect(decide({ settleOnly: true, checkIns: freer })).toMatchObject({
      phase: 'settle',
      reason: 'Your last check says to see a clinician today, so until then only gentle settling movements.',
      step: 0,
    });
    expect(decide({ settleOnly: false, checkIns: freer }).phase).toBe('strengthen');
  });
  it('settles at pain 7 exactly and says the pain', () => {
    expect(decide({ painNow: 7, checkIns: freer })).toMatchObject({
      phase: 'settle',
      reason:
        'Your pain is 7/10, so today is about settling it: gentle movement within comfort, rest positions, breathing, and heat or cold.',
    });
  });
  it('settles on the first two days and loosens from the third', () => {
    expect(decide({ day: 1, checkIns: freer })).toMatchObject({
      phase: 'settle',
      reason:
        'The first day or two are for settling the spasm: gentle movement within comfort, rest positions, and heat or cold.',
    });
    expect(decide({ day: 2, painNow: 5 })).toMatchObject({
      phase: 'loosen',
      reason: 'Your pain is 5/10: gentle stretches today to loosen the muscles.',
    });
  });
  it('strengthens at pain 4 exactly with freer movement, not at 5', () => {
    expect(decide({ painNow: 4, checkIns: freer })).toMatchObject({
      phase: 'strengthen',
      reason:
        'Your pain is 4/10 and your neck moves more freely, so we add gentle strengthening to the stretches.',
    });
    expect(decide({ painNow: 5, checkIns: freer }).phase).toBe('loosen');
  });
  it('loosens at low pain while movement is not yet freer, and says strengthening comes later', () => {
    expect(
      decide({ painNow: 3, checkIns: [{ date: '2026-11-27', pain: 3, stuck: ['turn_left', 'turn_right'] }] }),
    ).toMatchObject({
      phase: 'loosen',
      reason: 'Gentle stretches today, to loosen the movement before we add strengthening.',
    });
  });
  it('reads freer movement from stiffness down meaningfully, or from nothing stuck at all', () => {
    const stiff = (a: number, b: number): CheckIn[] => [
      { date: '2026-11-26', pain: 3, stiffness: a },
      { date: '2026-11-27', pain: 3, stiffness: b },
    ];
    expect(decide({ checkIns: stiff(6, 4) }).phase).toBe('strengthen');
    expect(decide({ checkIns: stiff(6, 5) }).phase).toBe('loosen');
    expect(decide({ checkIns: [{ date: '2026-11-27', pain: 3, stiffness: 2 }] }).phase).toBe('loosen');
    const none = { ...intake, stuck: [] };
    expect(decide({ intake: none, checkIns: [{ date: '2026-11-27', pain: 3, stuck: [] }] }).phase).toBe(
      'strengthen',
    );
    expect(decide({ intake: none, checkIns: [{ date: '2026-11-27', pain: 3 }] }).phase).toBe('loosen');
    expect(
      decide({ intake: none, checkIns: [{ date: '2026-11-27', pain: 3, stuck: ['look_up'] }] }).phase,
    ).toBe('loosen');
  });
  it('prevents from day 7 exactly when pain is 2 or less over the last two check-ins', () => {
    const low: CheckIn[] = [
      { date: '2026-11-26', pain: 2 },
      { date: '2026-11-27', pain: 2, stuck: [] },
    ];
    expect(decide({ day: 7, painNow: 2, checkIns: low })).toMatchObject({
      phase: 'prevent',
      reason:
        'Your pain is low and steady. Keep a short routine going for 6 to 8 weeks to stop it coming back.',
    });
    expect(decide({ day: 6, painNow: 2, checkIns: low }).phase).toBe('strengthen');
    expect(decide({ day: 7, painNow: 3, checkIns: low }).phase).toBe('strengthen');
    expect(
      decide({ day: 7, painNow: 2, checkIns: [{ ...(low[0] as CheckIn), pain: 3 }, low[1] as CheckIn] })
        .phase,
    ).toBe('strengthen');
    expect(decide({ day: 7, painNow: 2, checkIns: [low[1] as CheckIn] }).phase).toBe('strengthen');
  });
  it('steps back a phase after a rise of 2 in the last session, and says so for the phase it ends in', () => {
    const d = decide({ checkIns: freer, sessions: [session({ painBefore: 2, painAfter: 4 })] });
    expect(d).toEqual({
      phase: 'loosen',
      reason: 'Today is a step easier: gentle stretches to loosen the muscles, without strengthening.',
      step: -1,
      steppedBack: 'Your pain rose by 2 during the last session, so today is a step easier.',
      progressed: null,
    });
    expect(decide({ checkIns: freer, sessions: [session({ painBefore: 2, painAfter: 3 })] }).step).toBe(0);
  });
  it('steps back after a stop, and after a rise of 2 between check-ins', () => {
    expect(decide({ checkIns: freer, sessions: [session({ stopSymptom: 'sharp_pain' })] }).steppedBack).toBe(
      'You stopped the last session because of a symptom, so today is a step easier.',
    );
    const rise: CheckIn[] = [
      { date: '2026-11-26', pain: 1, stuck: ['turn_left'] },
      { date: '2026-11-27', pain: 3, stuck: ['turn_left'] },
    ];
    expect(decide({ checkIns: rise })).toMatchObject({
      phase: 'loosen',
      steppedBack: 'Your pain rose by 2 since the last check-in, so today is a step easier.',
    });
    expect(
      decide({
        day: 3,
        painNow: 5,
        checkIns: [
          { date: '2026-11-27', pain: 5 },
          { date: '2026-11-28', pain: 7 },
        ],
      }),
    ).toMatchObject({
      phase: 'settle',
      reason:
        'Today is a step easier: settling the neck with gentle movement within comfort, rest positions, and heat or cold.',
    });
    expect(decide({ painNow: 7, sessions: [session({ stopSymptom: 'sharp_pain' })] })).toMatchObject({
      phase: 'settle',
      step: -1,
      reason: expect.stringMatching(/^Your pain is 7\/10/),
    });
  });
  it('judges the latest session by its start, not by the list', () => {
    const sessions = [
      session({ startedAt: '2026-11-27T18:00:00.000Z', painBefore: 3, painAfter: 3, effort: 'easy' }),
      session({ startedAt: '2026-11-27T08:00:00.000Z', painBefore: 2, painAfter: 5 }),
    ];
    expect(decide({ checkIns: freer, sessions }).step).toBe(1);
    expect(decide({ checkIns: freer, sessions: [...sessions].reverse() }).step).toBe(1);
  });
  it('steps the dosage up after easy sessions with no rise, counting the last two', () => {
    const easy = (d: string, extra: Partial<SessionLog> = {}) =>
      session({ date: d, effort: 'easy', ...extra });
    expect(decide({ checkIns: freer, sessions: [easy('2026-11-26'), easy('2026-11-27')] })).toMatchObject({
      step: 2,
      progressed: 'Your last sessions felt easy and the pain did not rise, so the dosage goes up a little.',
      reason: expect.stringMatching(/we add gentle strengthening/),
    });
    expect(
      decide({
        checkIns: freer,
        sessions: [easy('2026-11-25'), session({ date: '2026-11-26' }), session({ date: '2026-11-27' })],
      }).step,
    ).toBe(0);
    expect(decide({ checkIns: freer, sessions: [easy('2026-11-27', { completed: false })] }).step).toBe(0);
    expect(
      decide({ checkIns: freer, sessions: [easy('2026-11-27', { painBefore: 3, painAfter: 4 })] }).step,
    ).toBe(0);
    expect(
      decide({ checkIns: freer, sessions: [easy('2026-11-27', { painBefore: 3, painAfter: 3 })] }).step,
    ).toBe(1);
    expect(decide({ day: 1, sessions: [easy('2026-11-27')] })).toMatchObject({
      phase: 'settle',
      step: 0,
      progressed: null,
    });
    expect(decide({ checkIns: freer, sessions: [easy('2026-11-29')] }).step).toBe(0);
  });
});

describe('is the neck moving more freely?', () => {
  const noneStuck: Intake = { startedOn: '2026-11-20', pain: 5 };
  const at = (day: string, c: Partial<CheckIn>): CheckIn => ({ date: day, pain: 3, ...c });

  it('a later check-in that does not mention stuck movements keeps the last list it gave', () => {
    const checkIns = [at('2026-11-26', { stuck: ['turn_left'] }), at('2026-11-27', {})];
    expect(decide({ day: 5, checkIns }).phase).toBe('strengthen');
  });

  it('with nothing stuck at the start, a check-in with nothing stuck is freer, even with one stiffness report', () => {
    const checkIns = [at('2026-11-27', { stuck: [], stiffness: 5 })];
    expect(decide({ day: 5, intake: noneStuck, checkIns }).phase).toBe('strengthen');
  });

  it('with nothing stuck at the start, no word on it since is not freer, nor is a movement stuck now', () => {
    expect(decide({ day: 5, intake: noneStuck }).phase).toBe('loosen');
    const nowStuck = [at('2026-11-27', { stuck: ['turn_left'] })];
    expect(decide({ day: 5, intake: noneStuck, checkIns: nowStuck }).phase).toBe('loosen');
  });

  it('with no check-in at all a stuck neck is not yet freer', () => {
    expect(decide({ day: 5 })).toMatchObject({ phase: 'loosen', step: 0, progressed: null });
  });

  it('compares stiffness from the first report that gave it to the last, past reports without it', () => {
    const checkIns = [
      at('2026-11-24', {}),
      at('2026-11-25', { stiffness: 6 }),
      at('2026-11-26', { stiffness: 5 }),
      at('2026-11-27', { stiffness: 2 }),
    ];
    expect(decide({ day: 5, checkIns }).phase).toBe('strengthen');
  });
});

describe('the reason, written for the phase the day is in', () => {
  const prescribed = (phase: 'settle' | 'loosen' | 'prevent') =>
    decidePhase({ intake, day: 8, painNow: 3, date, checkIns: [], sessions: [], prescribed: phase }).reason;

  it('says the clinician chose the phase when they did, for every phase', () => {
    expect(prescribed('settle')).toBe(
      'Your clinician asked for settling: gentle movement within comfort, rest positions, and heat or cold.',
    );
    expect(prescribed('loosen')).toBe(
      'Your clinician set gentle stretches to loosen the muscles, without strengthening for now.',
    );
    expect(prescribed('prevent')).toBe(
      'Your clinician set a short routine to keep going for 6 to 8 weeks, to stop it coming back.',
    );
  });

  it('loosening at pain 4 exactly says strengthening comes next; at 5 it names the pain', () => {
    expect(decide({ day: 5, painNow: 4 }).reason).toBe(
      'Gentle stretches today, to loosen the movement before we add strengthening.',
    );
    expect(decide({ day: 5, painNow: 5 }).reason).toBe(
      'Your pain is 5/10: gentle stretches today to loosen the muscles.',
    );
  });
});

describe('the routine against recurrence', () => {
  const low = (days: string[]): CheckIn[] => days.map((d) => ({ date: d, pain: 2, stuck: ['turn_left'] }));

  it('starts on day 7 exactly with the last two reports low, not on day 6', () => {
    const checkIns = low(['2026-11-26', '2026-11-27']);
    expect(decide({ day: 7, painNow: 2, checkIns }).phase).toBe('prevent');
    expect(decide({ day: 6, painNow: 2, checkIns }).phase).toBe('strengthen');
  });

  it('looks at the last two reports only: an earlier high one does not hold it back', () => {
    const checkIns = [
      { date: '2026-11-25', pain: 5, stuck: ['turn_left'] },
      ...low(['2026-11-26', '2026-11-27']),
    ] as CheckIn[];
    expect(decide({ day: 8, painNow: 2, checkIns }).phase).toBe('prevent');
  });
});

describe('stepping back and up from the last days', () => {
  it('compares the last two check-ins for a rise, not the first two', () => {
    const checkIns: CheckIn[] = [
      { date: '2026-11-25', pain: 3 },
      { date: '2026-11-26', pain: 3 },
      { date: '2026-11-27', pain: 6 },
    ];
    expect(decide({ day: 5, painNow: 6, checkIns }).steppedBack).toBe(
      'Your pain rose by 3 since the last check-in, so today is a step easier.',
    );
  });

  it('a session with only one of the two pains noted never steps back for a rise', () => {
    expect(decide({ day: 5, sessions: [session({ painBefore: 2 })] }).step).toBe(0);
    expect(decide({ day: 5, sessions: [session({ painAfter: 9 })] }).step).toBe(0);
  });

  it('an easy session counts when the pain did not rise or one of the pains is not noted, not when it rose', () => {
    const easy = (p: Partial<SessionLog>) =>
      decide({ day: 5, sessions: [session({ effort: 'easy', ...p })] });
    expect(easy({ painBefore: 3, painAfter: 3 }).step).toBe(1);
    expect(easy({ painBefore: 3 }).step).toBe(1);
    expect(easy({ painAfter: 3 }).step).toBe(1);
    expect(easy({ painBefore: 3, painAfter: 4 })).toMatchObject({ step: 0, progressed: null });
  });

  it('easy sessions do not raise the dosage while settling', () => {
    const sessions = [session({ effort: 'easy', painBefore: 3, painAfter: 2 })];
    expect(decide({ day: 1, sessions })).toMatchObject({ phase: 'settle', step: 0, progressed: null });
  });
});
