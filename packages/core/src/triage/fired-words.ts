import { wordsOf } from './rule-words.js';

/**
 * How a rule that fired only because an answer was missing or "not sure" is named
 * wherever a clinician reads a stored check (the doctor's report, the FHIR export):
 * the person did not say it, and reading it as a sign they gave would mislead.
 */
export const PRECAUTION_NOTE = 'precaution, not ruled out for want of an answer';

export interface FiredRuleWords {
  readonly id: string;
  /** Fired only because an answer was missing or "not sure" (the stored `precautions`). */
  readonly precaution: boolean;
  /** The rule's words (rule-words.ts), or null for a rule this version does not know. */
  readonly said: string | null;
  readonly means: string | null;
  /** One line: "RF-S09: said ..., which can mean ..." or "RF-S10 (precaution, ...): ...". */
  readonly text: string;
}

/** The words for one fired rule of a stored check. */
export function firedRuleWords(id: string, precautions: readonly string[] | undefined): FiredRuleWords {
  const words = wordsOf(id);
  const precaution = precautions?.includes(id) ?? false;
  if (!words)
    return { id, precaution, said: null, means: null, text: precaution ? `${id} (${PRECAUTION_NOTE})` : id };
  const text = precaution
    ? `${id} (${PRECAUTION_NOTE}): ${words.said}, which can mean ${words.means}`
    : `${id}: said ${words.said}, which can mean ${words.means}`;
  return { id, precaution, said: words.said, means: words.means, text };
}
