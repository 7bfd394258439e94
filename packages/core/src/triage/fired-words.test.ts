import { describe, expect, it } from 'vitest';
import { firedRuleWords } from './fired-words.js';
import { ruleWords } from './rule-words.js';

describe('the words for a fired rule of a stored check', () => {
  it('names a rule that fired for want of an answer as a precaution, not as something the person said', () => {
    const words = firedRuleWords('RF-S10', ['RF-S10']);
    expect(words.precaution).toBe(true);
    expect(words.text).toBe(
      `RF-S10 (precaution, not ruled out for want of an answer): ${ruleWords['RF-S10']?.said}, which can mean ${ruleWords['RF-S10']?.means}`,
    );
  });

  it('says what the person said for a rule they gave the sign for', () => {
    const words = firedRuleWords('RF-S09', ['RF-S10']);
    expect(words.precaution).toBe(false);
    expect(words.text).toMatch(/^RF-S09: said /);
  });

  it('keeps a rule id this version does not know, bare, rather than dropping it', () => {
    expect(firedRuleWords('RF-S99', undefined)).toEqual({
      id: 'RF-S99',
      precaution: false,
      said: null,
      means: null,
      text: 'RF-S99',
    });
  });

  it('marks a rule id this version does not know as a precaution when it was one', () => {
    expect(firedRuleWords('RF-S99', ['RF-S99']).text).toBe(
      'RF-S99 (precaution, not ruled out for want of an answer)',
    );
  });
});
