import type { CheckIn } from '@crick/core';

/**
 * How long a pain score counts as "now": one answer is reused for this long
 * (by Today's check-in card and before a session) instead of asking again.
 */
export const RECENT_PAIN_MINUTES = 30;

/** The newest pain score given within `RECENT_PAIN_MINUTES` of `nowMs`, and how many minutes ago. */
export function recentPain(
  checkIns: readonly CheckIn[],
  nowMs: number,
): { pain: number; minutesAgo: number } | null {
  let best: { pain: number; at: number } | null = null;
  for (const c of checkIns) {
    const at = c.at ? Date.parse(c.at) : Number.NaN;
    if (!Number.isFinite(at) || at > nowMs || nowMs - at > RECENT_PAIN_MINUTES * 60_000) continue;
    if (!best || at > best.at) best = { pain: c.pain, at };
  }
  return best ? { pain: best.pain, minutesAgo: Math.floor((nowMs - best.at) / 60_000) } : null;
}
