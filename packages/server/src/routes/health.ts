import { AppError } from '@crick/core';
import { isDatabaseReachable } from '@crick/db';
import { HealthSchema } from '../api-schemas.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';

export function healthRoutes(app: App, ctx: RouteContext): void {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        // Reached before there is a session.
        security: [],
        summary: '200 when the database answers',
        tags: ['operations'],
        response: { 200: HealthSchema, '5xx': ErrorBodySchema },
      },
    },
    async () => {
      if (!(await isDatabaseReachable(ctx.database.db))) {
        throw new AppError('unavailable', 'The database is not answering');
      }
      return { status: 'ok' as const };
    },
  );
}
