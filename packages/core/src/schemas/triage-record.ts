import Type, { type Static } from 'typebox';
import { triageTriggers } from '../triage/record.js';
import { IsoDateTime, literalUnion } from './common.js';
import { FactsSchema } from './facts.js';

const RuleId = Type.String({ pattern: '^RF-[EUS]\\d{2}$' });

/**
 * A triage as stored and synced: the answers, and what the engine concluded from them then.
 * Every rule that fired is kept (report-all), with those that fired only as a precaution
 * and the answers that were "not sure". A record made under rule set 0.1 has no `rules`,
 * `precautions` or `unsure`, and loads as it is (red-flags-0.2-MIGRATION.md).
 */
export const TriageRecordSchema = Type.Object(
  {
    at: IsoDateTime,
    facts: FactsSchema,
    level: literalUnion(['emergency', 'urgent', 'soon', 'self_care']),
    fired: Type.Array(RuleId, { maxItems: 60 }),
    /** The rules in `fired` that fired only because an answer was unknown. */
    precautions: Type.Optional(Type.Array(RuleId, { maxItems: 60 })),
    /** The answers that were "not sure". */
    unsure: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9_]{1,60}$' }), { maxItems: 100 })),
    /** The version of red-flags.json the triage ran under; absent means 0.1. */
    rules: Type.Optional(literalUnion(['0.1', '0.2'])),
    /** Why it was run: first visit, a check-in review, a new symptom, a stop during a session, a flare. */
    trigger: Type.Optional(literalUnion(triageTriggers)),
  },
  { additionalProperties: false, title: 'Triage' },
);
export type TriageRecord = Static<typeof TriageRecordSchema>;
