import { describe, expect, it } from 'vitest';
import { upgradeFacts } from './migrate.js';

describe('answers saved under rule set 0.1', () => {
  it('read a pregnancy of unknown stage as "not sure" about late pregnancy', () => {
    expect(upgradeFacts({ pregnant: true, headache: 'mild' })).toEqual({
      pregnant: true,
      headache: 'mild',
      pregnant_late_or_postpartum: 'unsure',
    });
    expect(upgradeFacts({ pregnant: true, pregnant_late_or_postpartum: null })).toEqual({
      pregnant: true,
      pregnant_late_or_postpartum: 'unsure',
    });
  });

  it('never overwrite a late-pregnancy answer the person gave', () => {
    expect(upgradeFacts({ pregnant: true, pregnant_late_or_postpartum: false })).toEqual({
      pregnant: true,
      pregnant_late_or_postpartum: false,
    });
    expect(upgradeFacts({ pregnant: true, pregnant_late_or_postpartum: true })).toEqual({
      pregnant: true,
      pregnant_late_or_postpartum: true,
    });
  });

  it('leave answers without a pregnancy as they are', () => {
    expect(upgradeFacts({ pregnant: false })).toEqual({ pregnant: false });
    expect(upgradeFacts({ age: 30 })).toEqual({ age: 30 });
  });
});
