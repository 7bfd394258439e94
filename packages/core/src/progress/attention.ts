import { addDays, dayNumber, daysBetween } from '../dates.js';
import { latestTriage } from '../plan/safety.js';
import {
  type CheckIn,
  type Psfs,
  type RemedyUse,
  type SessionLog,
  sessionFinished,
} from '../schemas/diary.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { levelRank } from '../triage/rules.js';
import { stopSymptomLabels, stopSymptomOpensCheck } from '../triage/stop-symptoms.js';
import { adherence } from './function.js';
import { instant, localDate, sessionsInOrder } from './order.js';
import { type DailyPain, dailyPain, painChange, painTrend } from './pain.js';

// What a clinician sees first about each patient who shared (issue 10): why
// they may need attention now, and how the programme is going week by week.

export type AttentionKind = 'triage' | 'red_flag_stop' | 'pain_rise' | 'missed_sessions';

export interface AttentionReason {
  readonly kind: AttentionKind;
  readonly message: string;
  /** For a triage reason: the level the check reached. */
  readonly level?: TriageRecord['level'];
}

export interface WeekAdherence {
  /** The Monday the week starts on, `YYYY-MM-DD`. */
  readonly weekStart: string;
  readonly planned: number;
  readonly done: number;
}

export interface PatientAttention {
  /** Most serious first. */
  readonly reasons: readonly AttentionReason[];
  /** Oldest week first, up to the week of `date`. */
  readonly adherence: readonly WeekAdherence[];
  /** The latest pain report, 0-10, when there is one. */
  readonly painNow?: number;
  /** The latest check on or before `date`, with the rules it fired. */
  readonly lastTriage?: TriageRecord;
}

export interface AttentionInput {
  readonly checkIns: readonly CheckIn[];
  readonly sessions: readonly SessionLog[];
  readonly triages: readonly TriageRecord[];
  readonly psfs: readonly Psfs[];
  readonly remedyUses: readonly RemedyUse[];
  /** Sessions the plan gives a day; 1 when not known (every plan that allows exercise has one at least). */
  readonly plannedPerDay?: number;
  /** Today, `YYYY-MM-DD`. */
  readonly date: string;
  /** When this clinician last marked the patient reviewed; never, when absent. */
  readonly lastReviewedAt?: string;
  /** Weeks of adherence to show; 4 when absent. */
  readonly weeks?: number;
}

/** Fewer than this share of the planned sessions done in the last 7 days is "missed sessions". */
export const MISSED_SHARE = 0.5;

/** How much each reason weighs in the sort: the checks' own order, a red-flag stop as an urgent one. */
export const reasonRank = (r: AttentionReason): number =>
  r.kind === 'triage'
    ? 2 + levelRank[r.level ?? 'soon']
    : r.kind === 'red_flag_stop'
      ? 2 + levelRank.urgent
      : r.kind === 'pain_rise'
        ? 2
        : 1;

/** The Monday of a day's week. 1970-01-01, day 0, was a Thursday. */
export const weekStartOf = (date: string): string => addDays(date, -((dayNumber(date) + 3) % 7));

/** The first day anything was recorded, up to `date`. */
function firstDay(input: AttentionInput): string | undefined {
  const days = [
    ...input.checkIns.map((c) => c.date),
    ...input.sessions.map((s) => s.date),
    ...input.triages.map((t) => localDate(t.at)),
  ].filter((d) => d <= input.date);
  return days.sort()[0];
}

/** Was this after the last review? Without a time, a day on or after the review's counts (it may have been after). */
function sinceReview(review: string | undefined, day: string, at: string | undefined): boolean {
  if (review === undefined) return true;
  return at !== undefined && !Number.isNaN(instant(at))
    ? instant(at) > instant(review)
    : day >= localDate(review);
}

/** Sessions done (finished) and planned over `days` days ending on `end`. */
function doneOf(sessions: readonly SessionLog[], end: string, days: number, perDay: number) {
  // Older records said "completed" for a session whose every exercise was skipped.
  const finished = sessions.map((s) => ({ ...s, completed: sessionFinished(s) }));
  const counted = Array.from({ length: days }, (_, i) => addDays(end, -i)).reduce(
    (sum, day) => sum + Math.min(perDay, adherence(finished, day, 1).sessionsCompleted),
    0,
  );
  return { planned: days * perDay, done: counted };
}

const levelWords: Readonly<Record<TriageRecord['level'], string>> = {
  emergency: 'emergency: call the emergency number',
  urgent: 'urgent: see a clinician today',
  soon: 'soon: see a GP or physiotherapist within a few days',
  self_care: 'self-care',
};

/**
 * Why a patient may need attention, and their adherence per week. Reasons: a
 * triage at `soon` or higher since the last review, a red-flag stop since the
 * last review, a meaningful rise in pain (2 points or 30%: progress/pain.ts)
 * from the lowest day since the review to the latest day, and fewer than half
 * the planned sessions done in the last 7 days.
 */
export function patientAttention(input: AttentionInput): PatientAttention {
  const { date, lastReviewedAt: review } = input;
  const perDay = Math.max(1, input.plannedPerDay ?? 1);
  const reasons: AttentionReason[] = [];

  const checks = input.triages.filter(
    (t) =>
      localDate(t.at) <= date &&
      levelRank[t.level] >= levelRank.soon &&
      sinceReview(review, localDate(t.at), t.at),
  );
  const worst = latestTriage(
    checks.filter((t) => levelRank[t.level] === Math.max(...checks.map((c) => levelRank[c.level]))),
    date,
  );
  if (worst) {
    reasons.push({
      kind: 'triage',
      level: worst.level,
      message: `A check on ${localDate(worst.at)} came out ${levelWords[worst.level]}${
        worst.fired.length > 0 ? ` (${worst.fired.join(', ')})` : ''
      }.`,
    });
  }

  const stop = sessionsInOrder(input.sessions, date)
    .filter(
      (s) =>
        s.stopSymptom !== undefined &&
        stopSymptomOpensCheck(s.stopSymptom) &&
        sinceReview(review, s.date, s.startedAt),
    )
    .at(-1);
  if (stop?.stopSymptom) {
    reasons.push({
      kind: 'red_flag_stop',
      message: `Stopped a session on ${stop.date}: “${stopSymptomLabels[stop.stopSymptom]}”, a sign that needs the check again.`,
    });
  }

  const days = dailyPain(input.checkIns.filter((c) => c.date <= date));
  const latest = days.at(-1);
  const earlier = days.slice(0, -1);
  const reviewDay = review === undefined ? undefined : localDate(review);
  // Since the review, and the day it was on or last before it: where the clinician left the pain.
  const leftAt = reviewDay === undefined ? -1 : earlier.findLastIndex((d) => d.date <= reviewDay);
  const compared = reviewDay === undefined ? earlier : earlier.slice(Math.max(0, leftAt));
  const lowest = compared.reduce<DailyPain | undefined>(
    (low, d) => (!low || d.mean < low.mean ? d : low),
    undefined,
  );
  if (latest && lowest && painChange(lowest.mean, latest.mean).direction === 'worse') {
    reasons.push({
      kind: 'pain_rise',
      message: `Pain rose from ${lowest.mean}/10 on ${lowest.date} to ${latest.mean}/10 on ${latest.date}.`,
    });
  }

  const start = firstDay(input);
  if (start !== undefined) {
    const span = Math.min(7, daysBetween(start, date) + 1);
    const week = doneOf(input.sessions, date, span, perDay);
    if (week.done < MISSED_SHARE * week.planned) {
      reasons.push({
        kind: 'missed_sessions',
        message: `Did ${week.done} of ${week.planned} planned sessions in the last ${span === 1 ? 'day' : `${span} days`}.`,
      });
    }
  }

  const weeks = Math.max(1, input.weeks ?? 4);
  const thisWeek = weekStartOf(date);
  const adherenceByWeek: WeekAdherence[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const weekStart = addDays(thisWeek, -7 * w);
    const from = start !== undefined && start > weekStart ? start : weekStart;
    const end = [addDays(weekStart, 6), date].sort()[0] as string;
    const span = start === undefined ? 0 : Math.max(0, daysBetween(from, end) + 1);
    adherenceByWeek.push({ weekStart, ...doneOf(input.sessions, end, span, perDay) });
  }

  const pain = input.checkIns.length > 0 ? painTrend(input.checkIns, undefined, date) : undefined;
  const lastTriage = latestTriage(input.triages, date);
  return {
    reasons: reasons.sort((a, b) => reasonRank(b) - reasonRank(a)),
    adherence: adherenceByWeek,
    ...(pain && pain.days.length > 0 ? { painNow: pain.latest } : {}),
    ...(lastTriage ? { lastTriage } : {}),
  };
}

/**
 * Most in need of attention first: by the most serious reason, then the next,
 * and so on; of two alike so far, the one with more reasons. 0 when alike.
 */
export function byAttention(
  a: Pick<PatientAttention, 'reasons'>,
  b: Pick<PatientAttention, 'reasons'>,
): number {
  const ranks = (p: Pick<PatientAttention, 'reasons'>) => p.reasons.map(reasonRank).sort((x, y) => y - x);
  const ra = ranks(a);
  const rb = ranks(b);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const diff = (rb[i] ?? 0) - (ra[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
