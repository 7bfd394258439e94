import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runs } from '../property.testkit.js';
import { askWhen } from './ask-when.js';
import { type Expr, evaluate, fieldsOf } from './expr.js';
import { askedOnly, coherent, factsOf } from './facts.testkit.js';
import { type Answer, type Facts, type FieldName, fieldSpecs } from './fields.js';
import { redFlagRules } from './rules.js';
import { triage } from './triage.js';
import { readFacts } from './verdict.js';

const gated = Object.keys(askWhen) as FieldName[];

/** Every answer a field can hold: its values, "not sure" and unanswered. */
const answersTo = (name: FieldName): Answer[] => {
  const s = fieldSpecs[name];
  const real = s.type === 'bool' ? [true, false] : s.type === 'enum' ? [...(s.values ?? [])] : [0, 8, 40, 70];
  return [...real, 'unsure', null];
};

/**
 * The fields that can matter to a gated field: its gate and every rule that reads it, with
 * their fields. The others stay unanswered, so that a change of level is not hidden by an
 * emergency elsewhere among random answers.
 */
const neighbours = (field: FieldName): FieldName[] => {
  const names = new Set<FieldName>([field, ...fieldsOf(askWhen[field] as Expr)]);
  for (const rule of redFlagRules) {
    const read = fieldsOf(rule.when);
    if (read.includes(field)) for (const f of read) names.add(f);
  }
  return [...names];
};

describe('ask_when', () => {
  for (const field of gated) {
    it(`skipping ${field} when its ask_when is false never changes the level`, () => {
      fc.assert(
        fc.property(
          factsOf(neighbours(field), { unsure: true }),
          fc.constantFrom(...answersTo(field)),
          (facts, value) => {
            // The answers a check holds when it reaches this field: the other skipped ones are not there.
            const without: Facts = askedOnly(coherent(facts));
            delete without[field];
            fc.pre(evaluate(askWhen[field] as Expr, readFacts(without)) === false);
            return triage(coherent({ ...without, [field]: value })).level === triage(without).level;
          },
        ),
        runs(1000),
      );
    });
  }
});
