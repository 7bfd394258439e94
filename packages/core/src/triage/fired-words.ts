import { ruleById } from './rules.js';

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
  /** The rule's `said` and `means`, or the bare id for a rule this version does not know. */
  readonly said: string | null;
  readonly means: string | null;
  /** One line: "RF-S09: said ..., which can mean ..." or "RF-S10 (precaution, ...): ...". */
  readonly text: string;
}

/** The words for one fired rule of a stored check. */
export function firedRuleWords(id: string, precautions: readonly string[] | undefined): FiredRuleWords {
  const rule = ruleById(id);
  const precaution = precautions?.includes(id) ?? false;
  if (!rule)
    return { id, precaution, said: null, means: null, text: precaution ? `${id} (${PRECAUTION_NOTE})` : id };
  const text = precaution
    ? `${id} (${PRECAUTION_NOTE}): ${rule.said}, which can mean ${rule.means}`
    : `${id}: said ${rule.said}, which can mean ${rule.means}`;
  return { id, precaution, said: rule.said, means: rule.means, text };
}
