import { type Expr, evaluate, type Lookup, UNKNOWN } from './expr.js';
import { type Answer, type Facts, type FieldName, fieldSpecs, UNSURE } from './fields.js';
import { levelAdvice } from './levels.js';
import { fieldQuestions } from './questions.js';
import { type Level, levelRank, type RedFlagRule, redFlagRules } from './rules.js';

export interface FiredRule {
  readonly id: string;
  readonly level: Exclude<Level, 'self_care'>;
  readonly reason: string;
  /** True when the rule fired only because an answer was "not sure" or missing (age). */
  readonly precautionary: boolean;
  readonly sources: readonly string[];
}

export interface TriageOutcome {
  readonly level: Level;
  readonly fired: readonly FiredRule[];
  readonly action: string;
}

/**
 * Reads facts the way red-flags.json asks: absent or null takes the field's
 * default; "not sure", and a default that is itself unknown (age), read as
 * unknown, never as the reassuring answer.
 */
export function readFacts(facts: Facts): Lookup {
  return (field: FieldName) => {
    const given: Answer | undefined = facts[field];
    if (given === UNSURE) return UNKNOWN;
    if (given !== undefined && given !== null) return given;
    const fallback = fieldSpecs[field].default;
    return fallback === null ? UNKNOWN : fallback;
  };
}

function unknownFieldsIn(rule: RedFlagRule, read: Lookup): FieldName[] {
  const out: FieldName[] = [];
  const walk = (e: RedFlagRule['when']): void => {
    if (e.op === 'not') walk(e.arg);
    else if (e.op === 'and' || e.op === 'or' || e.op === 'atLeast') e.args.forEach(walk);
    else if (read(e.field) === UNKNOWN && !(e.op === 'cmp' && e.orZero) && !out.includes(e.field))
      out.push(e.field);
  };
  walk(rule.when);
  return out;
}

/** How a field reads inside a sentence: "your age", "double vision". */
const plainField = (f: FieldName): string =>
  f === 'age'
    ? 'your age'
    : (fieldQuestions[f]?.label.replace(/^./, (c) => c.toLowerCase()) ?? f.replace(/_/g, ' '));

/** What made a rule true, in the person's terms: the answers that were yes. */
function trueAnswers(expr: Expr, read: Lookup, into: string[] = []): string[] {
  switch (expr.op) {
    case 'not':
      return into;
    case 'and':
    case 'or':
    case 'atLeast':
      for (const arg of expr.args) trueAnswers(arg, read, into);
      return into;
    default: {
      if (evaluate(expr, read) !== true) return into;
      const q = fieldQuestions[expr.field];
      const value = read(expr.field);
      let text = q?.label ?? expr.field.replace(/_/g, ' ');
      if (expr.op === 'cmp') text = expr.field === 'age' ? `age ${value}` : `${text} ${value}`;
      else if (typeof value === 'string' && q?.options) {
        const option = q.options.find((o) => o.value === value)?.label.replace(/^Yes, /, '') ?? value;
        text = `${text} (${option.charAt(0).toLowerCase()}${option.slice(1)})`;
      }
      const phrase = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
      if (!into.includes(phrase)) into.push(phrase);
      return into;
    }
  }
}

function firedReason(rule: RedFlagRule, read: Lookup): string {
  const told = hasNot(rule.when) ? [] : trueAnswers(rule.when, read);
  // A rule that a "no" helps to fire (no everyday cause, cannot turn the head) is told best in its own words.
  if (told.length === 0) return `You said ${rule.said}, which can mean ${rule.means}.`;
  return `You told us: ${told.join('; ')}. With neck pain, that can mean ${rule.means}.`;
}

const hasNot = (e: Expr): boolean =>
  e.op === 'not' || ((e.op === 'and' || e.op === 'or' || e.op === 'atLeast') && e.args.some(hasNot));

function precautionReason(rule: RedFlagRule, facts: Facts, read: Lookup): string {
  const fields = unknownFieldsIn(rule, read);
  const unsure = fields.filter((f) => facts[f] === UNSURE);
  const untold = fields.filter((f) => facts[f] !== UNSURE);
  const parts = [
    unsure.length ? `you were not sure about ${unsure.map(plainField).join(', ')}` : '',
    untold.length ? `you did not tell us ${untold.map(plainField).join(', ')}` : '',
  ].filter(Boolean);
  const said = parts.join(', and ');
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}, so to be safe we cannot rule out ${rule.said}, which can mean ${rule.means}.`;
}

/**
 * Evaluates every rule. A rule that is true fires; a rule that is unknown
 * because of a "not sure" or missing answer fires too, as a precaution: the
 * spec's "not sure counts as yes", applied by three-valued logic so that a
 * "not sure" only matters where it could change the rule.
 */
export function triage(facts: Facts, rules: readonly RedFlagRule[] = redFlagRules): TriageOutcome {
  const read = readFacts(facts);
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    const truth = evaluate(rule.when, read);
    if (truth === false) continue;
    const precautionary = truth === UNKNOWN;
    const reason = precautionary ? precautionReason(rule, facts, read) : firedReason(rule, read);
    fired.push({ id: rule.id, level: rule.level, reason, precautionary, sources: rule.sources });
  }
  const level = fired.reduce<Level>(
    (top, r) => (levelRank[r.level] > levelRank[top] ? r.level : top),
    'self_care',
  );
  return { level, fired, action: levelAdvice[level].action };
}

export const compareLevels = (a: Level, b: Level): number => levelRank[a] - levelRank[b];
