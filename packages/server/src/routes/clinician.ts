import { randomUUID } from 'node:crypto';
import { exerciseById } from '@crick/content';
import { AppError, formatHlc, type SyncRecord, validateRecord } from '@crick/core';
import {
  findClinicianNote,
  listLiveRecords,
  markShareReviewed,
  readSyncSeq,
  saveClinicianNote,
} from '@crick/db';
import Type from 'typebox';
import {
  NoteChangeSchema,
  NoteSchema,
  PatientParamsSchema,
  PatientRecordsSchema,
  PrescriptionRequestSchema,
  RecordOutSchema,
} from '../api-schemas.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';
import { toFhirBundle } from '../fhir.js';
import { displayName, recordAccess, requirePatient } from '../share-access.js';
import { routesTagged } from './route-options.js';

/** The node name in the clocks of records the server writes (a prescription). */
export const SERVER_CLOCK_NODE = 'server';

const clinicianRoute = routesTagged('clinician');
const params = PatientParamsSchema;

/** The clinician's routes for one patient: each needs an active share, checked afresh, and is logged for the person. */
export function clinicianPatientRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;

  app.get(
    '/api/clinician/patients/:patientId/records',
    clinicianRoute({
      operationId: 'getPatientRecords',
      summary: "A patient's live records (for the workspace and the doctor's report)",
      params,
      response: { 200: PatientRecordsSchema },
    }),
    async (request) => {
      const { clinician } = await requirePatient(ctx, request, request.params.patientId);
      const records = await listLiveRecords(db, request.params.patientId);
      await recordAccess(ctx, clinician, request.params.patientId, 'records');
      return { records };
    },
  );

  app.get(
    '/api/clinician/patients/:patientId/fhir',
    {
      schema: {
        operationId: 'getPatientFhir',
        summary: "A patient's FHIR R4 Bundle (application/fhir+json)",
        tags: ['clinician'],
        params,
        response: {
          200: {
            description: 'A FHIR R4 collection Bundle',
            content: {
              'application/fhir+json': {
                schema: Type.Object({ resourceType: Type.Literal('Bundle') }, { additionalProperties: true }),
              },
            },
          },
          '4xx': { description: 'Error', content: { 'application/json': { schema: ErrorBodySchema } } },
        },
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const { clinician, share } = await requirePatient(ctx, request, patientId);
      const records = await listLiveRecords(db, patientId);
      const bundle = toFhirBundle({ id: patientId, email: share.email }, records, ctx.now());
      await recordAccess(ctx, clinician, patientId, 'fhir');
      reply.header('Content-Disposition', 'attachment; filename="crick-fhir.json"');
      reply.type('application/fhir+json; charset=utf-8');
      return reply.send(JSON.stringify(bundle) as never);
    },
  );

  app.get(
    '/api/clinician/patients/:patientId/note',
    clinicianRoute({
      operationId: 'getPatientNote',
      summary: "The clinician's private note about the patient ('' when none)",
      params,
      response: { 200: NoteSchema },
    }),
    async (request) => {
      const { clinician } = await requirePatient(ctx, request, request.params.patientId);
      const note = await findClinicianNote(db, clinician.id, request.params.patientId);
      await recordAccess(ctx, clinician, request.params.patientId, 'note');
      return note;
    },
  );

  app.put(
    '/api/clinician/patients/:patientId/note',
    clinicianRoute({
      operationId: 'putPatientNote',
      summary: "Replace the clinician's private note about the patient",
      params,
      body: NoteChangeSchema,
      response: { 200: NoteSchema },
    }),
    async (request) => {
      const { clinician } = await requirePatient(ctx, request, request.params.patientId);
      const note = await saveClinicianNote(
        db,
        clinician.id,
        request.params.patientId,
        request.body.text,
        ctx.now().toISOString(),
      );
      await recordAccess(ctx, clinician, request.params.patientId, 'note');
      return note;
    },
  );

  app.post(
    '/api/clinician/patients/:patientId/prescriptions',
    clinicianRoute({
      operationId: 'prescribe',
      summary: "Adjust the patient's programme (where the share allows): stored as a prescription record",
      description:
        "Stored in the patient's records with a server clock, so the person's next sync brings it; the plan follows it as far as safety allows.",
      params,
      body: PrescriptionRequestSchema,
      response: { 201: RecordOutSchema },
    }),
    async (request, reply) => {
      const { patientId } = request.params;
      const { clinician, share } = await requirePatient(ctx, request, patientId);
      if (!share.canAdjust) throw new AppError('adjust_not_allowed');
      request.body.exercises.forEach((e, i) => {
        if (!exerciseById(e.exerciseId))
          throw new AppError(
            'invalid_input',
            `"exercises[${i}].exerciseId" names no exercise in the library: "${e.exerciseId.slice(0, 64)}"`,
            `exercises[${i}].exerciseId`,
          );
      });
      const now = ctx.now();
      const record = {
        id: randomUUID(),
        type: 'prescription',
        // A new id: no other copy competes with it, so the server's wall clock orders it.
        updatedAt: formatHlc({ millis: now.getTime(), counter: 0, node: SERVER_CLOCK_NODE }),
        deleted: false,
        data: {
          setBy: { id: clinician.id, name: displayName(clinician) },
          setAt: now.toISOString(),
          ...request.body,
        },
      };
      const checked = validateRecord(record);
      if (!checked.ok) {
        const first = checked.error[0];
        const field = first?.field.replace(/^data\./, '') ?? 'body';
        throw new AppError('invalid_input', checked.error.map((e) => e.message).join('; '), field);
      }
      await storeForPatient(ctx, patientId, checked.value);
      await recordAccess(ctx, clinician, patientId, 'prescription');
      return reply.code(201).send(checked.value);
    },
  );

  app.post(
    '/api/clinician/patients/:patientId/reviewed',
    clinicianRoute({
      operationId: 'markReviewed',
      summary: 'Mark the patient reviewed now (attention counts from here)',
      params,
      response: { 204: { type: 'null' } },
    }),
    async (request, reply) => {
      const { share } = await requirePatient(ctx, request, request.params.patientId);
      await markShareReviewed(db, share.shareId, ctx.now().toISOString());
      return reply.code(204).send(null);
    },
  );
}

/**
 * Stores a server-made record in the person's records through the same store
 * as their syncs, so it gets the next sequence number and their next pull
 * brings it. The cursor is the sequence now: only what arrived meanwhile is
 * read back (and dropped), not the whole history.
 */
async function storeForPatient(ctx: RouteContext, personId: string, record: SyncRecord): Promise<void> {
  const seq = (await readSyncSeq(ctx.database.db, personId)) ?? 0;
  const outcome = await ctx.records.sync(personId, seq, [record]);
  if (outcome.refused.length > 0) throw new Error(`the store refused a server-made ${record.type} record`);
}
