import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property.testkit.js';
import {
  answerQuestion,
  type CheckState,
  nextQuestion,
  questionFor,
  questionsToSettle,
  reanswer,
  startCheck,
} from './check.js';
import { answerAs } from './check-cost.js';
import { coherent, factsOf } from './facts.testkit.js';
import { type Facts, type FieldName, fieldNames, isAskedInTriage, UNSURE } from './fields.js';
import { questionCatalogue } from './questions.js';
import { triage } from './triage.js';
import { assess } from './verdict.js';

function runCheck(
  truth: Facts,
  from: CheckState = startCheck(),
  limit = 200,
): { state: CheckState; screens: number; level: string; asked: Set<FieldName> } {
  let state = from;
  const asked = new Set<FieldName>();
  for (let screens = 0; screens < limit; screens++) {
    const step = nextQuestion(state);
    if (step.done) return { state, screens, level: step.outcome.level, asked };
    for (const f of step.question.fields) asked.add(f);
    const answered = answerQuestion(state, step.question.id, answerAs(step.question, truth));
    if (!answered.ok) throw new Error(answered.error[0]?.message);
    state = answered.value;
  }
  throw new Error('the check did not reach an outcome');
}

const plainCrick: Facts = { age: 34, onset_days: 1, mechanical_trigger: true, pain_0_10: 5 };

/**
 * A person's true answers to every triage question: coherent (coherent()), and never
 * unanswered, since a person asked a question answers it, if only with "not sure".
 */
// Mostly "no" (as in real life), so that the long paths, an injury's say, are walked too.
const anyTruth: fc.Arbitrary<Facts> = factsOf(fieldNames.filter(isAskedInTriage), {
  unsure: true,
  percentsYes: [1, 2, 4, 10, 30],
}).map((facts) =>
  coherent(Object.fromEntries(Object.entries(facts).map(([f, v]) => [f, v ?? 'unsure'])) as Facts),
);

describe('the check', () => {
  it(`asks a plain crick only a few screens and ends in self-care`, () => {
    const run = runCheck(plainCrick);
    expect(run.level).toBe('self_care');
    expect(run.screens).toBeLessThanOrEqual(12);
  });

  it('asks the age first (every rule may need it), then when it started, then the emergency signs', () => {
    const asked: string[] = [];
    let state = startCheck();
    for (const answer of [{ number: 30 }, { number: 1 }] as const) {
      const step = nextQuestion(state);
      if (step.done) throw new Error('expected a question');
      asked.push(step.question.id);
      const r = answerQuestion(state, step.question.id, answer);
      if (!r.ok) throw new Error(r.error[0]?.message);
      state = r.value;
    }
    const third = nextQuestion(state);
    expect(asked).toEqual(['age', 'onset']);
    expect(third.done === false && third.question.emergency).toBe(true);
  });

  it('stops as soon as an emergency is certain: the sign is the last answer', () => {
    const run = runCheck({ ...plainCrick, slurred_speech: true });
    expect(run.level).toBe('emergency');
    expect(Object.keys(run.state.facts).at(-1)).toBe('slurred_speech');
  });

  it('stops on an emergency that fires as a precaution: an injury today with the age not given', () => {
    const run = runCheck({ ...plainCrick, age: 'unsure', trauma: true, trauma_mechanism: 'fall_standing' });
    expect(run.level).toBe('emergency');
    // Nothing after the kind of injury: never "press your neck" or "turn your head" (Canadian C-spine rule).
    expect(Object.keys(run.state.facts).at(-1)).toBe('trauma_mechanism');
  });

  it('never stops early on urgent: a later answer can still raise the level', () => {
    // A temperature is urgent; the rash, asked after it on the same screen, makes it an emergency.
    expect(runCheck({ ...plainCrick, fever: true, rash_nonblanching: true }).level).toBe('emergency');
    expect(runCheck({ ...plainCrick, fever: true, double_vision: true }).level).toBe('emergency');
  });

  it('opens an "any of these?" screen one sign at a time after a yes', () => {
    let state = startCheck({ age: 30, onset_days: 1 });
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
    expect(answerQuestion(startCheck(), 'age', 'yes')).toMatchObject({
      ok: false,
      error: [{ field: 'age', message: expect.stringMatching(/whole number|number/) }],
    });
    expect(answerQuestion(startCheck(), 'not-a-question', 'yes')).toMatchObject({
      ok: false,
      error: [{ field: 'questionId' }],
    });
  });

  it('offers to settle a precaution with the one question that would settle it, and runs again', () => {
    const done = runCheck({ ...plainCrick, age: 'unsure' });
    expect(done.level).toBe('soon');
    const outcome = triage(done.state.facts);
    expect(questionsToSettle(outcome, done.state.facts)).toEqual(['age']);
    expect(questionFor('age')).toMatchObject({ kind: 'number', fields: ['age'] });
    const again = reanswer(done.state, 'age', { number: 34 });
    if (!again.ok) throw new Error(again.error[0]?.message);
    // The check goes on with the questions the answer now makes worth asking (the pain score), then ends.
    expect(nextQuestion(again.value).done).toBe(false);
    expect(runCheck(plainCrick, again.value).level).toBe('self_care');
    // With the age unknown, what the rules need at 50 and over was asked too (ask_when not false).
    expect(done.state.facts).toHaveProperty('gca_symptoms', false);
  });

  it('offers a question that has its own condition when the condition holds (how fast, after pain into both arms)', () => {
    const facts = { age: 40, onset_days: 1, sudden_unusual_pain: true, arm_symptoms: 'both_arms' } as const;
    expect(questionsToSettle(triage(facts), facts)).toEqual(['neuro_progression']);
  });

  it('never offers a question the Canadian C-spine rule forbids (turning the head after a high-risk injury)', () => {
    const facts = { age: 70, onset_days: 0, trauma: true, trauma_mechanism: 'fall_standing' } as const;
    const outcome = triage(facts);
    expect(outcome.fired.find((r) => r.id === 'RF-E09')?.unknown).toContain('can_rotate_45_both');
    expect(questionsToSettle(outcome, facts)).not.toContain('can_rotate_45_both');
  });

  it('asks only input and gate fields: never medicines, record-only, deprecated or after-result ones', () => {
    for (const entry of questionCatalogue)
      for (const f of entry.kind === 'group' ? entry.items : [entry.field])
        expect(isAskedInTriage(f), f).toBe(true);
    fc.assert(
      fc.property(anyTruth, (truth) => [...runCheck(truth).asked].every(isAskedInTriage)),
      runs(300),
    );
  });

  it('asks a woman of 30 with a headache her sex before late pregnancy, and a man is not asked about pregnancy', () => {
    const headache = { ...plainCrick, age: 30, headache: 'mild' } as const;
    const woman = [...runCheck({ ...headache, sex: 'F' }).asked];
    expect(woman).toContain('pregnant_late_or_postpartum');
    expect(woman.indexOf('sex')).toBeGreaterThanOrEqual(0);
    expect(woman.indexOf('sex')).toBeLessThan(woman.indexOf('pregnant_late_or_postpartum'));
    const man = runCheck({ ...headache, sex: 'M' }).asked;
    expect(man.has('sex')).toBe(true);
    expect(man.has('pregnant_late_or_postpartum')).toBe(false);
  });

  it('marks a screen of several signs as an emergency one when any of its signs is, not only when all are', () => {
    // "More about it": a headache (read by emergency rules) beside signs only urgent rules read.
    let state = startCheck();
    for (let step = nextQuestion(state); !step.done; step = nextQuestion(state)) {
      if (step.question.id === 'more') {
        expect(step.question.fields).toContain('headache');
        expect(step.question.fields).toContain('night_pain_unrelenting');
        expect(step.question.emergency).toBe(true);
        return;
      }
      const r = answerQuestion(state, step.question.id, answerAs(step.question, plainCrick));
      if (!r.ok) throw new Error(r.error[0]?.message);
      state = r.value;
    }
    throw new Error('the "more" screen was not shown');
  });

  it('takes "not sure" to a choice as not sure, kept for the rules to read with caution', () => {
    const r = reanswer(startCheck(), 'headache', 'unsure');
    if (!r.ok) throw new Error(r.error[0]?.message);
    expect(r.value.facts.headache).toBe(UNSURE);
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
      runs(1500),
    );
  });

  it("ends with the verdict its answers give, without the reasons' words (the result screen adds them)", () => {
    const { state } = runCheck({ rash_nonblanching: true });
    const step = nextQuestion(state);
    expect(step.done && step.outcome).toEqual(assess(state.facts));
    const fired = step.done ? step.outcome.fired : [];
    expect(fired.map((f) => f.id)).toContain('RF-E01');
    expect(fired.filter((f) => Object.hasOwn(f, 'reason'))).toEqual([]);
  });
});
