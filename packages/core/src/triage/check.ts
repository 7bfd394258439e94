import { err, ok, type Result } from '../result.js';
import type { FieldError } from '../validate.js';
import { askWhen } from './ask-when.js';
import { type Expr, evaluate, fieldsOf, type Lookup, UNKNOWN } from './expr.js';
import { type Facts, type FieldName, fieldNames, fieldSpecs, isAskedInTriage, UNSURE } from './fields.js';
import { type CatalogueEntry, type ChoiceOption, fieldQuestions, questionCatalogue } from './questions.js';
import { type Level, levelRank, type RedFlagRule, redFlagRules } from './rules.js';
import { assess, readFacts, type TriageVerdict } from './verdict.js';

/** Where a check has got to: the answers so far and the "any of these?" screens answered yes. */
export interface CheckState {
  readonly facts: Facts;
  readonly expanded: readonly string[];
}

export interface Question {
  readonly id: string;
  readonly kind: 'yesno' | 'group' | 'choice' | 'number';
  readonly text: string;
  readonly hint?: string;
  /** The fields this screen answers. */
  readonly fields: readonly FieldName[];
  /** For a group: the signs listed. */
  readonly items?: readonly { readonly field: FieldName; readonly label: string }[];
  readonly options?: readonly ChoiceOption[];
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  /** True when an answer here can mean an emergency. */
  readonly emergency: boolean;
}

export type QuestionAnswer =
  | 'yes'
  | 'no'
  | 'unsure'
  | { readonly choice: string }
  | { readonly number: number };

export type CheckStep =
  | { readonly done: false; readonly question: Question; readonly asked: number; readonly remaining: number }
  | { readonly done: true; readonly outcome: TriageVerdict; readonly asked: number };

// Stryker disable next-line ArrayDeclaration: a screen id that is no screen's opens nothing
export const startCheck = (prefill: Facts = {}): CheckState => ({ facts: { ...prefill }, expanded: [] });

/** The facts a finished (or abandoned) check stands on; unasked fields take their defaults at triage. */
export const checkFacts = (state: CheckState): Facts => state.facts;

const emergencyFields = new Set<FieldName>(
  redFlagRules.filter((r) => r.level === 'emergency').flatMap((r) => fieldsOf(r.when)),
);
const answered = (facts: Facts, field: FieldName): boolean => Object.hasOwn(facts, field);
/** Worked out once: the check consults them for every field on every screen. */
const askable = new Set<FieldName>(fieldNames.filter(isAskedInTriage));
const gatesOf = new Map<FieldName, readonly FieldName[]>(
  (Object.keys(askWhen) as FieldName[]).map((f) => [
    f,
    fieldsOf(askWhen[f] as Expr).filter((g) => fieldSpecs[g].role === 'gate'),
  ]),
);

/**
 * How the check reads the answers so far. A field still to be asked is unknown (its answer
 * might change the outcome). A field that will not be asked reads as the spec says: its
 * ask_when is false (so its default cannot change the level), or its role is not a triage
 * question (medicines, record only, asked with the result, deprecated).
 */
interface CheckView {
  readonly read: Lookup;
  /** Not answered yet, a triage question, and its ask_when is not false. */
  readonly pending: (field: FieldName) => boolean;
}

function viewOf(facts: Facts): CheckView {
  const given = readFacts(facts);
  const memo = new Map<FieldName, boolean>();
  const pending = (field: FieldName): boolean => {
    if (answered(facts, field) || !askable.has(field)) return false;
    let open = memo.get(field);
    if (open === undefined) {
      const gate = askWhen[field];
      // ask_when reads only fields asked before it (asked_after), so this ends.
      open = gate === undefined || evaluate(gate, read) !== false;
      memo.set(field, open);
    }
    return open;
  };
  const read: Lookup = (field) => (pending(field) ? UNKNOWN : given(field));
  return { read, pending };
}

interface RuleStatus {
  readonly fired: boolean;
  readonly openFields: readonly FieldName[];
}

/** Each rule's fields, worked out once: the check asks about them on every screen. */
const ruleFields = new Map<RedFlagRule, readonly FieldName[]>();
const fieldsOfRule = (rule: RedFlagRule): readonly FieldName[] => {
  let fields = ruleFields.get(rule);
  if (!fields) {
    fields = fieldsOf(rule.when);
    ruleFields.set(rule, fields);
  }
  return fields;
};

function ruleStatus(rule: RedFlagRule, view: CheckView): RuleStatus {
  const truth = evaluate(rule.when, view.read);
  // Stryker disable next-line ArrayDeclaration: a fired rule's level is never above the level, so its open fields are never read
  if (truth === true) return { fired: true, openFields: [] };
  // Stryker disable next-line ArrayDeclaration: an open field no question asks (and no gate reads) changes no screen
  if (truth === false) return { fired: false, openFields: [] };
  const open = fieldsOfRule(rule).filter(view.pending);
  // Unknown with nothing left to ask: it fires as a precaution, at its own level.
  // Stryker disable next-line ArrayDeclaration: a fired rule's level is never above the level, so its open fields are never read
  return open.length === 0 ? { fired: true, openFields: [] } : { fired: false, openFields: open };
}

/** Fields whose answer could still raise the outcome above what is already certain. */
function fieldsThatMatter(view: CheckView): { level: Level; fields: Set<FieldName> } {
  const statuses = redFlagRules.map((rule) => ({ rule, status: ruleStatus(rule, view) }));
  const level = statuses.reduce<Level>(
    (top, { rule, status }) => (status.fired && levelRank[rule.level] > levelRank[top] ? rule.level : top),
    'self_care',
  );
  const fields = new Set<FieldName>();
  for (const { rule, status } of statuses) {
    if (levelRank[rule.level] > levelRank[level]) for (const f of status.openFields) fields.add(f);
  }
  // A gate (sex) is read by no rule: it matters when the question it gates does.
  for (const f of [...fields]) for (const g of gatesOf.get(f) ?? []) if (view.pending(g)) fields.add(g);
  return { level, fields };
}

function singleQuestion(id: string, field: FieldName): Question {
  const q = fieldQuestions[field];
  // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
  const text = q?.text ?? field;
  const base = {
    id,
    text,
    fields: [field],
    emergency: emergencyFields.has(field),
    // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
    ...(q?.hint ? { hint: q.hint } : {}),
  };
  // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
  if (q?.number)
    return {
      ...base,
      kind: 'number',
      min: q.number.min,
      max: q.number.max,
      ...(q.number.unit ? { unit: q.number.unit } : {}),
    };
  // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
  if (q?.options) return { ...base, kind: 'choice', options: q.options };
  return { ...base, kind: 'yesno' };
}

/** A screen still to come: its id, and the screen itself, built only when it is shown. */
interface PendingScreen {
  readonly id: string;
  readonly build: () => Question;
}

/** The screens still worth asking, in order, given the answers so far. */
function pendingQuestions(state: CheckState, view: CheckView, matter: Set<FieldName>): PendingScreen[] {
  const out: PendingScreen[] = [];
  const seen = new Set<FieldName>();
  const wanted = (f: FieldName): boolean => matter.has(f) && view.pending(f) && !seen.has(f);
  for (const entry of questionCatalogue) {
    const fields = entry.kind === 'group' ? entry.items : [entry.field];
    const open = fields.filter(wanted);
    if (open.length === 0) continue;
    for (const f of open) seen.add(f);
    if (entry.kind === 'single') {
      out.push({ id: entry.id, build: () => singleQuestion(entry.id, entry.field) });
    } else if (state.expanded.includes(entry.id) || open.length === 1) {
      for (const f of open) {
        const id = `${entry.id}:${f}`;
        out.push({ id, build: () => singleQuestion(id, f) });
      }
    } else {
      out.push({ id: entry.id, build: () => groupQuestion(entry, open) });
    }
  }
  return out;
}

function groupQuestion(
  entry: Extract<CatalogueEntry, { kind: 'group' }>,
  open: readonly FieldName[],
): Question {
  return {
    id: entry.id,
    kind: 'group',
    text: entry.text,
    // Stryker disable next-line ObjectLiteral: no screen of several signs has a hint in 0.2's questions
    ...(entry.hint ? { hint: entry.hint } : {}),
    fields: open,
    // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
    items: open.map((field) => ({ field, label: fieldQuestions[field]?.label ?? field })),
    emergency: open.some((f) => emergencyFields.has(f)),
  };
}

const countAnswered = (state: CheckState): number => Object.keys(state.facts).length;

/**
 * The next screen to show, or the outcome. Emergency questions come first; the
 * check stops as soon as an emergency is certain, and skips every question
 * whose answer could not change the level.
 */
export function nextQuestion(state: CheckState): CheckStep {
  const view = viewOf(state.facts);
  const { level, fields } = fieldsThatMatter(view);
  const asked = countAnswered(state);
  // Stop early only on an emergency (red-flags.json `stop_early`): a later answer could raise any other level.
  if (level !== 'emergency') {
    const pending = pendingQuestions(state, view, fields);
    const first = pending[0];
    if (first) return { done: false, question: first.build(), asked, remaining: pending.length };
  }
  // The verdict alone: its reasons' words are the result screen's to add (triage.ts `explain`).
  return { done: true, outcome: assess(state.facts), asked };
}

/** The screen with this id as it stands now (it may have been narrowed to fewer signs). */
export function findQuestion(state: CheckState, id: string): Question | undefined {
  const view = viewOf(state.facts);
  return pendingQuestions(state, view, fieldsThatMatter(view).fields)
    .find((q) => q.id === id)
    ?.build();
}

const negativeOf = (field: FieldName): boolean | string =>
  fieldSpecs[field].type === 'enum' ? 'none' : false;

/** Records one answer; an answer of the wrong kind is refused with the field named. */
export function answerQuestion(
  state: CheckState,
  questionId: string,
  answer: QuestionAnswer,
): Result<CheckState, FieldError[]> {
  const question = findQuestion(state, questionId);
  if (!question)
    return err([{ field: 'questionId', message: `"${questionId}" is not a question waiting for an answer` }]);
  return applyAnswer(state, question, answer);
}

/**
 * The answers that would settle the precautions of an outcome: the unknown answers of the
 * rules that fired only to be safe, that a check may ask (a triage question whose ask_when
 * is not false: never "turn your head" where the Canadian C-spine rule forbids it).
 */
export function questionsToSettle(outcome: TriageVerdict, facts: Facts): FieldName[] {
  const read = readFacts(facts);
  const out: FieldName[] = [];
  for (const rule of outcome.fired) {
    if (!rule.precautionary) continue;
    for (const f of rule.unknown) {
      const gate = askWhen[f];
      if (out.includes(f) || !isAskedInTriage(f) || (gate && evaluate(gate, read) === false)) continue;
      out.push(f);
    }
  }
  return out;
}

/** One field asked on its own again (to settle a precaution), whatever was answered before. */
export const questionFor = (field: FieldName): Question => singleQuestion(`again:${field}`, field);

/** Records a new answer to one field; the check then goes on from there (it may need more). */
export const reanswer = (
  state: CheckState,
  field: FieldName,
  answer: QuestionAnswer,
): Result<CheckState, FieldError[]> => applyAnswer(state, questionFor(field), answer);

function applyAnswer(
  state: CheckState,
  question: Question,
  answer: QuestionAnswer,
): Result<CheckState, FieldError[]> {
  const field = question.fields[0] as FieldName;
  const refuse = (message: string) => err([{ field, message: `"${field}" ${message}` }]);
  const set = (value: boolean | number | string | null): Result<CheckState, FieldError[]> =>
    ok({ ...state, facts: { ...state.facts, [field]: value } });

  switch (question.kind) {
    case 'group':
      if (answer === 'no') {
        const facts: Facts = { ...state.facts };
        for (const f of question.fields) facts[f] = negativeOf(f);
        return ok({ ...state, facts });
      }
      if (answer === 'yes' || answer === 'unsure')
        return ok({ ...state, expanded: [...state.expanded, question.id] });
      return err([{ field: question.id, message: `"${question.id}" takes yes, no or unsure` }]);
    case 'yesno':
      if (answer === 'yes') return set(true);
      if (answer === 'no') return set(false);
      if (answer === 'unsure') return set(UNSURE);
      return refuse('takes yes, no or unsure');
    case 'choice':
      if (answer === 'unsure') return set(UNSURE);
      if (typeof answer === 'object' && 'choice' in answer) {
        // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
        if (question.options?.some((o) => o.value === answer.choice)) return set(answer.choice);
        // Stryker disable next-line OptionalChaining: every triage field has a question, and every choice its options (questions.test.ts)
        return refuse(`must be one of ${question.options?.map((o) => o.value).join(', ')}`);
      }
      return refuse('takes one of its choices');
    case 'number':
      // "Not sure" or "rather not say" is unknown (never 0), which the rules treat with caution.
      if (answer === 'unsure') return set(UNSURE);
      if (typeof answer === 'object' && 'number' in answer) {
        const n = answer.number;
        // Stryker disable next-line LogicalOperator: every number question's least is 0 in 0.2
        const min = question.min ?? 0;
        const max = question.max ?? Number.MAX_SAFE_INTEGER;
        if (!Number.isInteger(n) || n < min || n > max)
          return refuse(`must be a whole number from ${min} to ${max}`);
        return set(n);
      }
      return refuse('takes a number');
  }
}
