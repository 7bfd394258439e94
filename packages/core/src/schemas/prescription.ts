import Type, { type Static } from 'typebox';
import { unstorableTextReason } from '../storable-text.js';
import type { FieldError } from '../validate.js';
import { Id, IsoDateTime, literalUnion } from './common.js';

/** The programme's phases a clinician may hold or advance to (plan/phase.ts uses the same names). */
export const prescriptionPhases = ['settle', 'loosen', 'strengthen', 'prevent'] as const;
export const prescriptionSides = ['both', 'left', 'right'] as const;

/** One exercise a clinician chose, with the dosage they set; what is left out Crick chooses as before. */
export const PrescribedExerciseSchema = Type.Object(
  {
    exerciseId: Id,
    reps: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
    holdSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    sets: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    sides: Type.Optional(literalUnion(prescriptionSides)),
  },
  { additionalProperties: false },
);
export type PrescribedExercise = Static<typeof PrescribedExerciseSchema>;

/**
 * A home programme set by a clinician the person shared with (issue 10). The newest
 * (by `setAt`, then the record's clock) is the one in force; deleting the record
 * withdraws it. The plan follows it only as far as safety allows (plan/prescription.ts).
 */
export const PrescriptionSchema = Type.Object(
  {
    setBy: Type.Object(
      {
        id: Type.String({ minLength: 1, maxLength: 64, description: "the clinician's user id" }),
        name: Type.String({ minLength: 1, maxLength: 80, description: "the clinician's display name" }),
      },
      { additionalProperties: false },
    ),
    setAt: IsoDateTime,
    /** Unique by exerciseId (checked by prescriptionProblems: JSON Schema cannot say it). */
    exercises: Type.Array(PrescribedExerciseSchema, { minItems: 1, maxItems: 20 }),
    sessionsPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
    /** Absent: Crick chooses the phase as before. Present: hold at, or advance to, this phase. */
    phase: Type.Optional(literalUnion(prescriptionPhases)),
    /** The clinician's note to the person. */
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, title: 'Prescription' },
);
export type Prescription = Static<typeof PrescriptionSchema>;

/**
 * What the schema cannot say about a prescription that matches it: an exercise
 * listed twice (which dosage would win?), and a note no database could store alike.
 */
export function prescriptionProblems(p: Prescription): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  p.exercises.forEach((e, i) => {
    if (seen.has(e.exerciseId)) {
      const field = `exercises[${i}].exerciseId`;
      problems.push({ field, message: `"${field}" lists "${e.exerciseId}" a second time` });
    }
    seen.add(e.exerciseId);
  });
  const reason = p.note === undefined ? undefined : unstorableTextReason(p.note);
  if (reason !== undefined) problems.push({ field: 'note', message: `"note" ${reason}` });
  return problems;
}
