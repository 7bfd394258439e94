import type { FieldError, Prescription } from '@crick/core';
import { useState } from 'preact/hooks';
import { exerciseOf, library } from '../../lib/library.js';
import { ApiError } from '../../sync/api.js';
import { clinicianApi } from '../../sync/clinic-api.js';
import {
  type ExerciseDraft,
  type ProgrammeDraft,
  prescriptionRequest,
  programmeDraftOf,
} from './patient-data.js';

const phaseWords = {
  '': 'Let Crick choose, as it does now',
  settle: 'Settle',
  loosen: 'Loosen',
  strengthen: 'Strengthen',
  prevent: 'Prevent',
} as const;
const sideWords = {
  '': 'As the exercise says',
  both: 'Both sides',
  left: 'Left only',
  right: 'Right only',
} as const;
const nameOf = (id: string) => exerciseOf(id)?.name ?? id;
const blank = (exerciseId: string): ExerciseDraft => ({
  exerciseId,
  reps: '',
  holdSeconds: '',
  sets: '',
  sides: '',
});

/**
 * "Adjust the programme": choose exercises from the library with their dosage,
 * sessions per day, hold or advance the phase, and a note to the person. Crick's
 * safety rules still come first on the person's device; their Today says so.
 * It starts from the programme in force, if there is one.
 */
export function AdjustProgramme({
  id,
  inForce,
  act,
}: {
  id: string;
  inForce: Prescription | undefined;
  act: (what: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const [draft, setDraft] = useState<ProgrammeDraft>(() =>
    programmeDraftOf(inForce, (exerciseId) => exerciseOf(exerciseId) !== undefined),
  );
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const chosen = new Map(draft.exercises.map((e, i) => [e.exerciseId, i]));
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const toggle = (exerciseId: string, on: boolean) =>
    setDraft({
      ...draft,
      exercises: on
        ? [...draft.exercises, blank(exerciseId)]
        : draft.exercises.filter((e) => e.exerciseId !== exerciseId),
    });
  const edit = (i: number, patch: Partial<ExerciseDraft>) =>
    setDraft({ ...draft, exercises: draft.exercises.map((e, j) => (j === i ? { ...e, ...patch } : e)) });

  async function submit(event: Event) {
    event.preventDefault();
    const request = prescriptionRequest(draft, nameOf);
    if (!request.ok) return setErrors(request.error);
    setErrors([]);
    await act(async () => {
      try {
        await clinicianApi.prescribe(id, request.value);
      } catch (e) {
        // The server names the field it refused; show it by the form too.
        if (e instanceof ApiError && e.field) setErrors([{ field: e.field, message: e.message }]);
        throw e;
      }
    }, 'Saved the programme. The person gets it when their app next syncs.');
  }

  const numberBox = (i: number, key: 'reps' | 'holdSeconds' | 'sets', label: string) => {
    const field = `exercises[${i}].${key}`;
    const inputId = `rx-${i}-${key}`;
    return (
      <p>
        <label for={inputId}>{label}</label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          value={draft.exercises[i]?.[key] ?? ''}
          aria-invalid={errorOf(field) !== undefined}
          aria-describedby={errorOf(field) ? 'rx-errors' : undefined}
          onInput={(e) => edit(i, { [key]: e.currentTarget.value })}
        />
      </p>
    );
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="adjust-title">
      <h2 id="adjust-title">Adjust the programme</h2>
      <p class="small">
        Empty boxes keep Crick's own dosage. Crick's safety rules still come first: after an urgent check, a
        warning sign or high pain it sets this aside, and tells the person why.
      </p>
      <fieldset>
        <legend>Exercises</legend>
        {library.exercises.map((ex) => {
          const i = chosen.get(ex.id);
          return (
            <div key={ex.id} class="rx-exercise">
              <label class="choice">
                <input
                  type="checkbox"
                  checked={i !== undefined}
                  onChange={(e) => toggle(ex.id, e.currentTarget.checked)}
                />
                <span>{ex.name}</span>
              </label>
              {i !== undefined ? (
                <fieldset class="rx-dosage">
                  <legend class="visually-hidden">Dosage for {ex.name}</legend>
                  {numberBox(i, 'reps', `Repetitions (1 to 30), ${ex.name}`)}
                  {numberBox(i, 'holdSeconds', `Hold seconds (0 to 60), ${ex.name}`)}
                  {numberBox(i, 'sets', `Sets (1 to 5), ${ex.name}`)}
                  <p>
                    <label for={`rx-${i}-sides`}>Sides, {ex.name}</label>
                    <select
                      id={`rx-${i}-sides`}
                      value={draft.exercises[i]?.sides ?? ''}
                      onChange={(e) => edit(i, { sides: e.currentTarget.value as ExerciseDraft['sides'] })}
                    >
                      {Object.entries(sideWords).map(([v, w]) => (
                        <option key={v} value={v}>
                          {w}
                        </option>
                      ))}
                    </select>
                  </p>
                </fieldset>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <p>
        <label for="rx-sessions">Sessions per day (1 to 6; empty: Crick chooses)</label>
        <input
          id="rx-sessions"
          type="number"
          inputMode="numeric"
          value={draft.sessionsPerDay}
          aria-invalid={errorOf('sessionsPerDay') !== undefined}
          onInput={(e) => setDraft({ ...draft, sessionsPerDay: e.currentTarget.value })}
        />
      </p>
      <p>
        <label for="rx-phase">Phase</label>
        <select
          id="rx-phase"
          value={draft.phase}
          onChange={(e) => setDraft({ ...draft, phase: e.currentTarget.value as ProgrammeDraft['phase'] })}
        >
          {Object.entries(phaseWords).map(([v, w]) => (
            <option key={v} value={v}>
              {w}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="rx-note">A note to the person (they see it on Today)</label>
        <textarea
          id="rx-note"
          rows={3}
          maxLength={500}
          value={draft.note}
          aria-invalid={errorOf('note') !== undefined}
          onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
        />
      </p>
      {errors.length ? (
        <ul id="rx-errors" class="error" role="alert">
          {errors.map((e) => (
            <li key={e.field + e.message}>{e.message}</li>
          ))}
        </ul>
      ) : null}
      <button type="submit" class="btn btn-primary">
        Save the programme
      </button>
    </form>
  );
}
