import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property.testkit.js';
import { askWhen, dangerousMechanisms } from './ask-when.js';
import { type Expr, evaluate, fieldsOf } from './expr.js';
import { factsOf } from './facts.testkit.js';
import { type Facts, type FieldName, fieldNames, fieldSpecs, isFieldName } from './fields.js';
import { evaluatePython } from './python-logic.testkit.js';
import { redFlagRules, rulesVersion } from './rules.js';

interface SpecField {
  type: string;
  default: unknown;
  values?: string[];
  unsure_as?: boolean;
  ask_when?: string;
  triage_role: string;
}
const spec = JSON.parse(readFileSync(new URL('../../spec/red-flags.json', import.meta.url), 'utf8')) as {
  version: string;
  rules: { id: string; triage: string; logic: string; sources: string[] }[];
  answer_schema: Record<string, SpecField>;
  evaluation: { dangerous_mechanisms: string[] };
  sources: Record<string, unknown>;
};

/** Every threshold an expression compares a number with. */
function thresholdsOf(e: Expr, into: [FieldName, number][] = []): [FieldName, number][] {
  if (e.op === 'cmp') into.push([e.field, e.value]);
  else if (e.op === 'not') thresholdsOf(e.arg, into);
  else if (e.op === 'and' || e.op === 'or' || e.op === 'atLeast')
    for (const a of e.args) thresholdsOf(a, into);
  return into;
}

/**
 * Checks a port against its Python on thousands of fully answered cases, and then on each of
 * its thresholds exactly and one either side (age 65, onset_days 2, pain 8), every run.
 */
function agreesWithPython(ours: Expr, python: string): void {
  // Every field answered (two-valued), so Python's semantics and ours must agree exactly.
  const agree = (facts: Facts) =>
    evaluate(ours, (f) => facts[f] as boolean | number | string) ===
    evaluatePython(python, (n) => facts[n as FieldName]);
  // Only the fields either side reads: the others cannot change the answer, and this keeps it quick.
  const names = [
    ...new Set([...fieldsOf(ours), ...(python.match(/[A-Za-z_]\w*/g) ?? []).filter(isFieldName)]),
  ];
  fc.assert(fc.property(factsOf(names), agree), runs(2000));
  for (const [field, value] of thresholdsOf(ours))
    for (const edge of [value - 1, value, value + 1])
      fc.assert(fc.property(factsOf(names, { fixed: { [field]: edge } }), agree), runs(300));
}

describe('the red-flag rules', () => {
  it('port red-flags.json version 0.2', () => {
    expect(spec.version).toBe(rulesVersion);
  });

  it('are the 52 rules of red-flags.json, with the same ids, levels and sources', () => {
    expect(redFlagRules).toHaveLength(52);
    expect(redFlagRules.map((r) => [r.id, r.level, r.sources])).toEqual(
      spec.rules.map((r) => [r.id, r.triage, r.sources]),
    );
  });

  it('ask only fields of answer_schema, in its order, with its types, choices, defaults, unsure_as and roles', () => {
    expect(fieldNames).toEqual(Object.keys(spec.answer_schema));
    for (const name of fieldNames) {
      const theirs = spec.answer_schema[name] as SpecField;
      const ours = fieldSpecs[name];
      expect({
        name,
        type: ours.type,
        default: ours.default,
        values: 'values' in ours ? ours.values : undefined,
        unsureAs: 'unsureAs' in ours ? ours.unsureAs : undefined,
        role: ours.role,
        asked: Object.hasOwn(askWhen, name),
      }).toEqual({
        name,
        type: theirs.type,
        default: theirs.default,
        values: theirs.values,
        unsureAs: theirs.unsure_as,
        role: theirs.triage_role,
        asked: theirs.ask_when !== undefined,
      });
    }
  });

  it('know the dangerous mechanisms of the evaluation, pedestrian struck included', () => {
    expect([...dangerousMechanisms]).toEqual(spec.evaluation.dangerous_mechanisms);
    expect(dangerousMechanisms).toContain('pedestrian_struck');
  });

  it('cite only sources that red-flags.json lists', () => {
    for (const rule of redFlagRules)
      for (const s of rule.sources) expect(Object.keys(spec.sources)).toContain(s);
  });

  for (const specRule of spec.rules) {
    it(`${specRule.id} gives the same answer as its Python expression on any fully answered case`, () => {
      const ours = redFlagRules.find((r) => r.id === specRule.id);
      expect(ours).toBeDefined();
      agreesWithPython(ours?.when ?? { op: 'or', args: [] }, specRule.logic);
    });
  }

  for (const [name, field] of Object.entries(spec.answer_schema)) {
    if (field.ask_when === undefined) continue;
    it(`asks ${name} exactly when its ask_when says, on any fully answered case`, () => {
      agreesWithPython(askWhen[name as FieldName] ?? { op: 'or', args: [] }, field.ask_when as string);
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
    expect(evaluatePython('sum([a, b, c]) >= 2', (n) => ({ a: true, b: false, c: false })[n])).toBe(false);
    expect(evaluatePython('age >= 65', () => 65)).toBe(true);
    expect(evaluatePython('age >= 65', () => 64)).toBe(false);
  });
});
