import type { History, TriageRecord } from '@crick/core';
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
});
