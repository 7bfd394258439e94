import { describe, expect, it } from 'vitest';
import {
  allStrings,
  causesPointToHabits,
  doseAmount,
  forbiddenWords,
  medicinesGiveNoDoses,
  noForbiddenMedicines,
  remedyLimitsMatchClinical,
} from './check.js';
import { avoided, clinicianOnly, library, medicineById, remedies } from './index.js';

const extras = { clinicianOnly, avoided };

describe('cold and heat', () => {
  it('use exactly the limits of CLINICAL.md section 2', () => {
    const colds = remedies.filter((r) => r.kind === 'cold');
    const heats = remedies.filter((r) => r.kind === 'heat');
    expect(colds.length).toBeGreaterThanOrEqual(1);
    expect(heats.length).toBeGreaterThanOrEqual(2);
    for (const r of colds) {
      expect(r.limits).toEqual({
        minMinutes: 10,
        maxMinutes: 15,
        hardMaxMinutes: 20,
        minGapMinutes: 60,
        notWhileAsleep: true,
        needsBarrier: true,
      });
      expect(r.skipIf.join(' ')).toMatch(/numb/);
      expect(r.skipIf.join(' ')).toMatch(/circulation/);
    }
    for (const r of heats) {
      expect(r.limits).toMatchObject({
        minMinutes: 15,
        maxMinutes: 20,
        hardMaxMinutes: 20,
        needsBarrier: true,
      });
      expect(r.skipIf.join(' ')).toMatch(/numb/);
    }
    expect(remedyLimitsMatchClinical(library)).toEqual([]);
  });

  it('flag a cold pack allowed for longer than 20 minutes', () => {
    const broken = {
      ...library,
      remedies: remedies.map((r) =>
        r.kind === 'cold' && r.limits ? { ...r, limits: { ...r.limits, hardMaxMinutes: 30 } } : r,
      ),
    };
    expect(remedyLimitsMatchClinical(broken)).not.toEqual([]);
  });

  it('say massage is a comfort with little evidence, never on the front of the neck', () => {
    for (const r of remedies.filter((x) => x.kind === 'massage')) {
      expect(r.sources).toContain('COCHRANE-MASSAGE-2024');
      expect(r.cautions.join(' ')).toMatch(/front of the neck/);
    }
  });
});

describe('medicines', () => {
  it('never suggest an opioid or propoxyphene outside the avoided list', () => {
    expect(noForbiddenMedicines(library, extras)).toEqual([]);
  });

  it('explain in the avoided list why opioids and propoxyphene are left out', () => {
    const text = allStrings(avoided)
      .map((s) => s.text)
      .join(' ');
    expect(text).toMatch(/opioid/i);
    expect(text).toMatch(/propoxyphene/i);
    expect(text).toMatch(/347/);
    expect(text).toMatch(/19 November 2010/);
  });

  it('the scan catches codeine slipped into a remedy', () => {
    const broken = {
      ...library,
      remedies: remedies.map((r, i) => (i === 0 ? { ...r, summary: `${r.summary} Codeine helps too.` } : r)),
    };
    expect(noForbiddenMedicines(broken, extras)).not.toEqual([]);
    expect(forbiddenWords.test('tramadol')).toBe(true);
  });

  it('give no dose amounts, only "follow the label"', () => {
    expect(medicinesGiveNoDoses(library, extras)).toEqual([]);
    for (const m of library.medicines) expect(m.dose).toBe('follow_the_label');
  });

  it('the dose scan catches amounts and schedules', () => {
    for (const text of [
      'Take 200 mg.',
      '2 tablets a day',
      'every 4 hours',
      'every 4-6 hours',
      '3 times a day',
      '5 ml',
    ]) {
      expect(doseAmount.test(text), text).toBe(true);
    }
    expect(doseAmount.test('NNT 1.8 for diclofenac gel')).toBe(false);
  });

  it('ask the NSAID safety questions before oral anti-inflammatories', () => {
    const cautions = medicineById('oral-nsaid')?.cautions ?? [];
    const effect = (field: string) => cautions.find((c) => c.field === field)?.effect;
    for (const f of ['asthma_nsaid_sensitive', 'stomach_ulcer_history', 'pregnant'])
      expect(effect(f), f).toBe('avoid');
    for (const f of [
      'anticoagulant',
      'kidney_disease',
      'heart_failure_or_cvd',
      'inflammatory_bowel_disease',
      'age_65_or_over',
    ]) {
      expect(effect(f), f).toBe('ask');
    }
  });

  it('ask about the liver, alcohol and other products before paracetamol', () => {
    const fields = (medicineById('paracetamol')?.cautions ?? []).map((c) => c.field).sort();
    expect(fields).toEqual(['alcohol_heavy', 'liver_disease', 'other_paracetamol_products']);
  });

  it('warn that aspirin is not for under-16s and thins the blood', () => {
    const a = medicineById('aspirin');
    expect(a?.summary).toMatch(/under 16/);
    expect(a?.summary).toMatch(/thins the blood/);
    expect(a?.cautions.find((c) => c.field === 'anticoagulant')?.effect).toBe('avoid');
  });

  it('give the topical NSAID numbers from the 2015 Cochrane review', () => {
    const t = medicineById('topical-nsaid');
    expect(t?.evidence).toMatch(/1\.8/);
    expect(t?.evidence).toMatch(/2\.5/);
    expect(t?.evidence).toMatch(/3\.9/);
    expect(t?.sources).toContain('DERRY-2015');
  });

  it('leave muscle relaxants and injections to a clinician', () => {
    expect(clinicianOnly.map((c) => c.id)).toEqual(
      expect.arrayContaining(['muscle-relaxants', 'injections']),
    );
    for (const c of clinicianOnly) expect(c.text).toMatch(/doctor/);
  });
});

describe('causes and habits', () => {
  it('each cause asks a yes/no question and points to habits that exist', () => {
    expect(causesPointToHabits(library)).toEqual([]);
  });

  it('the check flags a cause pointing to a missing habit', () => {
    const broken = { ...library, habits: library.habits.filter((h) => h.id !== 'phone-habits') };
    expect(causesPointToHabits(broken).join('\n')).toMatch(/unknown habit "phone-habits"/);
  });

  it('cover the causes the seed articles list', () => {
    const ids = library.causes.map((c) => c.id);
    for (const id of [
      'posture',
      'screen-time',
      'phone-cradling',
      'shoulder-bag',
      'pillow-and-sleep',
      'stress',
      'teeth-clenching',
      'dehydration',
      'overuse',
      'cold-draught',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
