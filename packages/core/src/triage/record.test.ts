import { describe, expect, it } from 'vitest';
import { triageRecordOf } from './record.js';
import { rulesVersion } from './rules.js';
import { triage } from './triage.js';
import { compareLevels } from './verdict.js';

describe('the stored triage', () => {
  it('holds every fired rule, marks the precautions and the "not sure" answers, with the rules’ version and why it was run', () => {
    const facts = { age: 'unsure', gca_symptoms: 'unsure', onset_days: 2, rash_nonblanching: true } as const;
    const outcome = triage(facts);
    const record = triageRecordOf(outcome, facts, '2026-11-22T08:00:00.000Z', 'review');
    expect(record).toEqual({
      at: '2026-11-22T08:00:00.000Z',
      facts,
      level: outcome.level,
      fired: outcome.fired.map((f) => f.id),
      precautions: outcome.fired.filter((f) => f.precautionary).map((f) => f.id),
      unsure: ['age', 'gca_symptoms'],
      rules: rulesVersion,
      trigger: 'review',
    });
    expect(record.fired.length).toBeGreaterThan(record.precautions?.length ?? 0);
    expect(record.precautions?.length).toBeGreaterThan(0);
  });

  it('says nothing of why when no reason was given', () => {
    expect('trigger' in triageRecordOf(triage({ age: 30 }), { age: 30 }, '2026-11-22T08:00:00.000Z')).toBe(
      false,
    );
  });
});

describe('levels compared', () => {
  it('rank emergency over urgent over soon over self-care, and a level with itself as equal', () => {
    expect(compareLevels('emergency', 'urgent')).toBeGreaterThan(0);
    expect(compareLevels('soon', 'urgent')).toBeLessThan(0);
    expect(compareLevels('self_care', 'soon')).toBeLessThan(0);
    expect(compareLevels('urgent', 'urgent')).toBe(0);
  });
});
