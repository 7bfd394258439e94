import type { Facts, TriageTrigger } from '@crick/core';

/**
 * Answers handed to the check by another screen (a stop symptom during a
 * session). Kept in memory, never in the URL: health data stays out of
 * addresses and the browser's history.
 */
export type CheckTrigger = TriageTrigger;

let pending: { trigger: CheckTrigger; prefill: Facts } | null = null;
let serial = 0;

/** Leaves answers for the next check and returns the path that opens it. */
export function handOffToCheck(trigger: CheckTrigger, prefill: Facts): string {
  pending = { trigger, prefill };
  serial++;
  return `/check?handoff=${serial}`;
}

/** The handed-over answers, once; later calls get nothing. */
export function takeHandoff(): { trigger: CheckTrigger; prefill: Facts } | null {
  const taken = pending;
  pending = null;
  return taken;
}
