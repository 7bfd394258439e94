import { evaluate, fieldsOf, type Lookup, or, UNKNOWN } from './expr.js';
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
import { type Level, levelRank, type RedFlagRule, redFlagRules, ruleById } from './rules.js';

/**
 * A rule that fired, without the words that say why (triage.ts adds them): what the check
 * needs to decide and to store, light enough for its first screen.
 */
export interface FiredFlag {
  readonly id: string;
  readonly level: Exclude<Level, 'self_care'>;
  /** True when the rule is unknown (an answer missing, or "not sure" to a choice or number) and fired to be safe. */
  readonly precautionary: boolean;
  /** The answers that would settle a precaution: ask them and the triage can be run again. */
  readonly unknown: readonly FieldName[];
  /** The rule's yes/no answers that were "not sure" (read as their `unsure_as`). */
  readonly unsure: readonly FieldName[];
  readonly sources: readonly string[];
}

/** The level and what to do now, with the rules that fired; `triage()` gives the same with reasons. */
export interface TriageVerdict<F extends FiredFlag = FiredFlag> {
  readonly level: Level;
  readonly fired: readonly F[];
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

/** The rule's fields that read as unknown: answering any of them could settle the rule. */
const unknownFields = (rule: RedFlagRule, read: Lookup): FieldName[] =>
  fieldsOf(rule.when).filter((f) => read(f) === UNKNOWN);

/**
 * Evaluates every rule (report-all). A rule that is true fires; a rule that is unknown
 * fires too, as a precaution at its own level (`precaution_levels`: emergency, urgent
 * and soon), saying which answer would settle it. The level is the highest fired.
 * Answers saved under rule set 0.1 are read as 0.2 reads them (upgradeFacts).
 */
export function assess(given: Facts, rules: readonly RedFlagRule[] = redFlagRules): TriageVerdict {
  const facts = upgradeFacts(given);
  const read = readFacts(facts);
  const fired: FiredFlag[] = [];
  for (const rule of rules) {
    const truth = evaluate(rule.when, read);
    if (truth === false) continue;
    const precautionary = truth === UNKNOWN;
    const unsure = fieldsOf(rule.when).filter((f) => facts[f] === UNSURE && fieldSpecs[f].type === 'bool');
    const unknown = precautionary ? unknownFields(rule, read) : [];
    fired.push({ id: rule.id, level: rule.level, precautionary, unknown, unsure, sources: rule.sources });
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
