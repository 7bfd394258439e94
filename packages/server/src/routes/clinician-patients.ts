import {
  byAttention,
  type CheckIn,
  type Psfs,
  patientAttention,
  type RemedyUse,
  type SessionLog,
  type SyncRecord,
  type TriageRecord,
} from '@crick/core';
import { listLiveRecords, listPatientShares } from '@crick/db';
import Type from 'typebox';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';
import { recordAccess, requireRole } from '../share-access.js';

// The clinician's patient list: who shares with them, each with core's attention
// summary, most in need first. Summaries only: a patient's records are read (and
// logged) on their own route.

const dataOf = <T>(records: readonly SyncRecord[], type: string): T[] =>
  records.filter((r) => r.type === type).map((r) => r.data as T);

/** GET /api/clinician/patients: everyone who shares with the clinician, sorted by core's byAttention. */
export function clinicianPatientListRoute(app: App, ctx: RouteContext): void {
  app.get(
    '/api/clinician/patients',
    {
      schema: {
        operationId: 'listPatients',
        summary: 'The patients who share with the clinician, who needs attention first',
        tags: ['clinician'],
        response: {
          200: Type.Array(Type.Object({}, { additionalProperties: true })),
          '4xx': ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const clinician = await requireRole(ctx, request, 'clinician');
      const date = ctx.now().toISOString().slice(0, 10);
      const patients = [];
      for (const share of await listPatientShares(ctx.database.db, clinician.id)) {
        const records = await listLiveRecords(ctx.database.db, share.personId);
        const attention = patientAttention({
          checkIns: dataOf<CheckIn>(records, 'checkIn'),
          sessions: dataOf<SessionLog>(records, 'session'),
          triages: dataOf<TriageRecord>(records, 'triage'),
          psfs: dataOf<Psfs>(records, 'psfs'),
          remedyUses: dataOf<RemedyUse>(records, 'remedyUse'),
          date,
          ...(share.lastReviewedAt ? { lastReviewedAt: share.lastReviewedAt } : {}),
        });
        await recordAccess(ctx, clinician, share.personId, 'summary');
        patients.push({
          patientId: share.personId,
          label: share.email,
          since: share.since,
          canAdjust: share.canAdjust,
          lastReviewedAt: share.lastReviewedAt,
          attention,
        });
      }
      return patients.sort((a, b) => byAttention(a.attention, b.attention));
    },
  );
}
