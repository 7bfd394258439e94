import type { Library } from '../content/types.js';
import { daysBetween } from '../dates.js';
import { checkInsInOrder, localDate } from '../progress/order.js';
import { painTrend } from '../progress/pain.js';
import { expectedCourse, recoveryDay, review, reviewDays } from '../progress/review.js';
import { type Intake, intakeDefaults } from '../schemas/intake.js';
import { decidePhase } from './phase.js';
import {
  changesAgainst,
  type LeftOut,
  type PrescribedPick,
  prescribedPicks,
  prescriptionInForce,
  setAsideReason,
} from './prescription.js';
import { chooseRemedyKind, remedySlots } from './remedy-slots.js';
import { safetyGate } from './safety.js';
import { fillSession, rankExercises } from './sessions.js';
import { emptyHistory, type History, type Notice, type Plan, type PlanSession } from './types.js';
import { clockOf, labelFor, sessionStarts, wakingDay } from './waking-day.js';

export interface PlanInput {
  readonly intake: Intake;
  readonly history?: Partial<History>;
  /** Today, `YYYY-MM-DD`: the caller's clock, so the same input always gives the same plan. */
  readonly date: string;
  readonly library: Pick<Library, 'exercises' | 'remedies' | 'habits' | 'causes'>;
}

/** Sessions in a day: as many as wanted, never one shorter than 3 minutes. */
function sessionCount(phase: Plan['phase'], minutes: number, prescribed?: number): number {
  // Little and often while it is settling; one longer session once it is strengthening.
  const wanted =
    prescribed ?? (phase === 'settle' ? 3 : phase === 'loosen' ? 2 : phase === 'strengthen' ? 2 : 1);
  return Math.max(1, Math.min(wanted, Math.floor(minutes / 3)));
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

  const checkIns = checkInsInOrder(history.checkIns, date);
  const trend = painTrend(checkIns, intake.pain, date);
  // The latest report, by its time: one 8/10 this evening is not averaged away by this morning's 2.
  const painNow = trend.latest;

  // Safety first: a triage that sent the person on, or a red-flag stop or flare not yet re-checked, comes before any exercise.
  const gate = safetyGate(history, date, intake.pain);
  notices.push(...gate.notices);
  const lastTriage = gate.lastTriage;

  const phaseInput = {
    intake,
    day,
    painNow,
    date,
    checkIns,
    sessions: history.sessions,
    settleOnly: gate.settleOnly,
  };
  const own = decidePhase(phaseInput);
  // A clinician's programme is followed only where every safety rule allows it.
  const prescription = prescriptionInForce(history.prescriptions ?? [], date);
  const setAside = prescription ? setAsideReason({ gate, painNow, steppedBack: own.steppedBack }) : undefined;
  const follow = setAside === undefined ? prescription : undefined;
  const decision = follow?.phase ? decidePhase({ ...phaseInput, prescribed: follow.phase }) : own;
  const phase = decision.phase;
  if (decision.steppedBack)
    notices.push({ kind: 'stepped_back', severity: 'info', message: decision.steppedBack });
  if (decision.progressed)
    notices.push({ kind: 'progressed', severity: 'info', message: decision.progressed });

  // Escalation points of RF-S08, judged on meaningful change, on the day as the person counts it.
  const verdict = review({ startedOn: intake.startedOn, date, baselinePain: intake.pain, checkIns });
  if (verdict.seeDoctor)
    notices.push({ kind: 'see_doctor', severity: 'warn', message: verdict.seeDoctor, ruleId: 'RF-S08' });
  const today = recoveryDay(intake.startedOn, date);
  const lastCheckDay = lastTriage ? recoveryDay(intake.startedOn, localDate(lastTriage.at)) : 0;
  const dueDay = reviewDays.filter((d) => today >= d && lastCheckDay < d).at(-1);
  if (dueDay !== undefined) {
    notices.push({
      kind: 'recheck_due',
      severity: 'info',
      message: `Day ${dueDay} re-check: answer the safety questions again (about a minute when nothing is wrong).`,
    });
  }
  if (day <= 2) notices.push({ kind: 'expectation', severity: 'info', message: expectedCourse });

  // Sessions: split the time available (and awake), never over it.
  const waking = wakingDay(intake.wakeTime, intake.sleepTime);
  const available = Math.min(intake.minutesAvailable, waking.sleep - waking.wake);
  const sessions: PlanSession[] = [];
  // Session starts on the waking day's clock, for heat before them.
  const sessionMinutes: number[] = [];
  let leftOut: LeftOut[] = [];
  // Stryker disable next-line BooleanLiteral: read only when exercise is not held, and set there first
  let noneFit = false;
  if (!gate.holdExercise) {
    // decidePhase never steps the dosage up while settling; this keeps that promise should it change.
    const step = phase === 'settle' ? Math.min(0, decision.step) : decision.step;
    const followed = follow
      ? prescribedPicks({
          prescription: follow,
          exercises: input.library.exercises,
          phase,
          painNow,
          place: intake.place,
          equipment: intake.equipment,
          stuck: intake.stuck,
          step,
        })
      : undefined;
    leftOut = followed?.leftOut ?? [];
    noneFit = followed !== undefined && followed.picks.length === 0;
    const picks: readonly PrescribedPick[] =
      followed && !noneFit
        ? followed.picks
        : rankExercises({
            exercises: input.library.exercises,
            phase,
            place: intake.place,
            equipment: intake.equipment,
            stuck: intake.stuck,
            painNow,
          }).map((exercise) => ({ exercise }));
    const ranked = picks.map((p) => p.exercise);
    // The clinician's dosage already carries the day's step.
    const fillStep = followed && !noneFit ? 0 : step;
    const count = sessionCount(phase, available, follow?.sessionsPerDay);
    const budget = Math.floor(available / count) * 60;
    // Stryker disable next-line OptionalChaining: every planned exercise comes from the picks
    const sideOf = (id: string) => picks.find((p) => p.exercise.id === id)?.side;
    const filled = Array.from({ length: count }, (_, i) =>
      fillSession(ranked, budget, i * 2, fillStep, intake.stuck),
    ).filter((items) => items.length > 0);
    const minutes = filled.map((items) => Math.ceil(items.reduce((s, x) => s + x.seconds, 0) / 60));
    const starts = sessionStarts(waking, minutes);
    filled.forEach((items, i) => {
      const at = starts[i] as number;
      sessionMinutes.push(at);
      sessions.push({
        id: `${date}-${i + 1}`,
        label: filled.length === 1 ? 'Today' : labelFor(at),
        time: clockOf(at),
        minutes: minutes[i] as number,
        items: items.map((x) => {
          const side = sideOf(x.exercise.id);
          return {
            exerciseId: x.exercise.id,
            dosage: x.dosage,
            seconds: x.seconds,
            ...(side ? { side } : {}),
          };
        }),
      });
    });
  }

  const { kind, why } = chooseRemedyKind(intake, day);
  // Only remedies with safe-use limits are timed; of heat, the moist one when there is one (only heat comes moist).
  const usable = input.library.remedies.filter((r) => r.kind === kind && r.limits);
  const remedy = usable.find((r) => r.id.includes('moist')) ?? usable[0];
  const remedies =
    remedy && !gate.holdRemedies
      ? remedySlots({
          intake,
          remedy,
          kind,
          why,
          date,
          phase,
          sessionTimes: sessionMinutes,
          uses: history.remedyUses,
        })
      : [];

  const habits = habitsFor(intake, input.library);
  const name = (id: string) => input.library.exercises.find((e) => e.id === id)?.name ?? id;
  if (setAside) notices.push({ kind: 'prescription_set_aside', severity: 'warn', message: setAside });
  for (const l of leftOut)
    notices.push({
      kind: 'prescription_left_out',
      severity: 'info',
      message: `${name(l.exerciseId)}, from your clinician’s programme, is left out today: ${l.why}.`,
    });
  const plan: Plan = {
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
  if (!prescription) return plan;
  const by = {
    setBy: { id: prescription.setBy.id, name: prescription.setBy.name },
    setAt: prescription.setAt,
    ...(prescription.note !== undefined ? { note: prescription.note } : {}),
  };
  if (setAside)
    return { ...plan, prescription: { ...by, changes: [], overridden: true, overrideReason: setAside } };
  // What it changed is measured against the plan Crick makes from the same day without it.
  const ownPlan = planDay({ ...input, history: { ...history, prescriptions: [] } });
  const changes = changesAgainst(ownPlan, plan, prescription, input.library.exercises, leftOut);
  if (noneFit) changes.unshift('None of your clinician’s exercises can be done today, so Crick chose them.');
  return { ...plan, prescription: { ...by, changes, overridden: false } };
}

function habitsFor(intake: Required<Pick<Intake, 'causes' | 'place'>>, library: PlanInput['library']) {
  const out: { habitId: string; why: string }[] = [];
  for (const causeId of intake.causes) {
    const cause = library.causes.find((c) => c.id === causeId);
    if (!cause) continue;
    for (const habitId of cause.habits) {
      if (!out.some((h) => h.habitId === habitId) && library.habits.some((h) => h.id === habitId)) {
        out.push({ habitId, why: `Against ${cause.name.toLowerCase()}.` });
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
