import { type Expr, evaluate, type Lookup, or, UNKNOWN } from './expr.js';
import { type Facts, type FieldName, fieldSpecs, UNSURE } from './fields.js';
import { upgradeFacts } from './migrate.js';
import { fieldQuestions } from './questions.js';
import { type RuleWords, wordsOf } from './rule-words.js';
import { type RedFlagRule, redFlagRules } from './rules.js';
import { assess, type FiredFlag, readFacts, type TriageVerdict } from './verdict.js';

/** A rule that fired, with why in the person's words. */
export interface FiredRule extends FiredFlag {
  readonly reason: string;
}

/** The verdict with a reason for every rule that fired: what a result screen shows. */
export type TriageOutcome = TriageVerdict<FiredRule>;

/**
 * Questions named inside a sentence by their labels, quoted: "“Age”", "“Clumsy hands” and
 * “Over weeks”". A label is a heading, not a phrase ("Able to turn your head halfway to
 * each side"), and some hold commas, so each is quoted and the last joined by the word.
 */
export function questionNames(fields: readonly FieldName[], last: 'and' | 'or'): string {
  // Stryker disable next-line OptionalChaining: every triage field has a question (questions.test.ts)
  const names = fields.map((f) => `\u201c${fieldQuestions[f]?.label ?? f}\u201d`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}` : (names[0] ?? '');
}

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

function firedReason(
  rule: RedFlagRule,
  words: RuleWords,
  read: Lookup,
  unsureMattered: readonly FieldName[],
): string {
  // A "not sure" that made the rule fire is said first: the person can see why we play safe.
  const unsure = unsureMattered.length
    ? `you were not sure about ${questionNames(unsureMattered, 'and')}, so to be safe we count ${unsureMattered.length > 1 ? 'them' : 'it'} as yes. `
    : '';
  // A rule that a "no" helps to fire (no everyday cause, cannot turn the head) is told best in its own words.
  if (hasNot(rule.when)) return sentence(`${unsure}You said ${words.said}, which can mean ${words.means}.`);
  const told = trueAnswers(rule.when, read, unsureMattered);
  const body =
    told.length > 0
      ? `You told us: ${told.join('; ')}. With neck pain, that can mean ${words.means}.`
      : `With neck pain, that can mean ${words.means}.`;
  return sentence(`${unsure}${body}`);
}

function precautionReason(words: RuleWords, facts: Facts, unknown: readonly FieldName[]): string {
  // A number's "not sure" is the check's "rather not say": the person did not tell us.
  const wasUnsure = (f: FieldName) =>
    facts[f] === UNSURE && fieldSpecs[f].type !== 'int' && fieldSpecs[f].type !== 'number';
  const unsure = unknown.filter(wasUnsure);
  const untold = unknown.filter((f) => !wasUnsure(f));
  const parts = [
    unsure.length ? `you were not sure about ${questionNames(unsure, 'and')}` : '',
    untold.length ? `you did not answer ${questionNames(untold, 'or')}` : '',
  ].filter(Boolean);
  return sentence(
    `${parts.join(', and ')}, so to be safe we cannot rule out ${words.said}, which can mean ${words.means}.`,
  );
}

/** The rule's "not sure" yes/no answers without which it would not have fired. */
function unsureThatMattered(rule: RedFlagRule, facts: Facts, unsure: readonly FieldName[]): FieldName[] {
  if (unsure.length === 0) return [];
  const read = readFacts(facts);
  const withoutThem: Lookup = (f) => (unsure.includes(f) ? UNKNOWN : read(f));
  return evaluate(rule.when, withoutThem) === true ? [] : [...unsure];
}

/** The words of a rule that has none (a rule added without them): its id, never a made-up sign. */
const wordsFor = (rule: RedFlagRule): RuleWords =>
  wordsOf(rule.id) ?? { said: `the answers of rule ${rule.id}`, means: 'a sign a clinician should check' };

/**
 * The verdict's reasons: for each rule that fired, what the person told us and what it can
 * mean, or, for a precaution, which answer was missing. `facts` are the verdict's own.
 */
export function explain(
  verdict: TriageVerdict,
  given: Facts,
  rules: readonly RedFlagRule[] = redFlagRules,
): TriageOutcome {
  const facts = upgradeFacts(given);
  const read = readFacts(facts);
  const fired = verdict.fired.map((f): FiredRule => {
    // A verdict of other rules than these: said in the words kept for its id, none made up.
    const rule = rules.find((r) => r.id === f.id) ?? {
      id: f.id,
      level: f.level,
      when: or(),
      sources: f.sources,
    };
    const words = wordsFor(rule);
    const reason = f.precautionary
      ? precautionReason(words, facts, f.unknown)
      : firedReason(rule, words, read, unsureThatMattered(rule, facts, f.unsure));
    return { ...f, reason };
  });
  return { ...verdict, fired };
}

/** The triage with its reasons: `assess`, then `explain`. */
export const triage = (given: Facts, rules: readonly RedFlagRule[] = redFlagRules): TriageOutcome =>
  explain(assess(given, rules), given, rules);
