import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '@crick/core';
import type { SessionKey, User } from '@crick/db';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RouteContext } from './context.js';

export const SESSION_COOKIE = 'crick_session';
export const SESSION_DAYS = 30;

// OWASP's argon2id floor: 19 MiB, two passes, one lane.
// (algorithm 2 is Argon2id; the package's enum is a const enum, not importable as a value here.)
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, argon2Options);

/** Verifies against a stored hash; with none, against a dummy so timing does not tell whether the email exists. */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  const target = stored ?? (await dummyHash);
  try {
    return (await verify(target, password)) && stored !== undefined;
  } catch {
    return false;
  }
}
const dummyHash = hash('not a real password', argon2Options);

/** A bearer token: 256 random bits. Only its SHA-256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

declare module 'fastify' {
  interface FastifyRequest {
    /** How the caller proved who they are, if they did. */
    authVia: 'bearer' | 'cookie' | null;
    /** The presented token's hash, for log-out. */
    tokenHash: string | null;
  }
}

/** The token a request presents: a Bearer header wins over the cookie. */
export function presentedToken(request: FastifyRequest): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
    if (!match?.[1])
      throw new AppError('unauthenticated', '"Authorization" must be "Bearer <token>"', 'Authorization');
    return { token: match[1], via: 'bearer' };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * The session a request presents, still to be checked (by requireUser, or by
 * the store that checks it as it writes); a 401 when it presents none.
 */
export function presentedSession(
  ctx: Pick<RouteContext, 'now'>,
  request: FastifyRequest,
): SessionKey & { readonly via: 'bearer' | 'cookie' } {
  const presented = presentedToken(request);
  if (!presented) throw new AppError('unauthenticated');
  return { tokenHash: hashToken(presented.token), now: ctx.now().toISOString(), via: presented.via };
}

/** Notes on the request how it proved who it is, once its session is found valid. */
export function signedIn(request: FastifyRequest, session: ReturnType<typeof presentedSession>): void {
  request.authVia = session.via;
  request.tokenHash = session.tokenHash;
}

/** The 401 for a session that is unknown, ended or expired. */
export const sessionEnded = (): AppError =>
  new AppError('unauthenticated', 'Your session has ended. Please sign in again.');

/** The signed-in user, or a 401 naming how to sign in. */
export async function requireUser(
  ctx: Pick<RouteContext, 'findSessionUser' | 'now'>,
  request: FastifyRequest,
): Promise<User> {
  const session = presentedSession(ctx, request);
  const user = await ctx.findSessionUser(session.tokenHash, session.now);
  if (!user) throw sessionEnded();
  signedIn(request, session);
  return user;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
