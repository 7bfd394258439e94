import Type, { type Static } from 'typebox';
import { CheckInSchema, PsfsSchema, RemedyUseSchema, SessionLogSchema } from './diary.js';
import { IntakeSchema } from './intake.js';
import { PrescriptionSchema } from './prescription.js';
import { tolerant } from './tolerant.js';
import { TriageRecordSchema } from './triage-record.js';

/**
 * What the plan adapts to: every list optional. The lists hold records' data, as an
 * export of the app gives them, so each item is read tolerantly (tolerant.ts): a field a
 * newer Crick added is no reason to refuse a history. The history's own keys stay strict.
 */
export const HistorySchema = Type.Object(
  {
    checkIns: Type.Optional(Type.Array(tolerant(CheckInSchema), { maxItems: 5000 })),
    sessions: Type.Optional(Type.Array(tolerant(SessionLogSchema), { maxItems: 5000 })),
    remedyUses: Type.Optional(Type.Array(tolerant(RemedyUseSchema), { maxItems: 5000 })),
    triages: Type.Optional(Type.Array(tolerant(TriageRecordSchema), { maxItems: 1000 })),
    psfs: Type.Optional(Type.Array(tolerant(PsfsSchema), { maxItems: 500 })),
    /** A clinician's programmes, oldest first. */
    prescriptions: Type.Optional(Type.Array(tolerant(PrescriptionSchema), { maxItems: 500 })),
  },
  { additionalProperties: false, title: 'History' },
);
export type HistoryInput = Static<typeof HistorySchema>;

/** The plan command's input: an intake with its history. A bare intake is accepted too. */
export const PlanRequestSchema = Type.Object(
  { intake: IntakeSchema, history: Type.Optional(HistorySchema) },
  {
    additionalProperties: false,
    title: 'Plan request',
    $id: 'https://crick.example/schemas/plan-request.json',
  },
);
