import { AppError } from '@crick/core';
import { deleteUser, listUsers } from '@crick/db';
import Type from 'typebox';
import { MeSchema } from '../api-schemas.js';
import { clearSessionCookie, requireUser } from '../auth.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';

export function meRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;

  app.get(
    '/api/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'Who is signed in',
        tags: ['account'],
        response: { 200: MeSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const user = await requireUser(ctx, request);
      return { id: user.id, email: user.email, role: user.role, name: user.name };
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        operationId: 'deleteMe',
        summary: 'Delete the account and everything of it, at once',
        tags: ['account'],
        response: { 204: { type: 'null' }, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await requireUser(ctx, request);
      await deleteUser(db, user.id);
      clearSessionCookie(reply, ctx.tls);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/admin/users',
    {
      schema: {
        operationId: 'listUsers',
        summary: 'Accounts (no health data); admins only',
        tags: ['admin'],
        response: { 200: Type.Array(MeSchema), '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const user = await requireUser(ctx, request);
      if (user.role !== 'admin') throw new AppError('forbidden');
      return (await listUsers(db)).map((u) => ({ id: u.id, email: u.email, role: u.role, name: u.name }));
    },
  );
}
