import type { Medicine, MedicineSafetyField } from '../content/types.js';

export type MedicineAnswers = Partial<Record<MedicineSafetyField, boolean | 'unsure'>>;

export interface MedicineAssessment {
  readonly medicineId: string;
  /** `may_suit`: no caution applies; `ask`: ask a pharmacist or doctor first; `avoid`: not for you. */
  readonly verdict: 'may_suit' | 'ask' | 'avoid';
  readonly reasons: readonly string[];
  /** Questions not answered yet; until they are, the verdict is at best `ask`. */
  readonly unanswered: readonly MedicineSafetyField[];
}

/**
 * Information, never a prescription: the safety questions decide whether an
 * option may suit, needs a pharmacist's word first, or is one to avoid. A "not
 * sure" or a missing answer is never read as "no".
 */
export function assessMedicine(medicine: Medicine, answers: MedicineAnswers): MedicineAssessment {
  const avoid: string[] = [];
  const ask: string[] = [];
  const unanswered: MedicineSafetyField[] = [];
  for (const c of medicine.cautions) {
    const a = answers[c.field];
    if (a === true) (c.effect === 'avoid' ? avoid : ask).push(c.reason);
    else if (a === 'unsure') ask.push(c.reason);
    else if (a === undefined) unanswered.push(c.field);
  }
  const verdict = avoid.length > 0 ? 'avoid' : ask.length > 0 || unanswered.length > 0 ? 'ask' : 'may_suit';
  return { medicineId: medicine.id, verdict, reasons: avoid.length > 0 ? avoid : ask, unanswered };
}

export const assessMedicines = (
  medicines: readonly Medicine[],
  answers: MedicineAnswers,
): MedicineAssessment[] => medicines.map((m) => assessMedicine(m, answers));

/** Every safety question the given medicines need, each once, in a stable order. */
export const medicineQuestionsFor = (medicines: readonly Medicine[]): MedicineSafetyField[] => [
  ...new Set(medicines.flatMap((m) => m.cautions.map((c) => c.field))),
];
