import Type, { type Static } from 'typebox';
import { IsoDateTime, literalUnion } from './common.js';
import { FactsSchema } from './facts.js';

/** A triage as stored and synced: the answers, and what the engine concluded from them then. */
export const TriageRecordSchema = Type.Object(
  {
    at: IsoDateTime,
    facts: FactsSchema,
    level: literalUnion(['emergency', 'urgent', 'soon', 'self_care']),
    fired: Type.Array(Type.String({ pattern: '^RF-[EUS]\\d{2}$' }), { maxItems: 40 }),
    /** Why it was run: first visit, a check-in review, a new symptom, a stop during a session. */
    trigger: Type.Optional(literalUnion(['first', 'review', 'new_symptom', 'session_stop', 'manual'])),
  },
  { additionalProperties: false, title: 'Triage' },
);
export type TriageRecord = Static<typeof TriageRecordSchema>;
