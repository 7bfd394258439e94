import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './expr.js';
import { type Answer, type FieldName, fieldNames, fieldSpecs } from './fields.js';
import { evaluatePython } from './python-logic.testkit.js';
import { redFlagRules } from './rules.js';

interface SpecRule {
  id: string;
  triage: string;
  logic: string;
  sources: string[];
}
const spec = JSON.parse(
  readFileSync(new URL('../../../../../shared/spec/red-flags.json', import.meta.url), 'utf8'),
) as {
  rules: SpecRule[];
  answer_schema: Record<string, { type: string; default: unknown; values?: string[] }>;
  sources: Record<string, unknown>;
};

/** Facts with every field answered (two-valued), so Python's semantics and ours must agree exactly. */
const answeredFacts = fc.record(
  Object.fromEntries(
    fieldNames.map((name) => {
      const s = fieldSpecs[name];
      const arb: fc.Arbitrary<Answer> =
        s.type === 'bool'
          ? fc.boolean()
          : s.type === 'enum'
            ? fc.constantFrom(...(s.values ?? []))
            : name === 'age'
              ? fc.integer({ min: 0, max: 100 })
              : name === 'pain_0_10'
                ? fc.integer({ min: 0, max: 10 })
                : name === 'onset_days'
                  ? fc.integer({ min: 0, max: 40 })
                  : fc.string();
      return [name, arb];
    }),
  ) as Record<FieldName, fc.Arbitrary<Answer>>,
);

describe('the red-flag rules', () => {
  it('are the 35 rules of red-flags.json, with the same ids, levels and sources', () => {
    expect(redFlagRules.map((r) => [r.id, r.level, r.sources])).toEqual(
      spec.rules.map((r) => [r.id, r.triage, r.sources]),
    );
  });

  it('ask only fields of answer_schema, with its types, choices and defaults', () => {
    expect(Object.keys(fieldSpecs).sort()).toEqual(Object.keys(spec.answer_schema).sort());
    for (const name of fieldNames) {
      const theirs = spec.answer_schema[name];
      const ours = fieldSpecs[name];
      expect({
        type: ours.type,
        default: ours.default,
        values: 'values' in ours ? ours.values : undefined,
      }).toEqual({
        type: theirs?.type,
        default: theirs?.default,
        values: theirs?.values,
      });
    }
  });

  it('cite only sources that red-flags.json lists', () => {
    for (const rule of redFlagRules)
      for (const s of rule.sources) expect(Object.keys(spec.sources)).toContain(s);
  });

  for (const specRule of spec.rules) {
    it(`${specRule.id} gives the same answer as its Python expression on any fully answered case`, () => {
      const ours = redFlagRules.find((r) => r.id === specRule.id);
      expect(ours).toBeDefined();
      fc.assert(
        fc.property(answeredFacts, (facts) => {
          const theirs = evaluatePython(specRule.logic, (n) => facts[n as FieldName]);
          return (
            evaluate(ours?.when ?? { op: 'or', args: [] }, (f) => facts[f] as boolean | number | string) ===
            theirs
          );
        }),
        { numRuns: 400 },
      );
    });
  }

  it('the Python reader itself can tell a rule that fires from one that does not', () => {
    expect(
      evaluatePython(
        "fever and (headache != 'none' or photophobia)",
        (n) => ({ fever: true, headache: 'mild', photophobia: false })[n],
      ),
    ).toBe(true);
    expect(evaluatePython("weakness in ('both_arms','legs')", () => 'one_arm_stable')).toBe(false);
    expect(evaluatePython('sum([a, b, c]) >= 2', (n) => ({ a: true, b: false, c: true })[n])).toBe(true);
    expect(evaluatePython('(pain_0_10 or 0) >= 8', () => null)).toBe(false);
  });
});
