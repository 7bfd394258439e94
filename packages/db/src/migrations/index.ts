import type { Migration } from 'kysely';
import * as accounts from './2026-11-22-01-accounts.js';
import * as records from './2026-11-22-02-records.js';
import * as loginGuard from './2026-12-01-01-login-guard.js';
import * as restoreEpoch from './2026-12-01-09-restore-epoch.js';
import * as clinicianShares from './2026-12-01-10-clinician-shares.js';
import * as handoffs from './2026-12-01-11-handoffs.js';
import * as push from './2026-12-01-12-push.js';
import * as recordsOwnerByLock from './2026-12-01-13-records-owner-by-lock.js';

/**
 * Every migration, by name; names are dates so they sort in the order they
 * were written. Listed here rather than read from disk so the built package
 * carries them and a bundler cannot miss one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-01-accounts': accounts,
  '2026-11-22-02-records': records,
  '2026-12-01-01-login-guard': loginGuard,
  '2026-12-01-09-restore-epoch': restoreEpoch,
  '2026-12-01-10-clinician-shares': clinicianShares,
  '2026-12-01-11-handoffs': handoffs,
  '2026-12-01-12-push': push,
  '2026-12-01-13-records-owner-by-lock': recordsOwnerByLock,
};
