import type { FieldName } from './fields.js';

/**
 * A rule's logic as data rather than code: the same tree is evaluated, searched
 * for the fields it needs (to choose the next question), and checked against
 * the Python expressions in red-flags.json by a test.
 */
export type Expr =
  | { readonly op: 'is'; readonly field: FieldName }
  | { readonly op: 'eq'; readonly field: FieldName; readonly value: string }
  | { readonly op: 'in'; readonly field: FieldName; readonly values: readonly string[] }
  | {
      readonly op: 'cmp';
      readonly field: FieldName;
      readonly cmp: '>=' | '>' | '<' | '<=';
      readonly value: number;
    }
  | { readonly op: 'not'; readonly arg: Expr }
  | { readonly op: 'and'; readonly args: readonly Expr[] }
  | { readonly op: 'or'; readonly args: readonly Expr[] }
  | { readonly op: 'atLeast'; readonly n: number; readonly args: readonly Expr[] };

export const is = (field: FieldName): Expr => ({ op: 'is', field });
export const eq = (field: FieldName, value: string): Expr => ({ op: 'eq', field, value });
export const ne = (field: FieldName, value: string): Expr => not(eq(field, value));
export const oneOf = (field: FieldName, values: readonly string[]): Expr => ({ op: 'in', field, values });
export const cmp = (field: FieldName, op: '>=' | '>' | '<' | '<=', value: number): Expr => ({
  op: 'cmp',
  field,
  cmp: op,
  value,
});
export const not = (arg: Expr): Expr => ({ op: 'not', arg });
export const and = (...args: Expr[]): Expr => ({ op: 'and', args });
export const or = (...args: Expr[]): Expr => ({ op: 'or', args });
export const atLeast = (n: number, ...args: Expr[]): Expr => ({ op: 'atLeast', n, args });

/** Three-valued truth: an unanswered or "not sure" input makes a rule unknown, not false. */
export type Truth = true | false | 'unknown';
export const UNKNOWN = 'unknown' as const;

/** Reads one field: a concrete value, or UNKNOWN (a null default, or "not sure" to a choice or number). */
export type Lookup = (field: FieldName) => boolean | number | string | typeof UNKNOWN;

/** Kleene's strong three-valued logic: false wins an `and`, true wins an `or`, otherwise unknown spreads. */
export function evaluate(expr: Expr, read: Lookup): Truth {
  switch (expr.op) {
    case 'is': {
      const v = read(expr.field);
      return v === UNKNOWN ? UNKNOWN : v === true;
    }
    case 'eq': {
      const v = read(expr.field);
      return v === UNKNOWN ? UNKNOWN : v === expr.value;
    }
    case 'in': {
      const v = read(expr.field);
      // Stryker disable next-line ConditionalExpression: a list of strings never includes a boolean or a number; the test is for the type checker
      return v === UNKNOWN ? UNKNOWN : typeof v === 'string' && expr.values.includes(v);
    }
    case 'cmp': {
      const v = read(expr.field);
      if (v === UNKNOWN) return UNKNOWN;
      if (typeof v !== 'number') return false;
      switch (expr.cmp) {
        case '>=':
          return v >= expr.value;
        case '>':
          return v > expr.value;
        case '<':
          return v < expr.value;
        case '<=':
          return v <= expr.value;
      }
      // Stryker disable next-line BooleanLiteral: every comparison is one of the cases above
      return false;
    }
    case 'not': {
      const v = evaluate(expr.arg, read);
      return v === UNKNOWN ? UNKNOWN : !v;
    }
    case 'and': {
      let result: Truth = true;
      for (const arg of expr.args) {
        const v = evaluate(arg, read);
        if (v === false) return false;
        if (v === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'or': {
      let result: Truth = false;
      for (const arg of expr.args) {
        const v = evaluate(arg, read);
        if (v === true) return true;
        if (v === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'atLeast': {
      let yes = 0;
      let unknown = 0;
      for (const arg of expr.args) {
        const v = evaluate(arg, read);
        if (v === true) yes += 1;
        else if (v === UNKNOWN) unknown += 1;
      }
      if (yes >= expr.n) return true;
      return yes + unknown >= expr.n ? UNKNOWN : false;
    }
  }
}

/** Every field an expression reads, in the order it reads them. */
export function fieldsOf(expr: Expr, into: FieldName[] = []): FieldName[] {
  switch (expr.op) {
    case 'is':
    case 'eq':
    case 'in':
    case 'cmp':
      if (!into.includes(expr.field)) into.push(expr.field);
      return into;
    case 'not':
      return fieldsOf(expr.arg, into);
    case 'and':
    case 'or':
    case 'atLeast':
      for (const arg of expr.args) fieldsOf(arg, into);
      return into;
  }
}

/**
 * Fields whose "yes" can only push a rule towards firing (never inside a `not`).
 * Answering yes to one of them must never lower the triage level: a property test holds us to it.
 */
export function positiveBoolFields(
  expr: Expr,
  negated = false,
  into = new Map<FieldName, boolean>(),
): Map<FieldName, boolean> {
  switch (expr.op) {
    case 'is': {
      const before = into.get(expr.field);
      into.set(expr.field, (before ?? true) && !negated);
      return into;
    }
    // These read no yes/no field; named or not, they add nothing (a part's result is not read,
    // and no rule of 0.2 is one of them alone).
    // Stryker disable next-line StringLiteral: see above
    case 'eq':
    // Stryker disable next-line StringLiteral: see above
    case 'in':
    // Stryker disable next-line StringLiteral: see above
    case 'cmp':
      return into;
    case 'not':
      return positiveBoolFields(expr.arg, !negated, into);
    case 'and':
    case 'or':
    case 'atLeast':
      for (const arg of expr.args) positiveBoolFields(arg, negated, into);
      return into;
  }
}
