import { describe, expect, it } from 'vitest';
import { fieldSpecs, isAskedInTriage, isFieldName } from './fields.js';

describe('the answer fields', () => {
  it('are asked in the check only when they are its questions or their gates', () => {
    expect(isAskedInTriage('fever')).toBe(true);
    expect(isAskedInTriage('sex')).toBe(true);
    // Medicines questions, record-only notes, after-result and deprecated fields are never asked.
    expect(
      ['pregnant', 'nausea', 'worried_serious_cause', 'cannot_cope_or_worried'].map((f) =>
        isAskedInTriage(f as never),
      ),
    ).toEqual([false, false, false, false]);
  });

  it('are known by name, and a name every object has is not one of them', () => {
    expect(isFieldName('fever')).toBe(true);
    expect(isFieldName('toString')).toBe(false);
    expect(isFieldName('temperature')).toBe(false);
  });
});

describe('"not sure"', () => {
  it('has an answer it stands for (unsure_as) only on yes/no fields: to a choice or a number it is unknown', () => {
    for (const [field, spec] of Object.entries(fieldSpecs))
      if (spec.unsureAs !== undefined) expect(spec.type, field).toBe('bool');
  });
});
