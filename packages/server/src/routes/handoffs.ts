import { randomBytes } from 'node:crypto';
import { AppError } from '@crick/core';
import { findHandoff, insertHandoff, listLiveHandoffs, withdrawHandoff } from '@crick/db';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import {
  HandoffCreatedSchema,
  HandoffCreateSchema,
  HandoffIdSchema,
  HandoffSchema,
  HandoffSummarySchema,
  MAX_HANDOFF_CIPHERTEXT,
  WithdrawHeadersSchema,
} from '../api-schemas.js';
import { hashToken, newToken, presentedToken, requireUser } from '../auth.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';

/** A hand-off opens for this long (issue 10). */
export const HANDOFF_DAYS = 14;
/** The create body, with room for the JSON around the largest ciphertext; larger gets 413. */
const CREATE_BODY_LIMIT = MAX_HANDOFF_CIPHERTEXT + 1024;

const IdParams = Type.Object({ id: HandoffIdSchema });

/**
 * The account-free hand-off to a GP. The device encrypts the report and
 * sends only ciphertext; the key travels in the link's #fragment, which no
 * browser sends to a server. Anyone may store one (rate-limited per address,
 * size-limited); a signed-in person's are tied to their account as well.
 */
export function handoffRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;

  /** The signed-in user when a session is presented; a presented but ended session is a 401, not "anonymous". */
  const optionalUser = (request: FastifyRequest) =>
    presentedToken(request) ? requireUser(ctx, request) : Promise.resolve(undefined);

  app.post(
    '/api/handoffs',
    {
      bodyLimit: CREATE_BODY_LIMIT,
      config: { rateLimit: { max: ctx.handoffsPerHour, timeWindow: '1 hour' } },
      schema: {
        operationId: 'createHandoff',
        summary: 'Store an encrypted report for a link that opens for 14 days (no account needed)',
        tags: ['handoffs'],
        // An account is optional: with one, the hand-off also goes with it.
        security: [{}, { bearer: [] }, { cookie: [] }],
        body: HandoffCreateSchema,
        response: { 201: HandoffCreatedSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await optionalUser(request);
      const now = ctx.now();
      const id = randomBytes(16).toString('base64url');
      const withdrawToken = newToken();
      const expiresAt = new Date(now.getTime() + HANDOFF_DAYS * 86_400_000).toISOString();
      await insertHandoff(db, {
        id,
        userId: user?.id ?? null,
        withdrawTokenHash: hashToken(withdrawToken),
        ciphertext: request.body.ciphertext,
        iv: request.body.iv,
        createdAt: now.toISOString(),
        expiresAt,
      });
      return reply.code(201).send({ id, withdrawToken, expiresAt });
    },
  );

  app.get(
    '/api/handoffs',
    {
      schema: {
        operationId: 'listHandoffs',
        summary: "The signed-in person's hand-offs that still open, newest first",
        tags: ['handoffs'],
        response: { 200: Type.Array(HandoffSummarySchema), '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const user = await requireUser(ctx, request);
      return listLiveHandoffs(db, user.id, ctx.now().toISOString());
    },
  );

  app.get(
    '/api/handoffs/:id',
    {
      schema: {
        operationId: 'getHandoff',
        summary: 'The ciphertext behind a link; 410 once withdrawn or expired',
        tags: ['handoffs'],
        // The GP has no account: the link is the key.
        security: [],
        params: IdParams,
        response: { 200: HandoffSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const found = await findHandoff(db, request.params.id, ctx.now().toISOString());
      if (found.state === 'unknown') throw new AppError('handoff_not_found');
      if (found.state === 'withdrawn') throw new AppError('handoff_withdrawn');
      if (found.state !== 'open') throw new AppError('handoff_expired');
      return { ciphertext: found.ciphertext, iv: found.iv, expiresAt: found.expiresAt };
    },
  );

  app.delete(
    '/api/handoffs/:id',
    {
      schema: {
        operationId: 'withdrawHandoff',
        summary: "Withdraw a hand-off: the device's withdraw token, or the signed-in owner",
        tags: ['handoffs'],
        security: [{}, { bearer: [] }, { cookie: [] }],
        params: IdParams,
        headers: WithdrawHeadersSchema,
        response: { 204: { type: 'null' }, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const token = request.headers['crick-withdraw-token'];
      const user = await optionalUser(request);
      if (token === undefined && user === undefined)
        throw new AppError(
          'unauthenticated',
          'Send the "crick-withdraw-token" this device got, or sign in as the person who made it',
          'crick-withdraw-token',
        );
      const withdrawn = await withdrawHandoff(
        db,
        request.params.id,
        { withdrawTokenHash: token === undefined ? undefined : hashToken(token), userId: user?.id },
        ctx.now().toISOString(),
      );
      // Not theirs, already withdrawn, or never made: one answer, so ids cannot be probed.
      if (!withdrawn) throw new AppError('handoff_not_found', 'No hand-off of yours has that "id"', 'id');
      return reply.code(204).send(null);
    },
  );
}
