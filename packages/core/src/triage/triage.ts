import { type Expr, evaluate, fieldsOf, type Lookup, or, UNKNOWN } from './expr.js';
import {
  type Answer,
  type Facts,
  type FieldName,
  type FieldSpec,
  fieldSpecs,
  isAskedInTriage,
  UNSURE,
} from './fields.js';
import { afterInjuryAdvice, levelAdvice } from './levels.js';
import { upgradeFacts } from './migrate.js';
import { fieldQuestions } from './questions.js';
import { type Level, levelRank, type RedFlagRule, redFlagRules, ruleById } from './rules.js';

export interface FiredRule {
  readonly id: string;
  readonly level: Exclude<Level, 'self_care'>;
  readonly reason: string;
  /** True when the rule is unknown (an answer missing, or "not sure" to a choice or number) and fired to be safe. */
  readonly precautionary: boolean;
  /** The answers that would settle a precaution: ask them and the triage can be run again. */
  readonly unknown: readonly FieldName[];
  /** The rule's yes/no answers that were "not sure" (read as their `unsure_as`). */
  readonly unsure: readonly FieldName[];
  readonly sources: readonly string[];
}

export interface TriageOutcome {
  readonly level: Level;
  readonly fired: readonly FiredRule[];
  /** What to do now: the level's action, with the injury advice only when an injury is a reason. */
  readonly action: string;
  /** An emergency with an injury among its reasons: keep the head and neck still. */
  readonly afterInjury: boolean;
  /** Every triage answer that was "not sure", whether or not a rule fired on it. */
  readonly unsure: readonly FieldName[];
}

/**
 * Reads facts the way red-flags.json 0.2 `evaluation` says: absent or null takes the
 * field's default, and a null default is unknown; "not sure" to a yes/no question is
 * its `unsure_as` (the answer that raises concern), to a choice or number unknown.
 */
export function readFacts(facts: Facts): Lookup {
  return (field: FieldName) => {
    const given: Answer | undefined = facts[field];
    const spec: FieldSpec = fieldSpecs[field];
    // Only yes/no fields have an unsure_as (fields.ts): "not sure" to a choice or a number is unknown.
    if (given === UNSURE) return spec.unsureAs ?? UNKNOWN;
    if (given !== undefined && given !== null) return given;
    return spec.default === null ? UNKNOWN : spec.default;
  };
}

/** How a field reads inside a sentence: "your age", "double vision". */
export const plainField = (f: FieldName): string =>
  f === 'age'
    ? 'your age'
    : // Stryker disable next-line OptionalChaining,Regex,StringLiteral: every triage field has a question (questions.test.ts); a replace without "g" changes the first character either way
      (fieldQuestions[f]?.label.replace(/^./, (c) => c.toLowerCase()) ?? f.replace(/_/g, ' '));

/**
 * What made a rule true, in the person's terms: the answers that were yes, in the parts
 * of the rule that were true. A branch of an "or" that did not hold names nothing, though
 * an answer in it may be true on its own (a pain that began today, in a rule that fires on
 * worsening weakness or on any weakness that began in the last 2 days).
 */
function trueAnswers(expr: Expr, read: Lookup, notSure: readonly FieldName[], into: string[] = []): string[] {
  // No rule is read this way with a "not" in it (it is told in its own words), and the one
  // "at least" rule (RF-U11) has a "not": the two cases keep the function whole for rules to come.
  switch (expr.op) {
    // Stryker disable next-line StringLiteral,ConditionalExpression: unreachable with the rules of 0.2 (above)
    case 'not':
      return into;
    case 'and':
    case 'or':
    // Stryker disable next-line StringLiteral: unreachable with the rules of 0.2 (above)
    case 'atLeast':
      for (const arg of expr.args) if (evaluate(arg, read) === true) trueAnswers(arg, read, notSure, into);
      return into;
    default: {
      // Only a true part is read (the callers and the branches above see to it). A "not sure"
      // counted as yes is said as such, never as something the person told us.
      if (notSure.includes(expr.field)) return into;
      const q = fieldQuestions[expr.field];
      const value = read(expr.field);
      // Stryker disable next-line OptionalChaining,StringLiteral: every field a rule reads has a question (questions.test.ts)
      let text = q?.label ?? expr.field.replace(/_/g, ' ');
      // A number after its words: "age 70", "days since it started 1"; a choice with the option chosen.
      if (expr.op === 'cmp') text = `${text} ${value}`;
      else if (q?.options) {
        // Stryker disable next-line OptionalChaining,Regex: the answer is one of the options, and "Yes, " only ever opens a label
        const option = q.options.find((o) => o.value === value)?.label.replace(/^Yes, /, '') ?? String(value);
        text = `${text} (${option.charAt(0).toLowerCase()}${option.slice(1)})`;
      }
      const phrase = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
      if (!into.includes(phrase)) into.push(phrase);
      return into;
    }
  }
}

const hasNot = (e: Expr): boolean =>
  e.op === 'not' || ((e.op === 'and' || e.op === 'or' || e.op === 'atLeast') && e.args.some(hasNot));

const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function firedReason(rule: RedFlagRule, read: Lookup, unsureMattered: readonly FieldName[]): string {
  // A "not sure" that made the rule fire is said first: the person can see why we play safe.
  const unsure = unsureMattered.length
    ? `you were not sure about ${unsureMattered.map(plainField).join(', ')}, so to be safe we count it as yes. `
    : '';
  // A rule that a "no" helps to fire (no everyday cause, cannot turn the head) is told best in its own words.
  if (hasNot(rule.when)) return sentence(`${unsure}You said ${rule.said}, which can mean ${rule.means}.`);
  const told = trueAnswers(rule.when, read, unsureMattered);
  const body =
    told.length > 0
      ? `You told us: ${told.join('; ')}. With neck pain, that can mean ${rule.means}.`
      : `With neck pain, that can mean ${rule.means}.`;
  return sentence(`${unsure}${body}`);
}

function precautionReason(rule: RedFlagRule, facts: Facts, unknown: readonly FieldName[]): string {
  // A number's "not sure" is the check's "rather not say": the person did not tell us.
  const wasUnsure = (f: FieldName) =>
    facts[f] === UNSURE && fieldSpecs[f].type !== 'int' && fieldSpecs[f].type !== 'number';
  const unsure = unknown.filter(wasUnsure);
  const untold = unknown.filter((f) => !wasUnsure(f));
  const parts = [
    unsure.length ? `you were not sure about ${unsure.map(plainField).join(', ')}` : '',
    untold.length ? `you did not tell us ${untold.map(plainField).join(', ')}` : '',
  ].filter(Boolean);
  return sentence(
    `${parts.join(', and ')}, so to be safe we cannot rule out ${rule.said}, which can mean ${rule.means}.`,
  );
}

/** The rule's fields that read as unknown: answering any of them could settle the rule. */
const unknownFields = (rule: RedFlagRule, read: Lookup): FieldName[] =>
  fieldsOf(rule.when).filter((f) => read(f) === UNKNOWN);

/** The rule's "not sure" yes/no answers without which it would not have fired. */
function unsureThatMattered(rule: RedFlagRule, facts: Facts, unsure: readonly FieldName[]): FieldName[] {
  if (unsure.length === 0) return [];
  const read = readFacts(facts);
  const withoutThem: Lookup = (f) => (unsure.includes(f) ? UNKNOWN : read(f));
  return evaluate(rule.when, withoutThem) === true ? [] : [...unsure];
}

/**
 * Evaluates every rule (report-all). A rule that is true fires; a rule that is unknown
 * fires too, as a precaution at its own level (`precaution_levels`: emergency, urgent
 * and soon), saying which answer would settle it. The level is the highest fired.
 * Answers saved under rule set 0.1 are read as 0.2 reads them (upgradeFacts).
 */
export function triage(given: Facts, rules: readonly RedFlagRule[] = redFlagRules): TriageOutcome {
  const facts = upgradeFacts(given);
  const read = readFacts(facts);
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    const truth = evaluate(rule.when, read);
    if (truth === false) continue;
    const precautionary = truth === UNKNOWN;
    const ruleFields = fieldsOf(rule.when);
    const unsure = ruleFields.filter((f) => facts[f] === UNSURE && fieldSpecs[f].type === 'bool');
    const unknown = precautionary ? unknownFields(rule, read) : [];
    const reason = precautionary
      ? precautionReason(rule, facts, unknown)
      : firedReason(rule, read, unsureThatMattered(rule, facts, unsure));
    fired.push({
      id: rule.id,
      level: rule.level,
      reason,
      precautionary,
      unknown,
      unsure,
      sources: rule.sources,
    });
  }
  const level = fired.reduce<Level>(
    (top, r) => (levelRank[r.level] > levelRank[top] ? r.level : top),
    'self_care',
  );
  const unsure = (Object.keys(facts) as FieldName[]).filter(
    (f) => facts[f] === UNSURE && Object.hasOwn(fieldSpecs, f) && isAskedInTriage(f),
  );
  // An emergency rule that reads the injury fired only with it true (its default is no, "not sure" is yes):
  // the first two tests say what the third implies, and are kept to say it.
  const afterInjury =
    level === 'emergency' &&
    read('trauma') === true &&
    // Stryker disable next-line OptionalChaining: every fired id is a rule's
    fired.some((f) => f.level === 'emergency' && fieldsOf(ruleById(f.id)?.when ?? or()).includes('trauma'));
  const action = afterInjury
    ? `${levelAdvice[level].action} ${afterInjuryAdvice}`
    : levelAdvice[level].action;
  return { level, fired, action, afterInjury, unsure };
}

export const compareLevels = (a: Level, b: Level): number => levelRank[a] - levelRank[b];
