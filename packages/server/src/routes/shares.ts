import { randomUUID } from 'node:crypto';
import { AppError } from '@crick/core';
import {
  findPersonShare,
  insertShare,
  listAccessLog,
  listPersonShares,
  redeemShare,
  revokeShare,
  type Share,
  setShareCanAdjust,
} from '@crick/db';
import Type from 'typebox';
import {
  AccessLogEntrySchema,
  NewShareSchema,
  RedeemedSchema,
  RedeemSchema,
  ShareChangeSchema,
  ShareIdParamsSchema,
  ShareSchema,
} from '../api-schemas.js';
import type { App, RouteContext } from '../context.js';
import { displayName, requireRole } from '../share-access.js';
import { canonicalShareCode, hashShareCode, newShareCode, SHARE_CODE_DAYS } from '../share-code.js';
import { routesTagged } from './route-options.js';

const shareOut = (share: Share) => ({
  id: share.id,
  status: share.status,
  createdAt: share.createdAt,
  expiresAt: share.expiresAt,
  clinician: share.clinician && {
    id: share.clinician.id,
    name: displayName(share.clinician),
    email: share.clinician.email,
  },
  since: share.redeemedAt,
  canAdjust: share.canAdjust,
});

const sharing = routesTagged('sharing');

/** The person's side of sharing (role person), and the clinician's redeeming of a code. */
export function shareRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;
  const rateLimit = { max: ctx.authAttemptsPerMinute, timeWindow: '1 minute' };
  const nowIso = () => ctx.now().toISOString();

  app.post(
    '/api/shares',
    sharing({
      operationId: 'createShare',
      summary: 'Make an invite code for a clinician (single use, 7 days)',
      response: { 201: NewShareSchema },
    }),
    async (request, reply) => {
      const person = await requireRole(ctx, request, 'person');
      const code = newShareCode();
      const now = ctx.now();
      const share = {
        id: randomUUID(),
        personId: person.id,
        codeHash: hashShareCode(canonicalShareCode(code) ?? code),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SHARE_CODE_DAYS * 86_400_000).toISOString(),
      };
      await insertShare(db, share);
      return reply.code(201).send({ id: share.id, code, expiresAt: share.expiresAt });
    },
  );

  app.get(
    '/api/shares',
    sharing({
      operationId: 'listShares',
      summary: 'My shares, newest first: who has access since when',
      response: { 200: Type.Array(ShareSchema) },
    }),
    async (request) => {
      const person = await requireRole(ctx, request, 'person');
      return (await listPersonShares(db, person.id, nowIso())).map(shareOut);
    },
  );

  app.patch(
    '/api/shares/:id',
    sharing({
      operationId: 'changeShare',
      summary: 'Let the clinician adjust the programme, or stop it',
      params: ShareIdParamsSchema,
      body: ShareChangeSchema,
      response: { 200: ShareSchema },
    }),
    async (request) => {
      const person = await requireRole(ctx, request, 'person');
      const { id } = request.params;
      const found = await findPersonShare(db, person.id, id, nowIso());
      if (!found) throw new AppError('not_found', 'You have no share with that "id"', 'id');
      if (found.status === 'revoked')
        throw new AppError('conflict', 'That share is revoked: make a new one instead', 'id');
      await setShareCanAdjust(db, person.id, id, request.body.canAdjust);
      return shareOut({ ...found, canAdjust: request.body.canAdjust });
    },
  );

  app.delete(
    '/api/shares/:id',
    sharing({
      operationId: 'revokeShare',
      summary: "Revoke a share: the clinician's next request is refused",
      params: ShareIdParamsSchema,
      response: { 204: { type: 'null' } },
    }),
    async (request, reply) => {
      const person = await requireRole(ctx, request, 'person');
      if (!(await revokeShare(db, person.id, request.params.id, nowIso())))
        throw new AppError('not_found', 'You have no share with that "id"', 'id');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me/access-log',
    sharing({
      operationId: 'listAccessLog',
      summary: 'What clinicians read or wrote of mine, newest first',
      response: { 200: Type.Array(AccessLogEntrySchema) },
    }),
    async (request) => {
      const person = await requireRole(ctx, request, 'person');
      return (await listAccessLog(db, person.id)).map((e) => ({
        at: e.at,
        clinician: e.clinician,
        what: e.what,
      }));
    },
  );

  app.post(
    '/api/shares/redeem',
    {
      config: { rateLimit },
      ...sharing({
        operationId: 'redeemShare',
        summary: "A clinician redeems a person's code and gets read access",
        description:
          "An unknown, used, expired or revoked code all answer 404 'share_not_found', so codes cannot be probed; tries are limited per address like log-in.",
        body: RedeemSchema,
        response: { 200: RedeemedSchema },
      }),
    },
    async (request) => {
      const clinician = await requireRole(ctx, request, 'clinician');
      const canonical = canonicalShareCode(request.body.code);
      if (canonical === undefined)
        throw new AppError('invalid_input', '"code" must be 8 letters and digits, like 7KQ2-M9XD', 'code');
      const redeemed = await redeemShare(db, hashShareCode(canonical), clinician.id, nowIso());
      if (!redeemed) throw new AppError('share_not_found');
      return { patientId: redeemed.personId };
    },
  );
}
