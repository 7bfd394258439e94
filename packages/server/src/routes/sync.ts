import { AppError, hlcProblem, type SyncRecord } from '@crick/core';
import { formatCursor, parseCursor, pullRecordsJson, type SyncOutcome, storedRecordJson } from '@crick/db';
import { MAX_CHANGES, SyncRequestSchema, SyncResponseSchema } from '../api-schemas.js';
import { presentedSession, requireUser, sessionEnded, signedIn } from '../auth.js';
import { checkRecord } from '../checking.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';

interface Rejection {
  id: string | null;
  reason: string;
  field: string;
}

/**
 * Splits a request's changes into valid records and rejections that name the
 * field at fault. A clock must be able to order edits (see hlcProblem):
 * `now` is the server's time in ms.
 */
export function checkChanges(
  changes: readonly unknown[],
  now: number,
): { valid: SyncRecord[]; rejected: Rejection[] } {
  const valid: SyncRecord[] = [];
  const rejected: Rejection[] = [];
  changes.forEach((change, index) => {
    const checked = checkRecord(change);
    if (checked.ok) {
      const problem = hlcProblem(checked.value.updatedAt, now);
      if (problem === undefined) valid.push(checked.value);
      else
        rejected.push({
          id: checked.value.id,
          field: `changes[${index}].updatedAt`,
          reason: `"updatedAt" ${problem}`,
        });
      return;
    }
    const rawId = (change as { id?: unknown } | null)?.id;
    const at = `changes[${index}]`;
    const problems = checked.error.map((e) =>
      e.field === '(root)' ? { field: at, message: e.message.replace('"(root)"', `"${at}"`) } : e,
    );
    const first = problems[0];
    rejected.push({
      id: typeof rawId === 'string' ? rawId.slice(0, 100) : null,
      field: first === undefined || first.field === at ? at : `${at}.${first.field}`,
      reason: problems.map((e) => e.message).join('; '),
    });
  });
  return { valid, rejected };
}

export function syncRoutes(app: App, ctx: RouteContext): void {
  app.post(
    '/api/sync',
    {
      schema: {
        operationId: 'sync',
        summary: 'Send changed records, receive what changed since the cursor',
        description:
          'Stores each change that is newer by its clock (last writer wins; equal clocks keep what is stored), ' +
          'then returns the records changed since the cursor. Committed before the answer. Invalid records ' +
          'are listed in "rejected" with the field at fault. A full page (5000) means: sync again. ' +
          '"resync": true means the server was restored from a backup since that cursor: push every record ' +
          'the device has (the answer already holds everything the server has).',
        tags: ['sync'],
        body: SyncRequestSchema,
        response: { 200: SyncResponseSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const session = presentedSession(ctx, request);
      const { cursor, changes } = request.body;
      if (changes.length > MAX_CHANGES) {
        await requireUser(ctx, request); // A stranger learns nothing about the limits: 401 first.
        throw new AppError(
          'payload_too_large',
          `"changes" has ${changes.length} records; send at most ${MAX_CHANGES} at a time`,
          'changes',
        );
      }
      const { valid, rejected } = checkChanges(changes, ctx.now().getTime());
      // A cursor from another epoch was given out before a restore: its number
      // means nothing now. Pull everything, and tell the device to push all it has.
      const epoch = ctx.epoch();
      const given = cursor === null ? null : parseCursor(cursor);
      const resync = given !== null && given.epoch !== epoch;
      const from = given === null || resync ? null : given.seq;
      // Where the store can, a push checks its session in the statement that
      // stores it (one round trip instead of two); a pull, which stores
      // nothing, looks the session up first.
      let answer: { cursor: number; changesJson: string; refused: readonly unknown[] };
      if (valid.length > 0 && ctx.records.pushAs) {
        const pushed = await ctx.records.pushAs(session, from, valid);
        if (!pushed.ok) throw sessionEnded();
        signedIn(request, session);
        answer = asAnswer(pushed.value);
      } else {
        const userId = (await requireUser(ctx, request)).id;
        answer =
          valid.length === 0
            ? { ...(await pullRecordsJson(ctx.database, userId, from)), refused: [] }
            : asAnswer(await ctx.records.sync(userId, from, valid));
      }
      // Written by hand from the stored JSON text: a year's pull is not parsed and re-serialized.
      const body = `{"cursor":"${formatCursor(epoch, answer.cursor)}",${resync ? '"resync":true,' : ''}"changes":[${answer.changesJson}],"rejected":${JSON.stringify([...rejected, ...answer.refused])}}`;
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );
}

/** A sync's outcome as the answer needs it: its changes as JSON text. */
const asAnswer = (outcome: SyncOutcome) => ({
  cursor: outcome.cursor,
  changesJson: outcome.changes.map(storedRecordJson).join(','),
  refused: outcome.refused,
});
