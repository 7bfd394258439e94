import {
  type Answer,
  type FieldName,
  fieldQuestions,
  fieldSpecs,
  firedRuleWords,
  isAskedInTriage,
  levelRank,
  ruleById,
  type TriageRecord,
  UNSURE,
} from '@crick/core';
import { reportLimits, shortened, upTo } from './report-limits.js';

/** What the person said that matters at their last check: not every "no". */
export interface ReportTriage {
  readonly summary: string;
  /** The rules that fired, highest level first; a precaution is named as one. */
  readonly reasons: readonly string[];
  /** The answers that were not "no" or "none": "Fever: Yes", "Age: 45". */
  readonly answers: readonly string[];
  /** The answers that were "not sure", by their question's label. */
  readonly unsure: readonly string[];
  /** "The other 31 answers were no or none.", or empty when there were none. */
  readonly others: string;
}

const isUnsure = (v: Answer | undefined): boolean => v === UNSURE || v === 'unknown';

/** An answer in words: the choice's label where the question has one. */
function answerWords(field: FieldName, value: Answer): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  const option = fieldQuestions[field]?.options?.find((o) => o.value === value);
  return shortened(option?.label ?? String(value), reportLimits.answerChars);
}

/** True for an answer that says nothing is wrong: "no", or the field's default ("none", "same"). */
const isNothing = (field: FieldName, value: Answer): boolean =>
  value === false || value === fieldSpecs[field].default;

const label = (field: string): string =>
  fieldQuestions[field as FieldName]?.label ?? field.replace(/_/g, ' ');

export function reportTriage(last: TriageRecord, title: string): ReportTriage {
  // Highest level first, so that when the page is full it is the least urgent that are named by id only.
  const fired = [...last.fired].sort(
    (a, b) => levelRank[ruleById(b)?.level ?? 'soon'] - levelRank[ruleById(a)?.level ?? 'soon'],
  );
  const words = fired.map((id) => firedRuleWords(id, last.precautions));
  const inFull = upTo(words, reportLimits.reasonsInFull);
  const reasons = inFull.shown.map((w) => w.text);
  if (inFull.left.length)
    reasons.push(
      `Also fired: ${inFull.left.map((w) => (w.precaution ? `${w.id} (precaution)` : w.id)).join(', ')}.`,
    );

  const asked = (Object.entries(last.facts) as [FieldName, Answer | undefined][]).filter(
    ([field, value]) => value !== undefined && Object.hasOwn(fieldSpecs, field) && isAskedInTriage(field),
  );
  const unsureFields = new Set<string>([
    ...(last.unsure ?? []),
    ...asked.filter(([, v]) => isUnsure(v) || v === null).map(([f]) => f),
  ]);
  const said = asked.filter(
    ([f, v]) => !unsureFields.has(f) && v !== null && v !== undefined && !isNothing(f, v),
  );
  const nothing = asked.filter(
    ([f, v]) => !unsureFields.has(f) && v !== null && v !== undefined && isNothing(f, v),
  );
  const answers = upTo(
    said.map(([f, v]) => `${label(f)}: ${answerWords(f, v as Answer)}`),
    reportLimits.answers,
  );
  const unsure = upTo([...unsureFields].map(label), reportLimits.answers);
  return {
    summary: `Last red-flag check on ${last.at.slice(0, 10)}: ${title}.`,
    reasons,
    answers: answers.left.length ? [...answers.shown, `and ${answers.left.length} more`] : answers.shown,
    unsure: unsure.left.length ? [...unsure.shown, `and ${unsure.left.length} more`] : unsure.shown,
    others:
      nothing.length > 1
        ? `The other ${nothing.length} answers were no or none.`
        : nothing.length === 1
          ? 'The other answer was no or none.'
          : '',
  };
}
