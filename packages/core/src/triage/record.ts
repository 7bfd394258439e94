import type { TriageRecord } from '../schemas/triage-record.js';
import type { Facts } from './fields.js';
import { rulesVersion } from './rules.js';
import type { TriageVerdict } from './verdict.js';

// Apart from the record's schema (schemas/triage-record.ts), which builds TypeBox
// schemas as it loads: the check, the app's first screen, makes its record with no
// schema library in its script.

/** Why a check was run. `flare`: pain at 8 or more, or a meaningful rise, on a check-in (CLINICAL.md section 1). */
export const triageTriggers = ['first', 'review', 'new_symptom', 'session_stop', 'manual', 'flare'] as const;

export type TriageTrigger = (typeof triageTriggers)[number];

/** The record to store for a triage just run: every fired rule, its precautions and the unsure answers. */
export function triageRecordOf(
  outcome: TriageVerdict,
  facts: Facts,
  at: string,
  trigger?: TriageTrigger,
): TriageRecord {
  return {
    at,
    facts: facts as TriageRecord['facts'],
    level: outcome.level,
    fired: outcome.fired.map((f) => f.id),
    precautions: outcome.fired.filter((f) => f.precautionary).map((f) => f.id),
    unsure: [...outcome.unsure],
    rules: rulesVersion,
    ...(trigger ? { trigger } : {}),
  };
}
