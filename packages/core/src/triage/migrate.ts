import type { Facts } from './fields.js';

/**
 * Reads answers saved under rule set 0.1 the way 0.2 does (red-flags-0.2-MIGRATION.md).
 * 0.2 renames and removes no field, so a 0.1 record is valid as it is; the one conversion
 * is pregnancy: 0.1's `pregnant: true` does not say how far along, so
 * `pregnant_late_or_postpartum` becomes "not sure" (a headache or a change in sight then
 * counts, RF-U17). The deprecated `cannot_cope_or_worried` is kept as it is and neither
 * new field is inferred from it: a 0.1 "yes" cannot be split into pain and worry.
 * Harmless on 0.2 answers: an answered pregnancy question is never overwritten.
 */
export function upgradeFacts(facts: Facts): Facts {
  if (facts.pregnant === true && (facts.pregnant_late_or_postpartum ?? null) === null)
    return { ...facts, pregnant_late_or_postpartum: 'unsure' };
  return facts;
}
