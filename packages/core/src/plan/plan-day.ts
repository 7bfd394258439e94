import type { Library } from '../content/types.js';
import { clockMinutes, daysBetween, formatClock } from '../dates.js';
import { painTrend } from '../progress/pain.js';
import { expectedCourse, review } from '../progress/review.js';
import { type Intake, intakeDefaults } from '../schemas/intake.js';
import { stopSymptomOpensCheck } from '../triage/stop-symptoms.js';
import { decidePhase } from './phase.js';
import { chooseRemedyKind, remedySlots } from './remedy-slots.js';
import { fillSession, rankExercises } from './sessions.js';
import { emptyHistory, type History, type Notice, type Plan, type PlanSession } from './types.js';

export interface PlanInput {
  readonly intake: Intake;
  readonly history?: Partial<History>;
  /** Today, `YYYY-MM-DD`: the caller's clock, so the same input always gives the same plan. */
  readonly date: string;
  readonly library: Pick<Library, 'exercises' | 'remedies' | 'habits' | 'causes'>;
}

/** A session's name from its time of day. */
const labelFor = (minutes: number): string =>
  minutes < 11 * 60 ? 'Morning' : minutes < 16 * 60 ? 'Afternoon' : 'Evening';

function sessionCount(phase: Plan['phase'], minutes: number): number {
  // Little and often while it is settling; one longer session once it is strengthening.
  const wanted = phase === 'settle' ? 3 : phase === 'loosen' ? 2 : phase === 'strengthen' ? 2 : 1;
  return Math.max(1, Math.min(wanted, Math.floor(minutes / 3)));
}

function latestTriageAfter(history: History, date: string) {
  return [...history.triages]
    .filter((t) => t.at.slice(0, 10) <= date)
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0];
}

/** Today's plan: phase, sessions, remedy slots, habits and notices. Pure and deterministic. */
export function planDay(input: PlanInput): Plan {
  const intake = { ...intakeDefaults, ...input.intake };
  const history: History = { ...emptyHistory, ...input.history };
  const date = input.date;
  const rawDay = daysBetween(intake.startedOn, date);
  const day = Math.max(0, rawDay);
  const notices: Notice[] = [];
  if (rawDay < 0) {
    notices.push({
      kind: 'date_before_onset',
      severity: 'info',
      message: 'This date is before the pain started; the plan is for the first day.',
    });
  }

  const checkIns = history.checkIns.filter((c) => c.date <= date);
  const trend = painTrend(checkIns, intake.pain, date);
  const painNow = trend.days.length > 0 ? Math.round(trend.current) : intake.pain;

  // Safety first: a triage that sent the person on, or a red-flag stop not yet re-checked, comes before any exercise.
  const lastTriage = latestTriageAfter(history, date);
  const redFlagStop = [...history.sessions]
    .filter((s) => s.date <= date && s.stopSymptom && stopSymptomOpensCheck(s.stopSymptom))
    .sort((a, b) => ((a.startedAt ?? a.date) < (b.startedAt ?? b.date) ? 1 : -1))[0];
  const stopUnchecked =
    redFlagStop !== undefined &&
    (!lastTriage || lastTriage.at < (redFlagStop.startedAt ?? `${redFlagStop.date}T00:00:00.000Z`));
  let holdExercise = false;
  if (stopUnchecked) {
    holdExercise = true;
    notices.push({
      kind: 'recheck_after_stop',
      severity: 'stop',
      message:
        'You stopped a session with a symptom that needs a quick check before any more exercise. Please run the check now.',
    });
  }
  if (lastTriage?.level === 'emergency') {
    holdExercise = true;
    notices.push({
      kind: 'emergency',
      severity: 'stop',
      message: 'Your last check found signs of an emergency. Call the emergency number now.',
    });
  } else if (lastTriage?.level === 'urgent') {
    notices.push({
      kind: 'see_clinician',
      severity: 'stop',
      message: 'Your last check says to see a clinician today. Until then, only gentle settling movements.',
    });
  } else if (lastTriage?.level === 'soon') {
    notices.push({
      kind: 'see_clinician',
      severity: 'warn',
      message:
        'Your last check says to book a GP or physiotherapist within a few days. Gentle self-care meanwhile.',
    });
  }

  const decision = decidePhase({ intake, day, painNow, date, checkIns, sessions: history.sessions });
  const phase = lastTriage?.level === 'urgent' ? 'settle' : decision.phase;
  if (decision.steppedBack)
    notices.push({ kind: 'stepped_back', severity: 'info', message: decision.steppedBack });
  if (decision.progressed)
    notices.push({ kind: 'progressed', severity: 'info', message: decision.progressed });

  // Escalation points of RF-S08, judged on meaningful change.
  const verdict = review({ startedOn: intake.startedOn, date, baselinePain: intake.pain, checkIns });
  if (verdict.seeDoctor)
    notices.push({ kind: 'see_doctor', severity: 'warn', message: verdict.seeDoctor, ruleId: 'RF-S08' });
  const lastCheckDay = lastTriage ? daysBetween(intake.startedOn, lastTriage.at.slice(0, 10)) : -1;
  const dueDay = [2, 7, 21].filter((d) => day >= d && lastCheckDay < d).at(-1);
  if (dueDay !== undefined) {
    notices.push({
      kind: 'recheck_due',
      severity: 'info',
      message: `Day ${dueDay} re-check: answer the safety questions again, it takes under a minute.`,
    });
  }
  if (day <= 2) notices.push({ kind: 'expectation', severity: 'info', message: expectedCourse });

  // Sessions: split the time available, never over it.
  const available = intake.minutesAvailable;
  const sessions: PlanSession[] = [];
  if (!holdExercise) {
    const ranked = rankExercises({
      exercises: input.library.exercises,
      phase,
      place: intake.place,
      equipment: intake.equipment,
      stuck: intake.stuck,
    });
    const count = sessionCount(phase, available);
    const budget = Math.floor(available / count) * 60;
    const wake = clockMinutes(intake.wakeTime);
    const sleep = clockMinutes(intake.sleepTime);
    const span = Math.max(60, sleep - wake - 180);
    for (let i = 0; i < count && ranked.length > 0; i++) {
      const items = fillSession(
        ranked,
        budget,
        i * 2,
        phase === 'settle' ? Math.min(0, decision.step) : decision.step,
      );
      if (items.length === 0) continue;
      const seconds = items.reduce((s, x) => s + x.seconds, 0);
      const at = Math.min(
        sleep - 60,
        count === 1 ? wake + 60 : wake + 60 + Math.round((span * i) / (count - 1 || 1)),
      );
      sessions.push({
        id: `${date}-${i + 1}`,
        label: count === 1 ? 'Today' : labelFor(at),
        time: formatClock(at),
        minutes: Math.ceil(seconds / 60),
        items: items.map((x) => ({ exerciseId: x.exercise.id, dosage: x.dosage, seconds: x.seconds })),
      });
    }
  }

  const { kind, why } = chooseRemedyKind(intake, day);
  const remedy =
    input.library.remedies.find(
      (r) => r.kind === kind && r.limits && (kind !== 'heat' || r.id.includes('moist')),
    ) ?? input.library.remedies.find((r) => r.kind === kind && r.limits);
  const remedies =
    remedy && lastTriage?.level !== 'emergency'
      ? remedySlots({
          intake,
          remedy,
          kind,
          why,
          date,
          phase,
          sessionTimes: sessions.map((s) => clockMinutes(s.time)),
          usesToday: history.remedyUses.filter((u) => u.startedAt.slice(0, 10) === date),
        })
      : [];

  const habits = habitsFor(intake, input.library);
  return {
    date,
    day,
    phase,
    phaseReason: decision.reason,
    step: decision.step,
    painNow,
    sessions,
    remedies,
    habits,
    notices,
    totalMinutes: sessions.reduce((s, x) => s + x.minutes, 0),
  };
}

function habitsFor(intake: Required<Pick<Intake, 'causes' | 'place'>>, library: PlanInput['library']) {
  const out: { habitId: string; why: string }[] = [];
  for (const causeId of intake.causes) {
    const cause = library.causes.find((c) => c.id === causeId);
    for (const habitId of cause?.habits ?? []) {
      if (!out.some((h) => h.habitId === habitId) && library.habits.some((h) => h.id === habitId)) {
        out.push({ habitId, why: `Against ${cause?.name.toLowerCase()}.` });
      }
    }
  }
  if (out.length === 0 && intake.place === 'desk') {
    const breaks = library.habits.find((h) => h.reminder?.kind === 'interval');
    if (breaks)
      out.push({ habitId: breaks.id, why: 'Short, regular breaks help a neck that sits at a desk.' });
  }
  return out.slice(0, 4);
}
