import type { StopSymptom } from '../content/types.js';
import type { Facts } from './fields.js';

/**
 * A stop during an exercise. Symptoms that can be red flags (CLINICAL.md
 * section 2 stop rules) reopen the check; the answers they make certain are
 * filled in, and the rest are asked.
 */
const opensCheck: Readonly<Record<StopSymptom, boolean>> = {
  sharp_pain: false,
  pain_much_worse: false,
  arm_pain_spreading: true,
  tingling: true,
  dizziness: true,
  vision_change: true,
  sudden_headache: true,
  feeling_faint: true,
};

export const stopSymptomOpensCheck = (symptom: StopSymptom): boolean => opensCheck[symptom];

/** Answers a stop symptom settles before the check asks the rest. */
export function stopSymptomFacts(symptom: StopSymptom): Facts {
  switch (symptom) {
    case 'dizziness':
    case 'feeling_faint':
      return { dizziness_new: true };
    // Since 0.2 a change in sight is a triage input at any age (RF-U16, RF-E19), and the person just told us.
    case 'vision_change':
      return { visual_disturbance: true };
    default:
      return {};
  }
}

export const stopSymptomLabels: Readonly<Record<StopSymptom, string>> = {
  sharp_pain: 'Sharp pain',
  pain_much_worse: 'The pain got much worse',
  arm_pain_spreading: 'Pain spreading into my arm',
  tingling: 'Tingling or numbness in my arm or hand',
  dizziness: 'Dizzy or spinning',
  vision_change: 'My sight changed',
  sudden_headache: 'A sudden bad headache',
  feeling_faint: 'Feeling faint',
};
