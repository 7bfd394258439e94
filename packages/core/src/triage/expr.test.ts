import { describe, expect, it } from 'vitest';
import {
  and,
  atLeast,
  cmp,
  eq,
  evaluate,
  fieldsOf,
  is,
  type Lookup,
  ne,
  not,
  oneOf,
  or,
  positiveBoolFields,
  UNKNOWN,
} from './expr.js';
import type { FieldName } from './fields.js';

/** Answers as a lookup: a field not listed is unknown. */
const answers =
  (given: Partial<Record<FieldName, boolean | number | string>>): Lookup =>
  (f) =>
    given[f] ?? UNKNOWN;

describe('a rule’s logic', () => {
  it('reads a yes/no as true only for yes, and an unanswered one as unknown', () => {
    expect(evaluate(is('fever'), answers({ fever: true }))).toBe(true);
    expect(evaluate(is('fever'), answers({ fever: false }))).toBe(false);
    expect(evaluate(is('fever'), answers({}))).toBe(UNKNOWN);
  });

  it('matches a choice exactly or among a list, and keeps an unanswered choice unknown', () => {
    expect(evaluate(eq('headache', 'severe'), answers({ headache: 'severe' }))).toBe(true);
    expect(evaluate(eq('headache', 'severe'), answers({ headache: 'mild' }))).toBe(false);
    expect(evaluate(eq('headache', 'severe'), answers({}))).toBe(UNKNOWN);
    expect(evaluate(ne('headache', 'none'), answers({ headache: 'none' }))).toBe(false);
    const moderateOrWorse = oneOf('headache', ['moderate', 'severe']);
    expect(evaluate(moderateOrWorse, answers({ headache: 'moderate' }))).toBe(true);
    expect(evaluate(moderateOrWorse, answers({ headache: 'mild' }))).toBe(false);
    expect(evaluate(moderateOrWorse, answers({}))).toBe(UNKNOWN);
    // A yes/no answer is never one of a choice's values.
    expect(evaluate(oneOf('headache', ['true']), answers({ headache: true }))).toBe(false);
  });

  it('compares a number at its boundary exactly: 65 is ">= 65" and not "> 65"', () => {
    const at = (op: '>=' | '>' | '<' | '<=', age: number) => evaluate(cmp('age', op, 65), answers({ age }));
    expect([at('>=', 65), at('>=', 64), at('>', 65), at('>', 66)]).toEqual([true, false, false, true]);
    expect([at('<', 65), at('<', 64), at('<=', 65), at('<=', 66)]).toEqual([false, true, true, false]);
    expect(evaluate(cmp('age', '>=', 65), answers({}))).toBe(UNKNOWN);
    expect(evaluate(cmp('age', '<', 65), answers({ age: 'old' }))).toBe(false);
    // A yes/no is not a number, though JavaScript would count true as 1.
    expect(evaluate(cmp('age', '<', 65), answers({ age: true }))).toBe(false);
  });

  it('follows Kleene’s logic: false wins an and, true wins an or, otherwise unknown spreads', () => {
    const read = answers({ fever: true, vomiting: false });
    expect(evaluate(and(is('fever'), is('photophobia')), read)).toBe(UNKNOWN);
    expect(evaluate(and(is('photophobia'), is('vomiting')), read)).toBe(false);
    expect(evaluate(and(is('fever'), not(is('vomiting'))), read)).toBe(true);
    expect(evaluate(or(is('vomiting'), is('photophobia')), read)).toBe(UNKNOWN);
    expect(evaluate(or(is('photophobia'), is('fever')), read)).toBe(true);
    expect(evaluate(or(is('vomiting'), not(is('fever'))), read)).toBe(false);
    expect(evaluate(not(is('photophobia')), read)).toBe(UNKNOWN);
  });

  it('counts "at least n of": true at n, unknown while the unknowns could reach n, false when they cannot', () => {
    const two = atLeast(2, is('fever'), is('vomiting'), is('photophobia'));
    expect(evaluate(two, answers({ fever: true, vomiting: true, photophobia: false }))).toBe(true);
    expect(evaluate(two, answers({ fever: true, vomiting: false }))).toBe(UNKNOWN);
    expect(evaluate(two, answers({ fever: true, vomiting: false, photophobia: false }))).toBe(false);
    expect(evaluate(two, answers({ fever: false, vomiting: false }))).toBe(false);
  });

  it('lists the fields it reads once each, in the order it reads them', () => {
    expect(
      fieldsOf(and(is('fever'), or(eq('headache', 'severe'), not(is('fever'))), cmp('age', '>=', 65))),
    ).toEqual(['fever', 'headache', 'age']);
    expect(fieldsOf(atLeast(1, oneOf('weakness', ['legs']), is('vomiting')))).toEqual([
      'weakness',
      'vomiting',
    ]);
  });

  it('knows which yes answers can only push towards firing: never one read inside a not', () => {
    const fields = positiveBoolFields(
      and(is('fever'), not(is('mechanical_trigger')), or(is('vomiting'), not(not(is('photophobia'))))),
    );
    expect([...fields]).toEqual([
      ['fever', true],
      ['mechanical_trigger', false],
      ['vomiting', true],
      ['photophobia', true],
    ]);
    // Read both ways, a field is not purely positive; choices and numbers are not yes/no answers.
    expect([
      ...positiveBoolFields(or(is('fever'), not(is('fever')), eq('headache', 'none'), cmp('age', '>', 1))),
    ]).toEqual([['fever', false]]);
    expect([...positiveBoolFields(atLeast(1, not(is('fever')), is('fever')))]).toEqual([['fever', false]]);
  });
});
