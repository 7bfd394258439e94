import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  type CheckState,
  nextQuestion,
  type Question,
  type QuestionAnswer,
  startCheck,
} from './check.js';
import { type Answer, type Facts, type FieldName, fieldNames, fieldSpecs } from './fields.js';
import { triage } from './triage.js';

const isNegative = (v: Answer | undefined): boolean => v === false || v === 'none';

/** Answers each screen the way a person whose true answers are `truth` would. */
function answerFor(q: Question, truth: Facts): QuestionAnswer {
  const value = (f: FieldName): Answer =>
    Object.hasOwn(truth, f) ? (truth[f] ?? null) : fieldSpecs[f].default;
  if (q.kind === 'group') return q.fields.every((f) => isNegative(value(f))) ? 'no' : 'yes';
  const v = value(q.fields[0] as FieldName);
  if (v === 'unsure' || v === null) return 'unsure';
  if (q.kind === 'yesno') return v === true ? 'yes' : 'no';
  if (q.kind === 'choice') return { choice: String(v) };
  return { number: Number(v) };
}

function runCheck(truth: Facts, limit = 200): { state: CheckState; screens: number; level: string } {
  let state = startCheck();
  for (let screens = 0; screens < limit; screens++) {
    const step = nextQuestion(state);
    if (step.done) return { state, screens, level: step.outcome.level };
    const answered = answerQuestion(state, step.question.id, answerFor(step.question, truth));
    if (!answered.ok) throw new Error(answered.error[0]?.message);
    state = answered.value;
  }
  throw new Error('the check did not reach an outcome');
}

const plainCrick: Facts = { age: 34, onset_days: 1, mechanical_trigger: true, pain_0_10: 5 };

const anyTruth: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    fieldNames
      .filter((n) => !('medicinesOnly' in fieldSpecs[n]) && fieldSpecs[n].type !== 'text')
      .map((name) => {
        const s = fieldSpecs[name];
        // Mostly the reassuring answer, as in real life, so that long paths get explored too.
        const arb =
          s.type === 'bool'
            ? fc.oneof(
                { weight: 8, arbitrary: fc.constant(s.default as boolean) },
                { weight: 2, arbitrary: fc.constantFrom(true, false, 'unsure') },
              )
            : s.type === 'enum'
              ? fc.oneof(
                  { weight: 8, arbitrary: fc.constant(s.default) },
                  { weight: 2, arbitrary: fc.constantFrom(...(s.values ?? []), 'unsure') },
                )
              : name === 'age'
                ? fc.option(fc.integer({ min: 5, max: 95 }), { freq: 10 })
                : name === 'pain_0_10'
                  ? fc.integer({ min: 0, max: 10 })
                  : fc.integer({ min: 0, max: 30 });
        return [name, arb];
      }),
  ),
) as fc.Arbitrary<Facts>;

describe('the check', () => {
  it(`asks a plain crick only a few screens and ends in self-care`, () => {
    const run = runCheck(plainCrick);
    expect(run.level).toBe('self_care');
    expect(run.screens).toBeLessThanOrEqual(12);
  });

  it('asks the emergency signs before anything else', () => {
    const first = nextQuestion(startCheck());
    expect(first.done).toBe(false);
    if (!first.done) expect(first.question.emergency).toBe(true);
  });

  it('stops as soon as an emergency is certain', () => {
    const run = runCheck({ ...plainCrick, slurred_speech: true });
    expect(run.level).toBe('emergency');
    expect(run.screens).toBeLessThanOrEqual(5);
  });

  it('opens an "any of these?" screen one sign at a time after a yes', () => {
    let state = startCheck();
    const first = nextQuestion(state);
    if (first.done) throw new Error('expected a question');
    const opened = answerQuestion(state, first.question.id, 'yes');
    if (!opened.ok) throw new Error('refused');
    state = opened.value;
    const next = nextQuestion(state);
    expect(next.done).toBe(false);
    if (!next.done)
      expect(next.question).toMatchObject({ kind: 'yesno', fields: [first.question.fields[0]] });
  });

  it('refuses an answer of the wrong kind and names the field', () => {
    const state = startCheck({ breathing_difficulty: false });
    const r = answerQuestion(state, 'fever', { number: 3 });
    expect(r.ok).toBe(false);
    expect(answerQuestion(startCheck(), 'not-a-question', 'yes')).toMatchObject({
      ok: false,
      error: [{ field: 'questionId' }],
    });
  });

  it('refuses an age outside 0-120', () => {
    let state = startCheck();
    for (
      let step = nextQuestion(state);
      !step.done && step.question.id !== 'age';
      step = nextQuestion(state)
    ) {
      const r = answerQuestion(state, step.question.id, 'no');
      if (!r.ok) throw new Error(r.error[0]?.message);
      state = r.value;
    }
    expect(answerQuestion(state, 'age', { number: 400 })).toMatchObject({
      ok: false,
      error: [{ field: 'age' }],
    });
    expect(answerQuestion(state, 'age', { number: 40 }).ok).toBe(true);
  });

  it('always reaches the same level as judging every answer, whatever the answers', () => {
    fc.assert(
      fc.property(anyTruth, (truth) => runCheck(truth).level === triage(truth).level),
      { numRuns: 1500 },
    );
  });
});
