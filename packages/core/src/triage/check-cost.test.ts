import { describe, expect, it } from 'vitest';
import { nextQuestion, startCheck } from './check.js';
import { checkCost, costPeople, wordsOn } from './check-cost.js';

const [plain, early, late] = Object.values(costPeople);

describe('what the check costs a person in pain', () => {
  it('a plain crick reaches its verdict within 8 screens and 250 words', () => {
    const cost = checkCost(plain ?? {});
    expect(cost.level).toBe('self_care');
    expect(cost.screens).toBeLessThanOrEqual(8);
    expect(cost.words).toBeLessThanOrEqual(250);
  });

  it('a red flag found early ends the check at once; one found late still gets its level', () => {
    const first = checkCost(early ?? {});
    expect(first.level).toBe('emergency');
    expect(first.screens).toBeLessThan(checkCost(plain ?? {}).screens);
    expect(checkCost(late ?? {}).level).toBe('urgent');
  });

  it('counts the words of the question, its hint and every sign listed', () => {
    const age = nextQuestion(startCheck());
    if (age.done) throw new Error('expected a question');
    expect(wordsOn(age.question)).toBe(4 + 6); // "How old are you?" and "For someone else? Give their age."
    const group = nextQuestion(startCheck({ age: 30, onset_days: 1 }));
    if (group.done) throw new Error('expected a question');
    expect(wordsOn(group.question)).toBeGreaterThan(6 + (group.question.items?.length ?? 0));
  });
});
