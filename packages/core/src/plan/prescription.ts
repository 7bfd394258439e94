import type { Dosage, Equipment, Exercise, Movement, Phase, Place } from '../content/types.js';
import { compareHlc } from '../hlc.js';
import { instant, localDate } from '../progress/order.js';
import type { PrescribedExercise, Prescription } from '../schemas/prescription.js';
import type { SyncRecord } from '../schemas/record.js';
import type { SafetyGate } from './safety.js';
import { adjustDosage, allowedToday, fitsPlace, HIGH_PAIN } from './sessions.js';
import type { Plan, PlanItem } from './types.js';

// How the plan follows a clinician's programme (issue 10) without giving up
// any of its safety: the checks, the pain cap and a flare set it aside.

/** The live prescriptions among sync records, oldest first: by `setAt`, then by the record's clock. */
export function prescriptionsOf(records: readonly SyncRecord[]): Prescription[] {
  const live = records.filter(
    (r): r is Extract<SyncRecord, { type: 'prescription' }> & { data: Prescription } =>
      r.type === 'prescription' && !r.deleted && r.data !== null,
  );
  return live
    .sort((a, b) => instant(a.data.setAt) - instant(b.data.setAt) || compareHlc(a.updatedAt, b.updatedAt))
    .map((r) => r.data);
}

/**
 * The prescription in force on a day: the newest set on or before it, by its
 * instant. Two set at the same instant: the later in the list (the later record).
 */
export function prescriptionInForce(
  prescriptions: readonly Prescription[],
  date: string,
): Prescription | undefined {
  let inForce: Prescription | undefined;
  for (const p of prescriptions) {
    if (localDate(p.setAt) > date || Number.isNaN(instant(p.setAt))) continue;
    if (!inForce || instant(p.setAt) >= instant(inForce.setAt)) inForce = p;
  }
  return inForce;
}

/**
 * Why safety sets the clinician's programme aside today, or undefined when it
 * does not. Every reason is one the plan already obeys without a prescription:
 * a red-flag stop or an emergency holds all exercise, an urgent check settles
 * only (safety.ts), pain 7+ settles (CLINICAL.md section 2 "progression"), and
 * a rise of 2 points or a stop steps back (section 1 "flare").
 */
export function setAsideReason(input: {
  gate: SafetyGate;
  painNow: number;
  steppedBack: string | null;
}): string | undefined {
  const { gate } = input;
  if (gate.holdExercise && gate.lastTriage?.level === 'emergency')
    return 'Your last check found signs of an emergency, so your clinician’s programme is on hold.';
  if (gate.holdExercise) {
    const held = new Set(gate.notices.map((n) => n.kind));
    if (held.has('check_first'))
      return 'The safety questions come first, so your clinician’s programme waits until you have answered them.';
    if (held.has('recheck_after_stop'))
      return 'You stopped a session with a symptom that needs a check first, so your clinician’s programme waits until you have done it.';
    return 'Your pain flared or something is new, so your clinician’s programme waits until you have answered the safety questions again.';
  }
  if (gate.settleOnly)
    return 'Your last check says to see a clinician today, so your programme is set aside: only gentle settling movements until then.';
  if (input.painNow >= HIGH_PAIN)
    return `Your pain is ${input.painNow}/10, so today is for settling it; your clinician’s programme returns when the pain is below ${HIGH_PAIN}.`;
  if (input.steppedBack)
    // Stryker disable next-line Regex: the phrase only ever ends the stepped-back words, so the anchor changes nothing
    return `${input.steppedBack.replace(/, so today is a step easier\.$/, '')}, so today follows Crick’s easier plan instead of your clinician’s programme.`;
  return undefined;
}

/** One prescribed exercise as the plan uses it: the library's exercise with the clinician's dosage. */
export interface PrescribedPick {
  readonly exercise: Exercise;
  readonly side?: 'left' | 'right';
}

export interface LeftOut {
  readonly exerciseId: string;
  readonly why: string;
}

/**
 * The clinician's dosage over the library's: what they set wins, the rest is the
 * library's nudged by the day's step. A hold time applies to a held exercise only,
 * and a side only to an exercise done on each side.
 */
export function prescribedDosage(base: Dosage, kind: Exercise['kind'], rx: PrescribedExercise, step: number) {
  const d = adjustDosage(base, kind, step);
  const oneSide = base.sides === 'each' && (rx.sides === 'left' || rx.sides === 'right');
  const dosage: Dosage = {
    ...d,
    ...(rx.reps !== undefined ? { reps: rx.reps } : {}),
    ...(rx.sets !== undefined ? { sets: rx.sets } : {}),
    ...(rx.holdSeconds !== undefined && d.kind === 'hold' ? { holdSeconds: rx.holdSeconds } : {}),
    ...(oneSide ? { sides: 'none' as const } : {}),
  };
  return oneSide ? { dosage, side: rx.sides as 'left' | 'right' } : { dosage };
}

/**
 * The prescribed exercises that can be done today, each with its dosage, and
 * those left out with why: not in Crick's library, not for this place or kit,
 * or not allowed today (no strengthening while settling: sessions.ts).
 */
export function prescribedPicks(input: {
  prescription: Prescription;
  exercises: readonly Exercise[];
  phase: Phase;
  painNow: number;
  place: Place;
  equipment: readonly Equipment[];
  stuck: readonly Movement[];
  step: number;
}): { picks: PrescribedPick[]; leftOut: LeftOut[] } {
  const picks: PrescribedPick[] = [];
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  for (const rx of input.prescription.exercises) {
    if (seen.has(rx.exerciseId)) continue;
    seen.add(rx.exerciseId);
    const ex = input.exercises.find((e) => e.id === rx.exerciseId);
    if (!ex) {
      leftOut.push({ exerciseId: rx.exerciseId, why: 'it is not in Crick’s exercise library' });
    } else if (!fitsPlace(ex, input.place, input.equipment)) {
      leftOut.push({
        exerciseId: ex.id,
        why: `it does not suit where you are (${input.place}) or needs kit you lack`,
      });
    } else if (!allowedToday(ex, input.phase, input.painNow, input.stuck)) {
      leftOut.push({ exerciseId: ex.id, why: 'it is not safe in today’s phase or at today’s pain' });
    } else {
      const { dosage, side } = prescribedDosage(ex.dosage, ex.kind, rx, input.step);
      picks.push({ exercise: { ...ex, dosage }, ...(side ? { side } : {}) });
    }
  }
  return { picks, leftOut };
}

const phaseWords: Readonly<Record<Phase, string>> = {
  settle: 'settling',
  loosen: 'loosening',
  strengthen: 'strengthening',
  prevent: 'preventing a return',
};

/** A dosage in words: `10 reps × 2 sets, 5 s holds, left side only`. */
function dosageWords(item: PlanItem): string {
  const d = item.dosage;
  const parts = [`${d.reps} ${d.reps === 1 ? 'rep' : 'reps'} × ${d.sets} ${d.sets === 1 ? 'set' : 'sets'}`];
  if (d.kind === 'hold') parts.push(`${d.holdSeconds ?? 10} s holds`);
  if (item.side) parts.push(`${item.side} side only`);
  else if (d.sides === 'each') parts.push('each side');
  return parts.join(', ');
}

/** What following the programme changed against Crick's own plan for the day, in plain lines. */
export function changesAgainst(
  own: Plan,
  followed: Plan,
  prescription: Prescription,
  exercises: readonly Exercise[],
  leftOut: readonly LeftOut[],
): string[] {
  const name = (id: string) => exercises.find((e) => e.id === id)?.name ?? id;
  const ids = (p: Plan) => [...new Set(p.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)))];
  const changes: string[] = [];
  if (followed.phase !== own.phase)
    changes.push(`Phase: ${phaseWords[followed.phase]} (Crick would have chosen ${phaseWords[own.phase]}).`);
  if (followed.sessions.length !== own.sessions.length)
    changes.push(`${followed.sessions.length} sessions today instead of ${own.sessions.length}.`);
  const ownIds = new Set(ids(own));
  const followedIds = ids(followed);
  const added = followedIds.filter((id) => !ownIds.has(id));
  const dropped = [...ownIds].filter((id) => !followedIds.includes(id));
  if (added.length > 0) changes.push(`Added: ${added.map(name).join(', ')}.`);
  if (dropped.length > 0) changes.push(`Not today: ${dropped.map(name).join(', ')}.`);
  const planned = followed.sessions.flatMap((s) => s.items);
  for (const rx of prescription.exercises) {
    const dosed = rx.reps ?? rx.sets ?? rx.holdSeconds ?? rx.sides;
    const item = planned.find((i) => i.exerciseId === rx.exerciseId);
    if (dosed !== undefined && item) changes.push(`${name(rx.exerciseId)}: ${dosageWords(item)}.`);
  }
  const planless = prescription.exercises.filter(
    (rx) => !followedIds.includes(rx.exerciseId) && !leftOut.some((l) => l.exerciseId === rx.exerciseId),
  );
  if (planless.length > 0)
    changes.push(
      `Not fitted in today: ${planless.map((rx) => name(rx.exerciseId)).join(', ')} (no time left, or a stuck movement needs a gentle exercise first).`,
    );
  for (const l of leftOut) changes.push(`Left out: ${name(l.exerciseId)}, because ${l.why}.`);
  return changes;
}
