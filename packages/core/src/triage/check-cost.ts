import { answerQuestion, nextQuestion, type Question, type QuestionAnswer, startCheck } from './check.js';
import { type Answer, type Facts, type FieldName, fieldSpecs } from './fields.js';
import type { Level } from './rules.js';

/** What a check costs a person in pain: screens seen, words read, taps made, to the verdict. */
export interface CheckCost {
  readonly screens: number;
  readonly words: number;
  readonly taps: number;
  readonly level: Level;
}

const countWords = (text: string | undefined): number =>
  // Stryker disable next-line Regex: empty pieces are dropped, so one space or several count the same
  text ? text.split(/\s+/).filter(Boolean).length : 0;

/** The words a person reads on a screen: the question, its hint, and the signs or choices listed. */
export const wordsOn = (q: Question): number =>
  countWords(q.text) +
  countWords(q.hint) +
  // Stryker disable next-line ArrayDeclaration: an entry with no label counts no words
  (q.items ?? []).reduce((n, item) => n + countWords(item.label), 0) +
  // Stryker disable next-line ArrayDeclaration: an entry with no label counts no words
  (q.options ?? []).reduce((n, o) => n + countWords(o.label), 0);

/** A tap per button; a number is typed then confirmed (two), except the days a quick button offers. */
const tapsFor = (q: Question, answer: QuestionAnswer): number =>
  q.kind === 'number' && typeof answer === 'object' && 'number' in answer
    ? q.fields[0] === 'onset_days' && answer.number <= 3
      ? 1
      : 2
    : 1;

const negative = (v: Answer): boolean => v === false || v === 'none';

/**
 * How the person whose true answers are `truth` answers a screen: a group "no" when every
 * sign on it is no, otherwise "yes" (and then each sign); an unset field takes its default,
 * and one that is unknown (null) is answered "not sure".
 */
export function answerAs(q: Question, truth: Facts): QuestionAnswer {
  const value = (f: FieldName): Answer =>
    Object.hasOwn(truth, f) ? (truth[f] ?? null) : fieldSpecs[f].default;
  if (q.kind === 'group') return q.fields.every((f) => negative(value(f))) ? 'no' : 'yes';
  const v = value(q.fields[0] as FieldName);
  if (v === 'unsure' || v === null) return 'unsure';
  if (q.kind === 'yesno') return v === true ? 'yes' : 'no';
  if (q.kind === 'choice') return { choice: String(v) };
  return { number: Number(v) };
}

/** Walks the check as that person would, counting what it costs them. Pure: the measure of `npm run bench`. */
export function checkCost(truth: Facts): CheckCost {
  let state = startCheck();
  let screens = 0;
  let words = 0;
  let taps = 0;
  for (;;) {
    const step = nextQuestion(state);
    if (step.done) return { screens, words, taps, level: step.outcome.level };
    const answer = answerAs(step.question, truth);
    screens++;
    words += wordsOn(step.question);
    taps += tapsFor(step.question, answer);
    const next = answerQuestion(state, step.question.id, answer);
    if (!next.ok) throw new Error(next.error[0]?.message);
    state = next.value;
  }
}

/** The three people the cost is measured on (issue 8). */
export const costPeople: Readonly<Record<string, Facts>> = {
  'plain crick (34, slept awkwardly, no signs)': { age: 34, onset_days: 1, pain_0_10: 5 },
  'red flag found early (trouble breathing)': { age: 34, onset_days: 1, breathing_difficulty: true },
  'red flag found late (first-ever pain at 62, weight loss, night pain)': {
    age: 62,
    onset_days: 10,
    pain_0_10: 6,
    pain_trend: 'same',
    weight_loss_unexplained: true,
    night_pain_unrelenting: true,
  },
};
