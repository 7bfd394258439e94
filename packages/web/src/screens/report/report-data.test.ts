import type { History, Intake, TriageRecord } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report-data.js';

const triage = (at: string, level: TriageRecord['level']): TriageRecord =>
  ({ at, facts: {}, level, fired: [], trigger: 'first' }) as unknown as TriageRecord;

const history = (triages: TriageRecord[]): History =>
  ({ checkIns: [], sessions: [], remedyUses: [], triages, psfs: [] }) as unknown as History;

describe("the doctor's report", () => {
  it('names the latest check by its instant, not by how its time is written', () => {
    // 03:45 at UTC-8 is 11:45 UTC: after 05:34 UTC, though it sorts before it as text.
    const report = buildReport({
      intake: null,
      history: history([
        triage('2026-11-20T03:45:00-08:00', 'urgent'),
        triage('2026-11-20T05:34:00Z', 'self_care'),
      ]),
      today: '2026-11-20',
      medicines: '',
      questions: [],
    });
    expect(report.triage?.summary).toBe('Last red-flag check on 2026-11-20: See a clinician today.');
  });

  it('tells a precaution from a sign the person gave', () => {
    const checked = {
      ...triage('2026-11-20T09:00:00Z', 'soon'),
      fired: ['RF-S10', 'RF-S09'],
      precautions: ['RF-S10'],
    } as unknown as TriageRecord;
    const report = buildReport({
      intake: null,
      history: history([checked]),
      today: '2026-11-20',
      medicines: '',
      questions: [],
    });
    expect(report.triage?.reasons[0]).toMatch(
      /^RF-S10 \(precaution, not ruled out for want of an answer\): /,
    );
    expect(report.triage?.reasons[1]).toMatch(/^RF-S09: said /);
  });

  it('lists what the person said that matters: the answers that were not no, the "not sure" ones, and a count of the rest', () => {
    const checked = {
      ...triage('2026-11-20T09:00:00Z', 'soon'),
      facts: {
        age: 44,
        fever: false,
        chest_pain: false,
        headache: 'none',
        arm_symptoms: 'one_arm',
        trauma: 'unsure',
      },
      unsure: ['trauma'],
    } as unknown as TriageRecord;
    const report = buildReport({
      intake: null,
      history: history([checked]),
      today: '2026-11-20',
      medicines: '',
      questions: [],
    });
    expect(report.triage.answers).toEqual(['Age: 44', 'Pain or tingling into an arm: Yes, in one arm']);
    expect(report.triage.unsure).toEqual(['Started after an injury or fall']);
    expect(report.triage.others).toBe('The other 3 answers were no or none.');
  });

  const intake = { startedOn: '2026-11-01', pain: 6 } as Intake;
  const withPain = (pains: [string, number][]): History =>
    ({ ...history([]), checkIns: pains.map(([date, pain]) => ({ date, pain })) }) as unknown as History;

  it('flags week one when pain has not improved by day 7, judged on the check-ins up to day 7', () => {
    const report = buildReport({
      intake,
      history: withPain([
        ['2026-11-07', 5],
        ['2026-11-20', 1],
      ]),
      today: '2026-11-20',
      medicines: '',
      questions: [],
    });
    expect(report.weekOne).toBe(
      'Week one (day 7, 2026-11-07): no real change, pain 6 at the start and 5 on day 7; flagged: not improved after a week, see a GP.',
    );
  });

  it('does not flag week one when pain had improved by day 7, and says when day 7 comes before it does', () => {
    const improved = withPain([['2026-11-07', 3]]);
    expect(
      buildReport({ intake, history: improved, today: '2026-11-07', medicines: '', questions: [] }).weekOne,
    ).toBe('Week one (day 7, 2026-11-07): better, pain 6 at the start and 3 on day 7; not flagged.');
    expect(
      buildReport({ intake, history: improved, today: '2026-11-06', medicines: '', questions: [] }).weekOne,
    ).toBe('Week one: the day-7 review is on 2026-11-07.');
  });

  it('charts the last 14 days and says how many earlier days it left off, keeping the band around the start', () => {
    const report = buildReport({
      intake,
      history: withPain([
        ['2026-11-01', 6],
        ['2026-11-06', 5],
        ['2026-11-07', 4],
        ['2026-11-20', 2],
      ]),
      today: '2026-11-20',
      medicines: '',
      questions: [],
    });
    expect(report.pain.dates).toEqual(['2026-11-07', '2026-11-20']);
    expect(report.pain.band).toMatchObject({ low: 4.2, high: 7.8 });
    expect(report.painWindow).toBe('Chart: the last 14 days (2 earlier days with a score left off).');
    expect(report.painSummary).toMatch(/^Pain \(0-10, daily mean\): 6 on 2026-11-01, 2 on 2026-11-20; /);
  });

  it('keeps the questions that fit the page, in order, and says how many more are in the app', () => {
    const questions = Array.from({ length: 12 }, (_, i) => `${i + 1} ${'why '.repeat(50)}`.slice(0, 200));
    const report = buildReport({
      intake: null,
      history: history([]),
      today: '2026-11-20',
      medicines: '',
      questions,
    });
    expect(report.questions).toEqual(questions.slice(0, 4));
    expect(report.questionsLeftOut).toBe('And 8 more questions in the app: the page is full.');
  });
});
