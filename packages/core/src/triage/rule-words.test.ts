import { describe, expect, it } from 'vitest';
import { ruleWords, wordsOf } from './rule-words.js';
import { redFlagRules } from './rules.js';

describe("the rules' words", () => {
  it('say what was told and what it can mean for every rule', () => {
    for (const rule of redFlagRules) {
      const words = wordsOf(rule.id);
      expect(words?.said, rule.id).toMatch(/^[a-z0-9].{8,}[^.]$/);
      expect(words?.means, rule.id).toMatch(/^[a-z].{8,}[^.]$/);
    }
  });

  it('are kept for the rules alone, none for an id that is no rule', () => {
    expect(Object.keys(ruleWords).sort()).toEqual(redFlagRules.map((r) => r.id).sort());
  });

  it('are none for an id this version does not know, even one an object has built in', () => {
    expect(wordsOf('RF-S99')).toBeUndefined();
    expect(wordsOf('constructor')).toBeUndefined();
  });
});
