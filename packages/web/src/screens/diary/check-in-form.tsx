import type { CheckIn, Plan } from '@crick/core';
import { useState } from 'preact/hooks';
import { Choice, PainScale } from '../../components/choice.js';
import { localTime } from '../../lib/clock.js';
import { exerciseOf, library } from '../../lib/library.js';
import { nowIso } from '../../lib/plan.js';
import { saveRecord } from '../../store/index.js';

const stiffnessLevels = [
  { value: 0, label: 'None' },
  { value: 3, label: 'A little' },
  { value: 6, label: 'Quite stiff' },
  { value: 9, label: 'Very stiff' },
] as const;
const sleepLevels = [
  { value: 'poor', label: 'Poor' },
  { value: 'ok', label: 'OK' },
  { value: 'good', label: 'Good' },
] as const;

/** What may have helped: today's exercises, then the remedies. Ids are stored, names shown. */
export function helpedOptions(plan: Plan | null): { id: string; label: string }[] {
  const exercises = [...new Set(plan?.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)) ?? [])]
    .map((id) => ({ id, label: exerciseOf(id)?.name ?? id }))
    .slice(0, 6);
  const remedies = library.remedies.map((r) => ({ id: r.id, label: r.name }));
  return [...exercises, ...remedies];
}

/** The daily check-in: one tap for pain, two optional, then save. Several a day are fine. */
export function CheckInForm({ plan, today }: { plan: Plan | null; today: string }) {
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [stiffness, setStiffness] = useState<number | undefined>(undefined);
  const [sleep, setSleep] = useState<CheckIn['sleep']>(undefined);
  const [helped, setHelped] = useState<string[]>([]);
  const [newSymptom, setNewSymptom] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  // A flare re-asks the safety questions before the next session (the plan holds exercise until then).
  const flare = plan?.notices.find((n) => n.kind === 'recheck_flare');

  async function save(event: Event) {
    event.preventDefault();
    if (pain === undefined) {
      setError('Choose your pain from 0 to 10 first.');
      (document.querySelector('input[name="diary-pain"]') as HTMLInputElement | null)?.focus();
      return;
    }
    setError('');
    await saveRecord('checkIn', {
      date: today,
      at: nowIso(),
      pain,
      ...(stiffness === undefined ? {} : { stiffness }),
      ...(sleep === undefined ? {} : { sleep }),
      ...(helped.length ? { helped } : {}),
      ...(newSymptom ? { newSymptom } : {}),
    });
    setPain(undefined);
    setStiffness(undefined);
    setSleep(undefined);
    setHelped([]);
    setNewSymptom(false);
    setStatus(`Saved at ${localTime()}. You can add another any time.`);
  }

  return (
    <form class="card" aria-labelledby="checkin-title" onSubmit={save} noValidate>
      <h2 id="checkin-title">How is it now?</h2>
      <PainScale name="diary-pain" legend="Pain now" value={pain} onChange={setPain} />
      <fieldset>
        <legend>Stiffness</legend>
        <div class="choices">
          {stiffnessLevels.map((s) => (
            <Choice
              key={s.value}
              type="radio"
              name="diary-stiffness"
              value={String(s.value)}
              checked={stiffness === s.value}
              onChange={() => setStiffness(s.value)}
            >
              {s.label}
            </Choice>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Last night's sleep</legend>
        <div class="choices">
          {sleepLevels.map((s) => (
            <Choice
              key={s.value}
              type="radio"
              name="diary-sleep"
              value={s.value}
              checked={sleep === s.value}
              onChange={() => setSleep(s.value)}
            >
              {s.label}
            </Choice>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>What helped?</legend>
        <div class="choices">
          {helpedOptions(plan).map((o) => (
            <Choice
              key={o.id}
              type="checkbox"
              name="diary-helped"
              value={o.id}
              checked={helped.includes(o.id)}
              onChange={(on) => setHelped((h) => (on ? [...h, o.id] : h.filter((x) => x !== o.id)))}
            >
              {o.label}
            </Choice>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Anything new?</legend>
        <Choice
          type="checkbox"
          name="diary-new-symptom"
          value="yes"
          checked={newSymptom}
          onChange={setNewSymptom}
        >
          Something I did not have before (tingling, weakness, a new headache, dizziness...)
        </Choice>
      </fieldset>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="btn btn-big btn-primary">
        Save check-in
      </button>
      <p role="status" class="small">
        {status}
      </p>
      {flare ? (
        <div class="notice-stop" role="alert">
          <p>{flare.message}</p>
          <a class="btn btn-primary" href="#/check?trigger=flare">
            Do the check now
          </a>
        </div>
      ) : null}
    </form>
  );
}
