import { describe, expect, it } from 'vitest';
import { triageRecordOf } from '../triage/record.js';
import { triage } from '../triage/triage.js';
import { validate } from '../validate.js';
import { validateRecord } from './record.js';
import { TriageRecordSchema } from './triage-record.js';

/** A triage as the app stored it under rule set 0.1: 0.1's fields only, no version, no precautions. */
const storedUnder01 = {
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
  type: 'triage',
  updatedAt: '2026-10-02T08:30:00.000Z-0000-device1',
  deleted: false,
  data: {
    at: '2026-10-02T08:29:51.000Z',
    facts: {
      age: 41,
      onset_days: 1,
      cause: 'slept on a sofa',
      mechanical_trigger: true,
      first_episode: true,
      pain_0_10: 6,
      pain_trend: 'same',
      cannot_cope_or_worried: true,
      can_rotate_45_both: true,
      nausea: false,
      sex: 'F',
      pregnant: true,
      headache: 'mild',
      visual_disturbance: false,
      sore_throat: false,
      heart_failure_or_cvd: false,
      anticoagulant: false,
    },
    level: 'soon',
    fired: ['RF-S09'],
    trigger: 'first',
  },
};

describe('a triage record', () => {
  it('made under rule set 0.1 still loads through the sync schema, deprecated field and all', () => {
    const loaded = validateRecord(storedUnder01);
    expect(loaded.ok).toBe(true);
    expect(validate(TriageRecordSchema, storedUnder01.data).ok).toBe(true);
  });

  it('made under rule set 0.1 is read as 0.2 reads it: pregnant becomes "not sure" about late pregnancy', () => {
    const outcome = triage(storedUnder01.data.facts);
    // With a headache, a pregnancy of unknown stage is checked the same day (RF-U17, NICE NG133).
    expect(outcome.level).toBe('urgent');
    expect(outcome.fired.find((r) => r.id === 'RF-U17')?.unsure).toEqual(['pregnant_late_or_postpartum']);
    // Worry alone no longer fires anything: RF-S09 reads cannot_cope_pain, not the 0.1 field.
    expect(outcome.fired.map((r) => r.id)).not.toContain('RF-S09');
  });

  it('made now holds every fired rule, its precautions, the unsure answers and the rule set', () => {
    const facts = { onset_days: 1, mechanical_trigger: true, fever: 'unsure' } as const;
    const record = triageRecordOf(triage(facts), facts, '2026-12-01T10:00:00.000Z', 'manual');
    expect(record).toEqual({
      at: '2026-12-01T10:00:00.000Z',
      facts,
      level: 'urgent',
      fired: ['RF-U01', 'RF-S10'],
      precautions: ['RF-S10'],
      unsure: ['fever'],
      rules: '0.2',
      trigger: 'manual',
    });
    expect(validate(TriageRecordSchema, record).ok).toBe(true);
  });

  it('refuses a rule id that is not one, naming the field', () => {
    expect(validate(TriageRecordSchema, { ...storedUnder01.data, precautions: ['E08'] })).toMatchObject({
      ok: false,
      error: [{ field: 'precautions[0]' }],
    });
  });
});
