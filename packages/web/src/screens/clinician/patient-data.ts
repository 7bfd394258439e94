import {
  compareHlc,
  err,
  type FieldError,
  type History,
  type Intake,
  type NeckRange,
  ok,
  type Prescription,
  type RecordDataOf,
  type RecordType,
  type Result,
  type SyncRecord,
  validateRecord,
} from '@crick/core';
import { historyOf } from '../../lib/plan.js';
import type { Phase, PrescriptionRequest, Sides } from '../../sync/clinic-api.js';

type Live<T extends RecordType> = { readonly updatedAt: string; readonly data: RecordDataOf<T> };

/** A patient's entries as the clinician's workspace reads them: the same History the person's plan uses. */
export interface PatientRecords {
  readonly history: History;
  readonly intake: Intake | null;
  readonly medicines: string;
  readonly questions: readonly string[];
  /** Range of motion measured with the person's camera, oldest first. */
  readonly neckRanges: readonly NeckRange[];
  /** Records the server sent that this app's schemas refuse: counted, never shown as data. */
  readonly unreadable: number;
}

/**
 * Groups the server's copy of a patient's records by type, checking each with
 * the core's schemas as a sync pull does; the newest of the single records wins.
 */
export function patientRecords(records: readonly unknown[]): PatientRecords {
  const byType = new Map<string, Live<RecordType>[]>();
  const live: SyncRecord[] = [];
  let unreadable = 0;
  for (const raw of records) {
    const checked = validateRecord(raw);
    if (!checked.ok || checked.value.deleted) {
      if (!checked.ok) unreadable++;
      continue;
    }
    const r = checked.value as SyncRecord & Live<RecordType>;
    live.push(r);
    byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  }
  const of = <T extends RecordType>(type: T): Live<T>[] =>
    ((byType.get(type) ?? []) as Live<T>[]).sort((a, b) => compareHlc(a.updatedAt, b.updatedAt));
  return {
    history: historyOf({
      checkIn: of('checkIn'),
      session: of('session'),
      remedyUse: of('remedyUse'),
      triage: of('triage'),
      psfs: of('psfs'),
      prescription: live.filter((r) => r.type === 'prescription'),
    }),
    intake: (of('intake').at(-1)?.data as Intake | undefined) ?? null,
    medicines: of('medicinesNote').at(-1)?.data.text ?? '',
    questions: of('settings').at(-1)?.data.questions ?? [],
    neckRanges: of('neckRange').map((r) => r.data),
    unreadable,
  };
}

/** The adjust-programme form as typed: text boxes give strings, an empty one means "Crick's default". */
export interface ExerciseDraft {
  readonly exerciseId: string;
  readonly reps: string;
  readonly holdSeconds: string;
  readonly sets: string;
  readonly sides: '' | Sides;
}
export interface ProgrammeDraft {
  readonly exercises: readonly ExerciseDraft[];
  readonly sessionsPerDay: string;
  readonly phase: '' | Phase;
  readonly note: string;
}

const asText = (n: number | undefined): string => (n === undefined ? '' : String(n));

/**
 * The form filled with the programme in force, so the clinician adjusts it
 * rather than starting again; empty when there is none. An exercise the library
 * no longer has is left out (the form could neither show nor send it).
 */
export function programmeDraftOf(
  inForce: Prescription | undefined,
  inLibrary: (exerciseId: string) => boolean,
): ProgrammeDraft {
  return {
    exercises: (inForce?.exercises ?? [])
      .filter((e) => inLibrary(e.exerciseId))
      .map((e) => ({
        exerciseId: e.exerciseId,
        reps: asText(e.reps),
        holdSeconds: asText(e.holdSeconds),
        sets: asText(e.sets),
        sides: e.sides ?? '',
      })),
    sessionsPerDay: asText(inForce?.sessionsPerDay),
    phase: inForce?.phase ?? '',
    note: inForce?.note ?? '',
  };
}

/** The contract's limits (packages/core's prescription schema checks them again, and the server too). */
const LIMITS = {
  reps: [1, 30],
  holdSeconds: [0, 60],
  sets: [1, 5],
  sessionsPerDay: [1, 6],
} as const;
const WORDS = {
  reps: 'Repetitions',
  holdSeconds: 'Hold seconds',
  sets: 'Sets',
  sessionsPerDay: 'Sessions per day',
} as const;

function whole(
  text: string,
  key: keyof typeof LIMITS,
  field: string,
  errors: FieldError[],
  whose = '',
): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  const [low, high] = LIMITS[key];
  if (!Number.isInteger(n) || n < low || n > high) {
    errors.push({ field, message: `${WORDS[key]}${whose}: a whole number from ${low} to ${high}.` });
    return undefined;
  }
  return n;
}

/**
 * The form as the request the server takes, or every error at once, each
 * naming its field (`exercises.0.reps`) in the form's own words.
 */
export function prescriptionRequest(
  draft: ProgrammeDraft,
  nameOf: (exerciseId: string) => string,
): Result<PrescriptionRequest, FieldError[]> {
  const errors: FieldError[] = [];
  if (draft.exercises.length === 0)
    errors.push({ field: 'exercises', message: 'Choose at least one exercise.' });
  if (draft.exercises.length > 20)
    errors.push({ field: 'exercises', message: 'Choose at most 20 exercises.' });
  const exercises = draft.exercises.map((e, i) => {
    const whose = ` for ${nameOf(e.exerciseId)}`;
    const reps = whole(e.reps, 'reps', `exercises[${i}].reps`, errors, whose);
    const holdSeconds = whole(e.holdSeconds, 'holdSeconds', `exercises[${i}].holdSeconds`, errors, whose);
    const sets = whole(e.sets, 'sets', `exercises[${i}].sets`, errors, whose);
    return {
      exerciseId: e.exerciseId,
      ...(reps === undefined ? {} : { reps }),
      ...(holdSeconds === undefined ? {} : { holdSeconds }),
      ...(sets === undefined ? {} : { sets }),
      ...(e.sides === '' ? {} : { sides: e.sides }),
    };
  });
  const sessionsPerDay = whole(draft.sessionsPerDay, 'sessionsPerDay', 'sessionsPerDay', errors);
  const note = draft.note.trim();
  if (note.length > 500)
    errors.push({ field: 'note', message: 'The note to the person: up to 500 characters.' });
  if (errors.length) return err(errors);
  return ok({
    exercises,
    ...(sessionsPerDay === undefined ? {} : { sessionsPerDay }),
    ...(draft.phase === '' ? {} : { phase: draft.phase }),
    ...(note === '' ? {} : { note }),
  });
}
