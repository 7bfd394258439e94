import { addDays } from '../dates.js';
import { instant, localDate } from '../progress/order.js';
import type { CheckIn, SessionLog } from '../schemas/diary.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { stopSymptomOpensCheck } from '../triage/stop-symptoms.js';
import { flareMessage, uncheckedFlare } from './flare.js';
import type { Notice } from './types.js';

const severity: Readonly<Record<TriageRecord['level'], number>> = {
  self_care: 0,
  soon: 1,
  urgent: 2,
  emergency: 3,
};

/**
 * The latest triage on or before the plan's day, by its instant (a check at
 * `03:45-08:00` came after one at `05:34Z`). Two at the same instant: the more
 * serious one counts, so a tie never hides an emergency.
 */
export function latestTriage(triages: readonly TriageRecord[], date: string): TriageRecord | undefined {
  let latest: TriageRecord | undefined;
  for (const t of triages) {
    if (localDate(t.at) > date || Number.isNaN(instant(t.at))) continue;
    if (
      !latest ||
      instant(t.at) > instant(latest.at) ||
      (instant(t.at) === instant(latest.at) && severity[t.level] > severity[latest.level])
    )
      latest = t;
  }
  return latest;
}

/**
 * Does this triage re-check this red-flag stop? Only a check after the stop
 * does: after the session's end (its start plus its minutes), not only after
 * its start. When the end is unknown, a check the person ran because of the
 * stop (`session_stop`) after its start counts, and otherwise only a check on a
 * later day: we cannot tell that it came after.
 */
function rechecks(t: TriageRecord, s: SessionLog): boolean {
  const at = instant(t.at);
  const started = instant(s.startedAt);
  if (!Number.isNaN(started) && s.minutes !== undefined) return at > started + s.minutes * 60_000;
  if (!Number.isNaN(started) && t.trigger === 'session_stop' && at > started) return true;
  return localDate(t.at) >= addDays(s.date, 1);
}

/** A session stopped with a symptom that reopens the check and no check after it. */
export function uncheckedRedFlagStop(
  sessions: readonly SessionLog[],
  triages: readonly TriageRecord[],
  date: string,
): SessionLog | undefined {
  const checks = triages.filter((t) => localDate(t.at) <= date && !Number.isNaN(instant(t.at)));
  return sessions.find(
    (s) =>
      s.date <= date &&
      s.stopSymptom !== undefined &&
      stopSymptomOpensCheck(s.stopSymptom) &&
      !checks.some((t) => rechecks(t, s)),
  );
}

export interface SafetyGate {
  readonly lastTriage: TriageRecord | undefined;
  /** No exercise today: an emergency, or a red-flag stop or a flare not yet re-checked. */
  readonly holdExercise: boolean;
  /** No cold or heat either: before any check, or after an emergency, nothing routine is offered. */
  readonly holdRemedies: boolean;
  /** Urgent: only gentle settling until a clinician has seen the person. */
  readonly settleOnly: boolean;
  readonly notices: readonly Notice[];
}

/** What the checks allow today. Safety comes before any exercise, remedy or habit. */
export function safetyGate(
  history: {
    readonly sessions: readonly SessionLog[];
    readonly triages: readonly TriageRecord[];
    readonly checkIns: readonly CheckIn[];
  },
  date: string,
  startingPain?: number,
): SafetyGate {
  const lastTriage = latestTriage(history.triages, date);
  const notices: Notice[] = [];
  const stop = uncheckedRedFlagStop(history.sessions, history.triages, date);
  if (stop) {
    notices.push({
      kind: 'recheck_after_stop',
      severity: 'stop',
      message:
        'You stopped a session with a symptom that needs a quick check before any more exercise. Please run the check now.',
    });
  }
  // A flare re-asks the red-flag questions before the next session; the plan then follows that check.
  const flare = uncheckedFlare(history.checkIns, history.triages, date, startingPain);
  if (flare) notices.push({ kind: 'recheck_flare', severity: 'stop', message: flareMessage(flare.reason) });
  const level = lastTriage?.level;
  // A plan needs a stored check (an intake imported or synced without one, or written by hand): nothing routine before it.
  const unchecked = lastTriage === undefined;
  if (unchecked) {
    notices.push({
      kind: 'check_first',
      severity: 'stop',
      message:
        'Answer the safety questions first (about a minute when nothing is wrong); your plan follows what they find.',
    });
  } else if (level === 'emergency') {
    notices.push({
      kind: 'emergency',
      severity: 'stop',
      message: 'Your last check found signs of an emergency. Call the emergency number now.',
    });
  } else if (level === 'urgent') {
    notices.push({
      kind: 'see_clinician',
      severity: 'stop',
      message: 'Your last check says to see a clinician today. Until then, only gentle settling movements.',
    });
  } else if (level === 'soon') {
    notices.push({
      kind: 'see_clinician',
      severity: 'warn',
      message:
        'Your last check says to book a GP or physiotherapist within a few days. Gentle self-care meanwhile.',
    });
  }
  return {
    lastTriage,
    holdExercise: unchecked || stop !== undefined || flare !== undefined || level === 'emergency',
    holdRemedies: unchecked || level === 'emergency',
    settleOnly: level === 'urgent',
    notices,
  };
}
