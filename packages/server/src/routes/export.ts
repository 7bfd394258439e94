import { EXPORT_FORMAT, EXPORT_VERSION } from '@crick/core';
import { listLiveRecords } from '@crick/db';
import Type from 'typebox';
import { ExportSchema } from '../api-schemas.js';
import { requireUser } from '../auth.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';
import { toFhirBundle } from '../fhir.js';

export function exportRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;

  app.get(
    '/api/export',
    {
      schema: {
        operationId: 'exportRecords',
        summary: "All of the person's records as JSON",
        tags: ['export'],
        response: { 200: ExportSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await requireUser(ctx, request);
      reply.header('Content-Disposition', 'attachment; filename="crick-export.json"');
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: ctx.now().toISOString(),
        person: { id: user.id, email: user.email },
        records: await listLiveRecords(db, user.id),
      };
    },
  );

  app.get(
    '/api/export/fhir',
    {
      schema: {
        operationId: 'exportFhir',
        summary: 'The same as a FHIR R4 Bundle (application/fhir+json)',
        tags: ['export'],
        // Per status, the type each is sent as: the Bundle as FHIR JSON, errors as plain JSON.
        response: {
          200: {
            description: 'A FHIR R4 collection Bundle',
            content: {
              'application/fhir+json': {
                schema: Type.Object({ resourceType: Type.Literal('Bundle') }, { additionalProperties: true }),
              },
            },
          },
          '4xx': {
            description: 'Error',
            content: { 'application/json': { schema: ErrorBodySchema } },
          },
        },
      },
    },
    async (request, reply) => {
      const user = await requireUser(ctx, request);
      const bundle = toFhirBundle(user, await listLiveRecords(db, user.id), ctx.now());
      reply.header('Content-Disposition', 'attachment; filename="crick-fhir.json"');
      reply.type('application/fhir+json; charset=utf-8');
      // Serialized here: the schema's serializer is for application/json.
      return reply.send(JSON.stringify(bundle) as never);
    },
  );
}
