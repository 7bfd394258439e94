import type { RemedyLimits } from '../content/types.js';
import type { RemedyUse } from '../schemas/diary.js';

export type Availability =
  | { readonly allowed: true; readonly maxMinutes: number; readonly suggestedMinutes: number }
  | { readonly allowed: false; readonly nextAt: string; readonly reason: string };

const MINUTE = 60_000;
const endOf = (u: RemedyUse): number => Date.parse(u.startedAt) + u.minutes * MINUTE;

/**
 * Whether a cold or heat session may start now. The spacing counts from the end
 * of the last cold OR heat use: both act on the same skin, and CLINICAL.md
 * section 2 asks for 60 minutes or more between sessions.
 */
export function remedyAvailability(input: {
  readonly kind: 'cold' | 'heat';
  readonly uses: readonly RemedyUse[];
  /** ISO date-time of now. */
  readonly now: string;
  readonly limits: RemedyLimits;
}): Availability {
  const now = Date.parse(input.now);
  const { limits } = input;
  const running = input.uses.find((u) => Date.parse(u.startedAt) <= now && endOf(u) > now);
  if (running) {
    return {
      allowed: false,
      nextAt: new Date(endOf(running) + limits.minGapMinutes * MINUTE).toISOString(),
      reason: `A ${running.kind} session is still running.`,
    };
  }
  const last = input.uses
    .filter((u) => Date.parse(u.startedAt) <= now)
    .reduce<RemedyUse | undefined>((a, u) => (!a || endOf(u) > endOf(a) ? u : a), undefined);
  if (last) {
    const ready = endOf(last) + limits.minGapMinutes * MINUTE;
    if (ready > now) {
      const wait = Math.ceil((ready - now) / MINUTE);
      return {
        allowed: false,
        nextAt: new Date(ready).toISOString(),
        reason: `Your skin needs ${limits.minGapMinutes} minutes between sessions to warm back up and recover; ${wait} minute${wait === 1 ? '' : 's'} to go.`,
      };
    }
  }
  if (limits.maxPerDay !== undefined) {
    const today = input.now.slice(0, 10);
    const count = input.uses.filter(
      (u) => u.kind === input.kind && u.startedAt.slice(0, 10) === today,
    ).length;
    if (count >= limits.maxPerDay) {
      return {
        allowed: false,
        nextAt: `${today}T23:59:59.999Z`,
        reason: `That is ${limits.maxPerDay} ${input.kind} sessions today, the most we suggest.`,
      };
    }
  }
  return { allowed: true, maxMinutes: limits.hardMaxMinutes, suggestedMinutes: limits.maxMinutes };
}

/** Clamp a chosen length to the remedy's hard limit: a timer can never be set longer. */
export const clampRemedyMinutes = (minutes: number, limits: RemedyLimits): number =>
  Math.max(1, Math.min(limits.hardMaxMinutes, Math.round(minutes)));
