import { causeById, exerciseById, remedyById } from '@crick/content';
import {
  adherence,
  daysBetween,
  fieldQuestions,
  type History,
  type Intake,
  type Level,
  latestTriage,
  levelAdvice,
  type NeckRange,
  psfsChange,
  ruleById,
  type SessionOutcome,
  sessionOutcome,
} from '@crick/core';
import { painSeries } from '../../lib/charts/series.js';
import { rangeLines } from './range-lines.js';

/** The report's content, made once and drawn twice: as the printable page and as the PDF. */
export interface ReportData {
  readonly madeOn: string;
  readonly condition: string;
  readonly onset: readonly string[];
  readonly triage: {
    readonly summary: string;
    readonly reasons: readonly string[];
    readonly answers: readonly string[];
  };
  readonly pain: ReturnType<typeof painSeries>;
  readonly painSummary: string;
  readonly tried: readonly string[];
  readonly medicines: string;
  readonly adherence: string;
  readonly psfs: readonly string[];
  /** Neck range of motion measured with the camera. */
  readonly range: readonly string[];
  readonly questions: readonly string[];
}

const movementWords: Record<string, string> = {
  turn_left: 'turning left',
  turn_right: 'turning right',
  tilt_left: 'tilting left',
  tilt_right: 'tilting right',
  look_up: 'looking up',
  look_down: 'looking down',
};
const outcomeWords: Record<SessionOutcome, string> = {
  finished: 'finished',
  partly: 'partly done',
  skipped: 'skipped',
  stopped: 'stopped early',
};
const answerWord = (v: unknown): string =>
  v === true
    ? 'Yes'
    : v === false
      ? 'No'
      : v === null || v === 'unsure' || v === 'unknown'
        ? 'Not sure'
        : String(v);
const mean = (xs: readonly number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10;

export function buildReport(input: {
  intake: Intake | null;
  history: History;
  today: string;
  medicines: string;
  questions: readonly string[];
  neckRanges?: readonly NeckRange[];
}): ReportData {
  const { intake, history, today } = input;
  const onset: string[] = [];
  if (intake) {
    onset.push(
      `Started on ${intake.startedOn} (day ${daysBetween(intake.startedOn, today) + 1} today), pain ${intake.pain} out of 10 at the start.`,
    );
    if (intake.stuck?.length)
      onset.push(`Hard to move: ${intake.stuck.map((m) => movementWords[m] ?? m).join(', ')}.`);
    const causes = (intake.causes ?? []).map((c) => causeById(c)?.name ?? c);
    onset.push(
      causes.length ? `Likely triggers, as the person sees them: ${causes.join('; ')}.` : 'No trigger named.',
    );
    if (intake.strain) onset.push('Began with a strain or knock.');
  } else onset.push('No onset details given yet.');

  const last = latestTriage(history.triages, today);
  const triage = last
    ? {
        summary: `Last red-flag check on ${last.at.slice(0, 10)}: ${levelAdvice[last.level as Level].title}.`,
        reasons: last.fired.map((id) => {
          const r = ruleById(id);
          if (!r) return id;
          // A precaution fired because an answer was missing or "not sure": the person did not say it.
          return last.precautions?.includes(id)
            ? `${id} (precaution, not ruled out for want of an answer): ${r.said}, which can mean ${r.means}`
            : `${id}: said ${r.said}, which can mean ${r.means}`;
        }),
        answers: Object.entries(last.facts)
          .filter(([, v]) => v !== undefined)
          .map(
            ([k, v]) => `${fieldQuestions[k as keyof typeof fieldQuestions]?.label ?? k}: ${answerWord(v)}`,
          ),
      }
    : { summary: 'No red-flag check recorded.', reasons: [], answers: [] };

  const pain = painSeries(history.checkIns, intake?.pain);
  const painSummary =
    pain.dates.length === 0
      ? 'No pain scores recorded yet.'
      : `Pain (0-10, daily mean): ${pain.pain[0]} on ${pain.dates[0]}, ${pain.pain.at(-1)} on ${pain.dates.at(-1)}; ${history.checkIns.length} check-ins.`;

  const tried: string[] = [];
  const sessions = history.sessions;
  if (sessions.length) {
    const pairs = sessions.filter((s) => s.painBefore !== undefined && s.painAfter !== undefined);
    const counted = (['finished', 'partly', 'skipped', 'stopped'] as const)
      .map((o) => [o, sessions.filter((s) => sessionOutcome(s) === o).length] as const)
      .filter(([o, n]) => n > 0 || o === 'finished')
      .map(([o, n]) => `${n} ${outcomeWords[o]}`);
    tried.push(
      `Guided exercise sessions: ${counted.join(', ')} (${sessions.length} started).` +
        (pairs.length
          ? ` Pain before ${mean(pairs.map((s) => s.painBefore ?? 0))}, after ${mean(pairs.map((s) => s.painAfter ?? 0))} on average.`
          : ''),
    );
    const stops = sessions.filter((s) => s.stopSymptom).map((s) => `${s.date}: ${s.stopSymptom}`);
    if (stops.length) tried.push(`Stopped a session for: ${stops.join('; ')}.`);
    const names = [...new Set(sessions.flatMap((s) => s.exerciseIds))].map(
      (id) => exerciseById(id)?.name ?? id,
    );
    tried.push(`Exercises: ${names.slice(0, 12).join(', ')}.`);
  } else tried.push('No guided sessions yet.');
  for (const kind of ['cold', 'heat'] as const) {
    const uses = history.remedyUses.filter((u) => u.kind === kind);
    if (!uses.length) continue;
    const helped = uses.filter((u) => u.helped === 'yes' || u.helped === 'a_little').length;
    tried.push(
      `${kind === 'cold' ? 'Cold' : 'Heat'}: used ${uses.length} time${uses.length === 1 ? '' : 's'}, ${Math.round(mean(uses.map((u) => u.minutes)))} minutes on average; helped ${helped} of ${uses.length}.`,
    );
  }
  const helpedCounts = new Map<string, number>();
  for (const c of history.checkIns)
    for (const h of c.helped ?? []) helpedCounts.set(h, (helpedCounts.get(h) ?? 0) + 1);
  if (helpedCounts.size)
    tried.push(
      `What the person says helped: ${[...helpedCounts]
        .sort((a, b) => b[1] - a[1])
        .map(([id, n]) => `${exerciseById(id)?.name ?? remedyById(id)?.name ?? id} (${n})`)
        .join(', ')}.`,
    );

  const week = adherence(history.sessions, today, 7);
  const psfsAll = [...history.psfs].sort((a, b) => (a.date < b.date ? -1 : 1));
  const change = psfsChange(psfsAll);
  const latest = psfsAll.at(-1);
  const psfs =
    latest && change
      ? [
          `Patient-Specific Functional Scale (0-10, higher is better): ${change.latest} on ${latest.date}; first ${change.first}; change ${change.change > 0 ? '+' : ''}${change.change}.`,
          ...latest.activities.map((a) => `${a.name}: ${a.score}`),
        ]
      : ['Not scored yet.'];
  return {
    madeOn: today,
    condition: 'Neck pain with muscle spasm (ICD-10 M54.2 Cervicalgia), self-reported.',
    onset,
    triage,
    pain,
    painSummary,
    tried,
    medicines: input.medicines.trim() || 'None noted.',
    adherence: `Days with a finished session in the last 7 days: ${week.daysWithSession} of 7 (${week.sessionsCompleted} session${week.sessionsCompleted === 1 ? '' : 's'}).`,
    psfs,
    range: rangeLines(input.neckRanges ?? []),
    questions: input.questions,
  };
}
