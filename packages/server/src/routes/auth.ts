import { randomUUID } from 'node:crypto';
import { AppError } from '@crick/core';
import { deleteAuthSession, findUserByEmail, insertAuthSession, insertUser } from '@crick/db';
import type { FastifyReply } from 'fastify';
import { CredentialsSchema, SignUpSchema, TokenSchema } from '../api-schemas.js';
import {
  checkPassword,
  clearSessionCookie,
  hashPassword,
  hashToken,
  newToken,
  presentedToken,
  SESSION_DAYS,
  setSessionCookie,
} from '../auth.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';

const normalEmail = (email: string) => email.trim().toLowerCase();

/** A clinician's name as the people who share will see it: required, and more than spaces. */
function clinicianName(name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '')
    throw new AppError(
      'invalid_input',
      '"name" is required for a clinician: the name your patients will see',
      'name',
    );
  return trimmed;
}

export function authRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;
  const rateLimit = { max: ctx.authAttemptsPerMinute, timeWindow: '1 minute' };

  async function startSession(reply: FastifyReply, userId: string): Promise<string> {
    const token = newToken();
    const now = ctx.now();
    await insertAuthSession(db, {
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    });
    setSessionCookie(reply, token, ctx.tls);
    return token;
  }

  app.post(
    '/api/auth/signup',
    {
      config: { rateLimit },
      schema: {
        operationId: 'signUp',
        // Reached before there is a session.
        security: [],
        summary: 'Create an account (a person, or a clinician with a name) and sign in',
        tags: ['auth'],
        body: SignUpSchema,
        response: { 201: TokenSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const email = normalEmail(request.body.email);
      const role = request.body.role ?? 'person';
      const name = role === 'clinician' ? clinicianName(request.body.name) : null;
      const added = await insertUser(db, {
        id: randomUUID(),
        email,
        passwordHash: await hashPassword(request.body.password),
        role,
        name,
        now: ctx.now().toISOString(),
      });
      if (!added.ok) throw new AppError('conflict', 'An account with that "email" already exists', 'email');
      const token = await startSession(reply, added.user.id);
      return reply.code(201).send({ token });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit },
      schema: {
        operationId: 'logIn',
        // Reached before there is a session.
        security: [],
        summary: 'Sign in; sets the session cookie and returns a bearer token',
        tags: ['auth'],
        body: CredentialsSchema,
        response: { 200: TokenSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const email = normalEmail(request.body.email);
      const wait = await ctx.backoff.waitSeconds(email, ctx.now());
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new AppError(
          'rate_limited',
          `Too many failed sign-ins for this "email": wait ${wait} s and try again`,
          'email',
        );
      }
      const user = await findUserByEmail(db, email);
      if (!(await checkPassword(user?.passwordHash, request.body.password)) || !user) {
        await ctx.backoff.failed(email, ctx.now());
        throw new AppError(
          'unauthenticated',
          'That "email" and "password" do not match an account',
          'password',
        );
      }
      await ctx.backoff.succeeded(email);
      return { token: await startSession(reply, user.id) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        operationId: 'logOut',
        summary: 'End this session (cookie or bearer token)',
        tags: ['auth'],
        response: { 204: { type: 'null' }, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const presented = presentedToken(request);
      if (presented) await deleteAuthSession(db, hashToken(presented.token));
      clearSessionCookie(reply, ctx.tls);
      return reply.code(204).send(null);
    },
  );
}
