import { causeById, exerciseById, remedyById } from '@crick/content';
import {
  addDays,
  adherence,
  compareText,
  daysBetween,
  type History,
  type Intake,
  type Level,
  latestTriage,
  levelAdvice,
  type NeckRange,
  NOT_IMPROVED_DAY,
  psfsChange,
  review,
  type SessionOutcome,
  sessionOutcome,
} from '@crick/core';
import { type PainSeries, painSeries } from '../../lib/charts/series.js';
import { rangeLines } from './range-lines.js';
import { reportLimits, shortened, upTo } from './report-limits.js';
import { type ReportTriage, reportTriage } from './report-said.js';

/**
 * The report's content, made once and drawn three times: the screen, its print view
 * and the PDF, each one page. Long histories are cut as `reportLimits` says, and the
 * report says so.
 */
export interface ReportData {
  readonly madeOn: string;
  readonly condition: string;
  readonly onset: readonly string[];
  readonly triage: ReportTriage;
  /** The chart's days: the last `reportLimits.painDays`, with the band around the whole history's baseline. */
  readonly pain: PainSeries;
  readonly painSummary: string;
  /** "Chart: the last 14 days." when older scores are left off the chart, else empty. */
  readonly painWindow: string;
  /** The day-7 verdict (RF-S08's "not improved by day 7"), or when it comes. */
  readonly weekOne: string;
  readonly sessions: readonly string[];
  readonly helped: readonly string[];
  readonly medicines: string;
  readonly psfs: readonly string[];
  /** Neck range of motion measured with the camera; empty when never measured. */
  readonly range: readonly string[];
  readonly questions: readonly string[];
  /** "And 3 more questions, in the app." when some did not fit, else empty. */
  readonly questionsLeftOut: string;
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
const mean = (xs: readonly number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const verdictWords = { better: 'better', same: 'no real change', worse: 'worse' } as const;

function onsetLines(intake: Intake | null, today: string): string[] {
  if (!intake) return ['No onset details given yet.'];
  const onset = [
    `Started on ${intake.startedOn} (day ${daysBetween(intake.startedOn, today) + 1} today), pain ${intake.pain} out of 10 at the start.`,
  ];
  if (intake.stuck?.length)
    onset.push(`Hard to move: ${intake.stuck.map((m) => movementWords[m] ?? m).join(', ')}.`);
  const causes = (intake.causes ?? []).map((c) => causeById(c)?.name ?? c);
  onset.push(
    causes.length ? `Likely triggers, as the person sees them: ${causes.join('; ')}.` : 'No trigger named.',
  );
  if (intake.strain) onset.push('Began with a strain or knock.');
  return onset;
}

/**
 * The week-one flag: the review on day 7 (RF-S08's "not improved by day 7", the diary's
 * verdict), judged on the check-ins up to that day, so it reads the same later on.
 */
function weekOneLine(intake: Intake | null, history: History, today: string): string {
  if (!intake) return 'Week one: no start date given, so no day-7 review.';
  const day7 = addDays(intake.startedOn, NOT_IMPROVED_DAY - 1);
  if (today < day7) return `Week one: the day-7 review is on ${day7}.`;
  const r = review({
    startedOn: intake.startedOn,
    date: day7,
    baselinePain: intake.pain,
    checkIns: history.checkIns,
  });
  const flag =
    r.seeDoctor === null
      ? 'not flagged'
      : `flagged: ${r.verdict === 'worse' ? 'worse than at the start' : 'not improved after a week'}, see a GP`;
  return `Week one (day 7, ${day7}): ${verdictWords[r.verdict]}, pain ${r.baseline} at the start and ${r.current} on day 7; ${flag}.`;
}

function painLines(history: History, intake: Intake | null, today: string) {
  const all = painSeries(history.checkIns, intake?.pain);
  const from = addDays(today, 1 - reportLimits.painDays);
  const recent = history.checkIns.filter((c) => c.date >= from && c.date <= today);
  // The band stays around the whole history's baseline: the chart shows change since the start.
  const pain = painSeries(recent, all.baseline ?? undefined);
  const older = all.dates.filter((d) => d < from).length;
  const painSummary =
    all.dates.length === 0
      ? 'No pain scores recorded yet.'
      : `Pain (0-10, daily mean): ${all.pain[0]} on ${all.dates[0]}, ${all.pain.at(-1)} on ${all.dates.at(-1)}; ${plural(history.checkIns.length, 'check-in')}.`;
  const painWindow = older
    ? `Chart: the last ${reportLimits.painDays} days (${plural(older, 'earlier day')} with a score left off).`
    : '';
  return { pain, painSummary, painWindow };
}

function sessionLines(history: History, today: string): string[] {
  const sessions = history.sessions;
  const week = adherence(sessions, today, 7);
  const lines = [
    `Days with a finished session in the last 7 days: ${week.daysWithSession} of 7 (${plural(week.sessionsCompleted, 'session')}).`,
  ];
  if (!sessions.length) return ['No guided sessions yet.', ...lines];
  const pairs = sessions.filter((s) => s.painBefore !== undefined && s.painAfter !== undefined);
  const counted = (['finished', 'partly', 'skipped', 'stopped'] as const)
    .map((o) => [o, sessions.filter((s) => sessionOutcome(s) === o).length] as const)
    .filter(([o, n]) => n > 0 || o === 'finished')
    .map(([o, n]) => `${n} ${outcomeWords[o]}`);
  lines.unshift(
    `Guided exercise sessions: ${counted.join(', ')} (${sessions.length} started).` +
      (pairs.length
        ? ` Pain before ${mean(pairs.map((s) => s.painBefore ?? 0))}, after ${mean(pairs.map((s) => s.painAfter ?? 0))} on average.`
        : ''),
  );
  const stops = upTo(
    sessions
      .filter((s) => s.stopSymptom)
      .sort((a, b) => (a.date < b.date ? 1 : -1))
      .map((s) => `${s.date}: ${String(s.stopSymptom).replaceAll('_', ' ')}`),
    reportLimits.stops,
  );
  if (stops.shown.length)
    lines.push(
      `Stopped a session for: ${stops.shown.join('; ')}${stops.left.length ? ` (and ${stops.left.length} earlier)` : ''}.`,
    );
  const names = upTo(
    [...new Set(sessions.flatMap((s) => s.exerciseIds))].map((id) => exerciseById(id)?.name ?? id),
    reportLimits.exercises,
  );
  lines.push(
    `Exercises: ${names.shown.join(', ')}${names.left.length ? ` and ${names.left.length} more` : ''}.`,
  );
  return lines;
}

function helpedLines(history: History): string[] {
  const lines: string[] = [];
  for (const kind of ['cold', 'heat'] as const) {
    const uses = history.remedyUses.filter((u) => u.kind === kind);
    if (!uses.length) continue;
    const helped = uses.filter((u) => u.helped === 'yes' || u.helped === 'a_little').length;
    lines.push(
      `${kind === 'cold' ? 'Cold' : 'Heat'}: used ${plural(uses.length, 'time')}, ${Math.round(mean(uses.map((u) => u.minutes)))} minutes on average; helped ${helped} of ${uses.length}.`,
    );
  }
  const counts = new Map<string, number>();
  for (const c of history.checkIns) for (const h of c.helped ?? []) counts.set(h, (counts.get(h) ?? 0) + 1);
  const top = upTo(
    [...counts].sort((a, b) => b[1] - a[1]),
    reportLimits.helped,
  );
  if (top.shown.length)
    lines.push(
      `What the person says helped: ${top.shown
        .map(
          ([id, n]) =>
            `${shortened(exerciseById(id)?.name ?? remedyById(id)?.name ?? id, reportLimits.helpedChars)} (${n})`,
        )
        .join(', ')}${top.left.length ? ` and ${top.left.length} more` : ''}.`,
    );
  return lines.length ? lines : ['Nothing noted yet.'];
}

function psfsLines(history: History): string[] {
  const all = [...history.psfs].sort((a, b) => compareText(a.date, b.date));
  const change = psfsChange(all);
  const latest = all.at(-1);
  if (!latest || !change) return ['Not scored yet.'];
  return [
    `Patient-Specific Functional Scale (0-10, higher is better): ${change.latest} on ${latest.date}; first ${change.first}; change ${change.change > 0 ? '+' : ''}${change.change}.`,
    `${latest.activities.map((a) => `${shortened(a.name, reportLimits.psfsChars)}: ${a.score}`).join('; ')}.`,
  ];
}

/** The person's questions, as many as fit the page's share for them, in their order. */
function fittingQuestions(questions: readonly string[]): { shown: string[]; left: number } {
  const shown: string[] = [];
  let chars = 0;
  for (const q of questions.slice(0, reportLimits.questions)) {
    if (chars + q.length > reportLimits.questionChars) break;
    shown.push(q);
    chars += q.length;
  }
  return { shown, left: questions.length - shown.length };
}

export function buildReport(input: {
  intake: Intake | null;
  history: History;
  today: string;
  medicines: string;
  questions: readonly string[];
  neckRanges?: readonly NeckRange[];
}): ReportData {
  const { intake, history, today } = input;
  const last = latestTriage(history.triages, today);
  const questions = fittingQuestions(input.questions);
  return {
    madeOn: today,
    condition: 'Neck pain with muscle spasm (ICD-10 M54.2 Cervicalgia), self-reported.',
    onset: onsetLines(intake, today),
    triage: last
      ? reportTriage(last, levelAdvice[last.level as Level].title)
      : { summary: 'No red-flag check recorded.', reasons: [], answers: [], unsure: [], others: '' },
    ...painLines(history, intake, today),
    weekOne: weekOneLine(intake, history, today),
    sessions: sessionLines(history, today),
    helped: helpedLines(history),
    medicines: shortened(input.medicines.trim(), reportLimits.medicinesChars) || 'None noted.',
    psfs: psfsLines(history),
    range: input.neckRanges?.length ? rangeLines(input.neckRanges) : [],
    questions: questions.shown,
    questionsLeftOut: questions.left
      ? `And ${plural(questions.left, 'more question')} in the app: the page is full.`
      : '',
  };
}
