import { AppError } from '@crick/core';
import {
  type AccessKind,
  findActiveShare,
  logAccess,
  type PatientShare,
  type Role,
  type User,
} from '@crick/db';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidV7 } from 'uuid';
import { requireUser } from './auth.js';
import type { RouteContext } from './context.js';

/** The name a clinician is shown by (a clinician made by `crick user add` without one goes by the email). */
export const displayName = (user: Pick<User, 'name' | 'email'>): string =>
  (user.name ?? user.email).slice(0, 80);

/** The signed-in user, if they have the role; 403 otherwise (401 when not signed in). */
export async function requireRole(ctx: RouteContext, request: FastifyRequest, role: Role): Promise<User> {
  const user = await requireUser(ctx, request);
  if (user.role !== role) throw new AppError('forbidden', `Only a ${role} account can do this`);
  return user;
}

/**
 * The signed-in clinician and their active share with the person. The share
 * is read from the database on every request, so a revocation refuses the
 * very next one; a person who never shared, revoked or is gone are one answer.
 */
export async function requirePatient(
  ctx: RouteContext,
  request: FastifyRequest,
  patientId: string,
): Promise<{ clinician: User; share: PatientShare }> {
  const clinician = await requireRole(ctx, request, 'clinician');
  const share = await findActiveShare(ctx.database.db, clinician.id, patientId);
  if (!share) throw new AppError('not_shared');
  return { clinician, share };
}

/** Adds the person's access-log row: who read or wrote what of theirs, and when. */
export async function recordAccess(
  ctx: RouteContext,
  clinician: User,
  personId: string,
  what: AccessKind,
): Promise<void> {
  await logAccess(ctx.database.db, {
    id: uuidV7(),
    personId,
    clinician: { id: clinician.id, name: displayName(clinician) },
    at: ctx.now().toISOString(),
    what,
  });
}
