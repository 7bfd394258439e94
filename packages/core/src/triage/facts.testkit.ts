import fc from 'fast-check';
import { askWhen } from './ask-when.js';
import { evaluate } from './expr.js';
import { type Answer, type Facts, type FieldName, type FieldSpec, fieldNames, fieldSpecs } from './fields.js';
import { readFacts } from './verdict.js';

/** A whole number around the rules' thresholds, with the thresholds themselves often. */
const aroundThresholds = (min: number, max: number, edges: number[]) =>
  fc.oneof(fc.constantFrom(...edges.flatMap((e) => [e - 1, e, e + 1])), fc.integer({ min, max }));

const numberArbitrary = (name: FieldName): fc.Arbitrary<Answer> =>
  name === 'age'
    ? aroundThresholds(0, 100, [12, 16, 20, 30, 40, 50, 55, 56, 65])
    : name === 'pain_0_10'
      ? aroundThresholds(0, 10, [7, 8])
      : aroundThresholds(0, 40, [2, 3, 7, 21]);

/** The reassuring answer of a choice: its default, or the first value when the default is unknown. */
const reassuring = (name: FieldName): string => {
  const s = fieldSpecs[name];
  return typeof s.default === 'string' ? s.default : ((s.values ?? [])[0] as string);
};

export interface FactsOptions {
  /** Answers held fixed (a boundary value, say). */
  readonly fixed?: Partial<Record<FieldName, Answer>>;
  /** Also "not sure" and unanswered (null), not only real answers. */
  readonly unsure?: boolean;
  /** How often a sign is present, one of these per case (percent). */
  readonly percentsYes?: readonly number[];
}

/**
 * Answers to the given fields. Each case draws how often a sign is present (from rarely to
 * nearly always), so that both a lone sign among "no"s and a crowd of signs are tried: a rule
 * whose other parts are all false is where a wrong threshold shows.
 */
export function factsOf(names: readonly FieldName[] = fieldNames, options: FactsOptions = {}) {
  const fixed = options.fixed ?? {};
  return fc.constantFrom(...(options.percentsYes ?? [5, 20, 50, 80, 95])).chain((percentYes) =>
    fc.record(
      Object.fromEntries(
        names.map((name) => {
          const s = fieldSpecs[name];
          const real: fc.Arbitrary<Answer> =
            s.type === 'bool'
              ? // A sign present is the answer that raises concern (unsure_as): for "can you turn your head?", no.
                fc
                  .integer({ min: 0, max: 99 })
                  .map((n) => n < percentYes === ((s as FieldSpec).unsureAs ?? true))
              : s.type === 'enum'
                ? fc.oneof(
                    { weight: 100 - percentYes, arbitrary: fc.constant(reassuring(name)) },
                    { weight: percentYes, arbitrary: fc.constantFrom(...(s.values ?? [])) },
                  )
                : s.type === 'text'
                  ? fc.string({ maxLength: 20 })
                  : numberArbitrary(name);
          const arb: fc.Arbitrary<Answer> = Object.hasOwn(fixed, name)
            ? fc.constant(fixed[name] as Answer)
            : options.unsure && s.type !== 'text'
              ? // "Not sure" and unanswered as rare as a sign, or a long path would never be walked.
                fc.oneof(
                  { weight: 100, arbitrary: real },
                  { weight: Math.ceil(percentYes / 2), arbitrary: fc.constant('unsure') },
                  { weight: Math.ceil(percentYes / 2), arbitrary: fc.constant(null) },
                )
              : real;
          return [name, arb];
        }),
      ) as Record<FieldName, fc.Arbitrary<Answer>>,
    ),
  ) as fc.Arbitrary<Facts>;
}

/**
 * The answers a person would have been asked, from answers to everything: in red-flags.json's
 * order, a field whose ask_when is false given the answers before it is dropped (not asked).
 */
export function askedOnly(facts: Facts): Facts {
  const asked: Facts = {};
  for (const name of fieldNames) {
    if (!Object.hasOwn(facts, name)) continue;
    const gate = askWhen[name];
    if (gate && evaluate(gate, readFacts(asked)) === false) continue;
    asked[name] = facts[name] ?? null;
  }
  return asked;
}

/**
 * Makes random answers ones a person could give. Three gated questions describe their gate,
 * so a "yes" without it cannot happen: a headache's kind (peaked within minutes; new or
 * different) needs a headache, and late pregnancy needs a sex other than male and an age
 * of 12 to 55. Only with such impossible answers can a skipped question change the level.
 * And an injury is of some kind (the check offers no "none" once there was one).
 */
export function coherent(facts: Facts): Facts {
  const out: Facts = { ...facts };
  const read = readFacts(facts);
  if (read('headache') === 'none') {
    if (Object.hasOwn(out, 'thunderclap_headache')) out.thunderclap_headache = false;
    if (Object.hasOwn(out, 'headache_new_different')) out.headache_new_different = false;
  }
  // An injury has a kind: "none" is the answer of someone with no injury.
  if (read('trauma') === true && read('trauma_mechanism') === 'none')
    out.trauma_mechanism = 'other_low_energy';
  const age = read('age');
  if (
    Object.hasOwn(out, 'pregnant_late_or_postpartum') &&
    (read('sex') === 'M' || (typeof age === 'number' && (age < 12 || age >= 56)))
  )
    out.pregnant_late_or_postpartum = false;
  return out;
}
