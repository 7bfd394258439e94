import { AppError, type ErrorCode, errorCodes } from '@crick/core';
import { isAccountGone, isDatabaseUnavailable } from '@crick/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';

/** The one error body every route answers with. */
export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      field: Type.Optional(Type.String()),
    }),
  },
  { title: 'Error' },
);

const codeForStatus: Record<number, ErrorCode> = {
  400: 'invalid_input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

interface ErrorBody {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
  readonly field?: string;
}

/**
 * The one place that turns a failure into a status and a body. AppError
 * carries its code; Fastify's own errors (bad JSON, too large, wrong media
 * type, rate limit) are mapped by status; anything else is a 500 that says
 * nothing of its cause.
 */
export function errorBodyOf(error: unknown): ErrorBody {
  if (error instanceof AppError) {
    return {
      status: errorCodes[error.code].status,
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (isAccountGone(error)) {
    // A push that raced DELETE /api/me: the session it showed is gone with the account.
    return { status: 401, code: 'unauthenticated', message: 'Your session has ended. Please sign in again.' };
  }
  if (isDatabaseUnavailable(error)) {
    // Nothing was stored or lost: the client keeps its changes and tries again.
    return { status: 503, code: 'unavailable', message: 'The database is not answering: try again shortly' };
  }
  const fastifyError = error as Partial<FastifyError> | null;
  const status = fastifyError?.statusCode;
  const code = status !== undefined ? codeForStatus[status] : undefined;
  if (status !== undefined && code !== undefined) {
    const field = status === 400 || status === 413 || status === 415 ? 'body' : undefined;
    const detail = status === 429 ? errorCodes.rate_limited.message : plainMessage(fastifyError, code);
    return { status, code, message: detail, ...(field ? { field } : {}) };
  }
  return { status: 500, code: 'internal', message: errorCodes.internal.message };
}

/** Fastify's messages for body problems are plain and safe to show; others get the table's words. */
function plainMessage(error: Partial<FastifyError> | null, code: ErrorCode): string {
  switch (error?.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '"body" must be a JSON object, not empty';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `"body": ${errorCodes.unsupported_media_type.message}`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return '"body" is larger than the server accepts';
    default:
      // The parser's own message quotes the body; the sender knows what it sent.
      if (code === 'invalid_input') return '"body" is not valid JSON';
      return errorCodes[code].message;
  }
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const body = errorBodyOf(error);
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  const { status, ...rest } = body;
  return reply.code(status).send({ error: rest });
}
