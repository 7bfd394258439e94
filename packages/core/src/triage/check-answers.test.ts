import { describe, expect, it } from 'vitest';
import { answerQuestion, type CheckState, nextQuestion, questionFor, reanswer, startCheck } from './check.js';

const facts = (r: ReturnType<typeof reanswer>) => (r.ok ? r.value.facts : r.error);
const refusal = (field: string, message: string) => ({ ok: false, error: [{ field, message }] });
/** After the age and when it started, the first screen: "Any of these right now?". */
const atRightNow: CheckState = startCheck({ age: 30, onset_days: 1 });

describe('answering the check', () => {
  it('asks the age as a whole number of years from 0 to 120, saying it may be someone else’s', () => {
    expect(questionFor('age')).toEqual({
      id: 'again:age',
      kind: 'number',
      text: 'How old are you?',
      hint: 'For someone else? Give their age.',
      fields: ['age'],
      min: 0,
      max: 120,
      unit: 'years',
      emergency: true,
    });
  });

  it('accepts an age of 0 and of 120 exactly, and refuses 121, -1 and 30.5, naming the field and the range', () => {
    expect(facts(reanswer(startCheck(), 'age', { number: 0 }))).toEqual({ age: 0 });
    expect(facts(reanswer(startCheck(), 'age', { number: 120 }))).toEqual({ age: 120 });
    for (const n of [121, -1, 30.5])
      expect(reanswer(startCheck(), 'age', { number: n })).toEqual(
        refusal('age', '"age" must be a whole number from 0 to 120'),
      );
    expect(reanswer(startCheck(), 'age', { choice: 'old' })).toEqual(refusal('age', '"age" takes a number'));
  });

  it('records "not sure" to a number as not sure, never as 0', () => {
    expect(facts(reanswer(startCheck(), 'age', 'unsure'))).toEqual({ age: 'unsure' });
  });

  it('records yes, no and not sure to a yes/no question, and refuses anything else', () => {
    expect(facts(reanswer(startCheck(), 'fever', 'yes'))).toEqual({ fever: true });
    expect(facts(reanswer(startCheck(), 'fever', 'no'))).toEqual({ fever: false });
    expect(facts(reanswer(startCheck(), 'fever', 'unsure'))).toEqual({ fever: 'unsure' });
    expect(reanswer(startCheck(), 'fever', { number: 1 })).toEqual(
      refusal('fever', '"fever" takes yes, no or unsure'),
    );
  });

  it('records a choice it offers and not sure, and refuses another, listing the allowed values', () => {
    expect(facts(reanswer(startCheck(), 'neuro_progression', { choice: 'weeks' }))).toEqual({
      neuro_progression: 'weeks',
    });
    expect(facts(reanswer(startCheck(), 'neuro_progression', 'unsure'))).toEqual({
      neuro_progression: 'unsure',
    });
    expect(reanswer(startCheck(), 'neuro_progression', { choice: 'years' })).toEqual(
      refusal(
        'neuro_progression',
        '"neuro_progression" must be one of hours_to_days, weeks, months_or_longer, not_changing',
      ),
    );
    expect(reanswer(startCheck(), 'neuro_progression', 'yes')).toEqual(
      refusal('neuro_progression', '"neuro_progression" takes one of its choices'),
    );
  });

  it('answers every sign on an "any of these?" screen with no, and a choice among them with none', () => {
    const screen = nextQuestion(atRightNow);
    expect(screen).toMatchObject({
      done: false,
      question: { id: 'right-now', kind: 'group', emergency: true },
    });
    const no = answerQuestion(atRightNow, 'right-now', 'no');
    expect(no.ok && no.value.facts).toMatchObject({ age: 30, breathing_difficulty: false, fever: false });
    expect(no.ok && no.value.expanded).toEqual([]);
    // The nerves screen holds two choices (arm symptoms, weakness): "no" to it is "none" for them.
    let state = atRightNow;
    for (
      let step = nextQuestion(state);
      !step.done && step.question.id !== 'nerves';
      step = nextQuestion(state)
    ) {
      const r = answerQuestion(state, step.question.id, 'no');
      if (!r.ok) throw new Error(r.error[0]?.message);
      state = r.value;
    }
    const nerves = answerQuestion(state, 'nerves', 'no');
    expect(nerves.ok && nerves.value.facts).toMatchObject({
      arm_symptoms: 'none',
      weakness: 'none',
      lhermitte: false,
    });
  });

  it('opens an "any of these?" screen on yes and on not sure alike, and refuses a number there', () => {
    for (const answer of ['yes', 'unsure'] as const) {
      const opened = answerQuestion(atRightNow, 'right-now', answer);
      expect(opened.ok && opened.value).toEqual({ facts: atRightNow.facts, expanded: ['right-now'] });
    }
    expect(answerQuestion(atRightNow, 'right-now', { number: 2 })).toEqual(
      refusal('right-now', '"right-now" takes yes, no or unsure'),
    );
    expect(answerQuestion(atRightNow, 'age', { number: 30 })).toEqual(
      refusal('questionId', '"age" is not a question waiting for an answer'),
    );
  });

  it('asks the one sign left on an "any of these?" screen on its own', () => {
    const allButFever = {
      breathing_difficulty: false,
      drooling_cannot_swallow_saliva: false,
      neck_swelling_rapid: false,
      chest_pain: false,
      exertional_neck_jaw_pain: false,
      sweating_clammy: false,
      confusion_drowsy_or_seizure: false,
      rash_nonblanching: false,
    };
    expect(nextQuestion(startCheck({ ...atRightNow.facts, ...allButFever }))).toMatchObject({
      done: false,
      question: { id: 'right-now:fever', kind: 'yesno', fields: ['fever'] },
      asked: 10,
    });
  });
});
