import { describe, expect, it } from 'vitest';
import { nextQuestion, questionFor, startCheck } from './check.js';
import { answerAs, checkCost, costPeople, wordsOn } from './check-cost.js';

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

  it('counts a tap per button, two for a typed number, and one for a quick day button up to 3 days', () => {
    // Age typed (2), days since it started, "any of these right now?" yes, then trouble breathing yes.
    const breathless = (onset_days: number | 'unsure', age: number | 'unsure' = 34) =>
      checkCost({ age, onset_days, breathing_difficulty: true });
    expect(breathless(3)).toMatchObject({ screens: 4, taps: 2 + 1 + 1 + 1, level: 'emergency' });
    expect(breathless(4).taps).toBe(2 + 2 + 1 + 1);
    // "Not sure" is one button, also for a number.
    expect(breathless(3, 'unsure').taps).toBe(1 + 1 + 1 + 1);
    // The words add up over the screens.
    const age = nextQuestion(startCheck());
    expect(breathless(3).words).toBeGreaterThan(age.done ? 0 : wordsOn(age.question));
  });

  it('counts the words of a choice’s options, however the text is spaced', () => {
    const q = { id: 'q', kind: 'choice', text: ' Two  words ', fields: [], emergency: false } as const;
    expect(
      wordsOn({
        ...q,
        options: [
          { value: 'a', label: 'One' },
          { value: 'b', label: 'And two' },
        ],
      }),
    ).toBe(5);
  });

  it('answers "not sure" for an answer the person does not know, and yes or no otherwise', () => {
    const fever = questionFor('fever');
    expect([
      answerAs(fever, { fever: 'unsure' }),
      answerAs(fever, { fever: null }),
      answerAs(fever, { fever: true }),
    ]).toEqual(['unsure', 'unsure', 'yes']);
    expect(answerAs(fever, {})).toBe('no');
  });
});

describe('the taps of a number', () => {
  it('a small pain score is typed and confirmed like any number: only the days have quick buttons', () => {
    const withPain = (pain: number) => checkCost({ ...(plain ?? {}), pain_0_10: pain }).taps;
    expect(withPain(2)).toBe(withPain(5));
  });
});
