import { describe, expect, it } from 'vitest';
import type { Medicine } from '../content/types.js';
import { assessMedicine, assessMedicines, medicineQuestionsFor } from './assess.js';

const ibuprofen: Medicine = {
  id: 'oral-nsaid',
  name: 'Ibuprofen or naproxen tablets',
  group: 'oral_nsaid',
  examples: ['ibuprofen'],
  summary: '',
  evidence: '',
  cautions: [
    { field: 'asthma_nsaid_sensitive', effect: 'avoid', reason: 'They can set off asthma.' },
    { field: 'anticoagulant', effect: 'ask', reason: 'They add to bleeding risk.' },
  ],
  dose: 'follow_the_label',
  sources: ['DERRY-2015'],
};

describe('medicines safety', () => {
  it('says an option may suit only when every safety question is answered no', () => {
    expect(assessMedicine(ibuprofen, { asthma_nsaid_sensitive: false, anticoagulant: false }).verdict).toBe(
      'may_suit',
    );
  });
  it('says avoid, with the reason, when an avoid-question is yes', () => {
    expect(assessMedicine(ibuprofen, { asthma_nsaid_sensitive: true, anticoagulant: false })).toMatchObject({
      verdict: 'avoid',
      reasons: ['They can set off asthma.'],
    });
  });
  it('says ask a pharmacist when unsure or unanswered, never may-suit', () => {
    expect(
      assessMedicine(ibuprofen, { asthma_nsaid_sensitive: false, anticoagulant: 'unsure' }).verdict,
    ).toBe('ask');
    expect(assessMedicine(ibuprofen, { asthma_nsaid_sensitive: false })).toMatchObject({
      verdict: 'ask',
      unanswered: ['anticoagulant'],
    });
  });
  it('gives the ask-reasons, not the avoid ones, when only an ask-question is yes or unsure', () => {
    expect(assessMedicine(ibuprofen, { asthma_nsaid_sensitive: false, anticoagulant: true })).toEqual({
      medicineId: 'oral-nsaid',
      verdict: 'ask',
      reasons: ['They add to bleeding risk.'],
      unanswered: [],
    });
    expect(
      assessMedicine(ibuprofen, { asthma_nsaid_sensitive: 'unsure', anticoagulant: false }).reasons,
    ).toEqual(['They can set off asthma.']);
  });
  it('gives only the avoid-reasons when one applies', () => {
    expect(assessMedicine(ibuprofen, { asthma_nsaid_sensitive: true, anticoagulant: true }).reasons).toEqual([
      'They can set off asthma.',
    ]);
  });
  it('assesses each medicine', () => {
    expect(assessMedicines([ibuprofen], { asthma_nsaid_sensitive: true }).map((a) => a.verdict)).toEqual([
      'avoid',
    ]);
  });
  it('lists each safety question once', () => {
    expect(medicineQuestionsFor([ibuprofen, ibuprofen])).toEqual(['asthma_nsaid_sensitive', 'anticoagulant']);
  });
});
