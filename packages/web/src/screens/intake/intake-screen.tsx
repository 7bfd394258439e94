import { type Equipment, equipmentKinds, type Intake, type Movement, movements } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { ArrowHint, CheckboxGroup } from '../../components/checkbox-group.js';
import { Choice, PainScale } from '../../components/choice.js';
import { MoveIcon, movementLabels } from '../../components/move-icon.js';
import { Screen } from '../../components/screen.js';
import { daysBetween, localDate, now } from '../../lib/clock.js';
import { library } from '../../lib/library.js';
import { navigate } from '../../router.js';
import { getStore, saveRecord } from '../../store/index.js';

const equipmentLabels: Record<Equipment, string> = {
  towel: 'Towel',
  ball: 'Small ball',
  band: 'Exercise band',
  chair: 'Chair',
  wall: 'A wall',
  heat_pack: 'Heat pack or hot-water bottle',
  ice: 'Ice pack or frozen peas',
  pillow: 'Pillow',
};

const daysAgo = (n: number) => localDate(now() - n * 86_400_000);
const starts = [
  { label: 'Today', value: 0 },
  { label: 'Yesterday', value: 1 },
  { label: '2 or 3 days ago', value: 2 },
  { label: 'About a week ago', value: 7 },
];

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/** The short intake that builds the first plan. Only the pain is needed; the rest has calm defaults. */
export default function IntakeScreen() {
  const [startedAgo, setStartedAgo] = useState(0);
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [stuck, setStuck] = useState<Movement[]>([]);
  const [causes, setCauses] = useState<string[]>([]);
  const [strain, setStrain] = useState(false);
  const [minutes, setMinutes] = useState(10);
  const [place, setPlace] = useState<'home' | 'desk' | 'travelling'>('home');
  const [equipment, setEquipment] = useState<Equipment[]>([]);
  const [preference, setPreference] = useState<'cold' | 'heat' | 'either'>('either');
  const [error, setError] = useState<string | null>(null);
  const [existingId, setExistingId] = useState<string | null>(null);
  // A plan needs a stored check: `false` until one is found (an earlier intake had one).
  const [checked, setChecked] = useState<boolean | undefined>(undefined);
  // Begin from what the person already said: an earlier intake (when updating),
  // or else the check's answer to when it started.
  useEffect(() => {
    void getStore().then(async (store) => {
      const previous = await store.latest('intake');
      const triage = await store.latest('triage');
      setChecked(previous !== undefined || triage !== undefined);
      if (previous) {
        const d = previous.data;
        setExistingId(previous.id);
        setStartedAgo(Math.max(0, daysBetween(d.startedOn, localDate())));
        setPain(d.pain);
        setStuck([...(d.stuck ?? [])]);
        setCauses([...(d.causes ?? [])]);
        setStrain(d.strain ?? false);
        setMinutes(d.minutesAvailable ?? 10);
        setPlace(d.place ?? 'home');
        setEquipment([...(d.equipment ?? [])]);
        setPreference(d.preference ?? 'either');
        return;
      }
      const days = triage?.data.facts.onset_days;
      if (typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= 365) setStartedAgo(days);
    });
  }, []);
  const startOptions = starts.some((s) => s.value === startedAgo)
    ? starts
    : [...starts, { label: `${startedAgo} days ago`, value: startedAgo }].sort((a, b) => a.value - b.value);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (pain === undefined) {
      setError('Choose how bad the pain is, from 0 to 10.');
      document.querySelector<HTMLInputElement>('input[name="pain"]')?.focus();
      return;
    }
    const intake: Intake = {
      startedOn: daysAgo(startedAgo),
      pain,
      stuck,
      causes,
      strain,
      minutesAvailable: minutes,
      place,
      equipment,
      preference,
    };
    const store = await getStore();
    // One intake, edited in place, so it syncs as one record.
    const result = existingId ? await store.update(existingId, intake) : await store.put('intake', intake);
    if (!result.ok) {
      setError(result.error.map((e) => e.message).join('; '));
      return;
    }
    // The pain just given is also today's check-in, so Today and the session do not ask again.
    await saveRecord('checkIn', {
      date: localDate(),
      at: new Date(now()).toISOString(),
      pain,
      source: 'intake',
    });
    navigate('/today');
  };

  if (checked === false) {
    return (
      <Screen
        title="First, the check"
        lead="Before any exercises, a few questions make sure this is not something that needs a doctor first."
      >
        <a class="btn btn-big btn-primary" href="#/check?trigger=first">
          Start: is this dangerous?
        </a>
      </Screen>
    );
  }
  if (checked === undefined) return <Screen title="About your neck" />;
  return (
    <Screen
      title="About your neck"
      lead="A few taps, and we make today's plan. Only the pain score is needed."
    >
      <form onSubmit={submit} noValidate>
        <PainScale name="pain" legend="How bad is the pain right now?" value={pain} onChange={setPain} />
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <fieldset>
          <legend>When did it start?</legend>
          <div class="choices">
            {startOptions.map((s) => (
              <Choice
                key={s.value}
                type="radio"
                name="started"
                value={String(s.value)}
                checked={startedAgo === s.value}
                onChange={() => setStartedAgo(s.value)}
              >
                {s.label}
              </Choice>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>
            Which movements are stuck or hurt?
            <ArrowHint />
          </legend>
          <CheckboxGroup class="move-grid">
            {movements.map((m) => (
              <Choice
                key={m}
                type="checkbox"
                name="stuck"
                value={m}
                checked={stuck.includes(m)}
                onChange={(on) => setStuck(toggle(stuck, m, on))}
              >
                <MoveIcon movement={m} />
                {movementLabels[m]}
              </Choice>
            ))}
          </CheckboxGroup>
        </fieldset>
        <fieldset>
          <legend>Did it start with a sudden movement or strain in the last two days?</legend>
          <div class="choices">
            <Choice type="radio" name="strain" value="yes" checked={strain} onChange={() => setStrain(true)}>
              Yes
            </Choice>
            <Choice type="radio" name="strain" value="no" checked={!strain} onChange={() => setStrain(false)}>
              No
            </Choice>
          </div>
        </fieldset>
        {library.causes.length > 0 ? (
          <fieldset>
            <legend>
              What might have set it off? Pick any that fit.
              <ArrowHint />
            </legend>
            <CheckboxGroup class="choices">
              {library.causes.map((c) => (
                <Choice
                  key={c.id}
                  type="checkbox"
                  name="causes"
                  value={c.id}
                  checked={causes.includes(c.id)}
                  onChange={(on) => setCauses(toggle(causes, c.id, on))}
                >
                  {c.name}
                </Choice>
              ))}
            </CheckboxGroup>
          </fieldset>
        ) : null}
        <fieldset>
          <legend>How much time do you have for exercises today?</legend>
          <div class="choices">
            {[5, 10, 15, 20].map((m) => (
              <Choice
                key={m}
                type="radio"
                name="minutes"
                value={String(m)}
                checked={minutes === m}
                onChange={() => setMinutes(m)}
              >
                {m} minutes
              </Choice>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Where are you today?</legend>
          <div class="choices">
            {(['home', 'desk', 'travelling'] as const).map((p) => (
              <Choice
                key={p}
                type="radio"
                name="place"
                value={p}
                checked={place === p}
                onChange={() => setPlace(p)}
              >
                {p === 'home' ? 'At home' : p === 'desk' ? 'At a desk' : 'Travelling'}
              </Choice>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>
            What do you have to hand?
            <ArrowHint />
          </legend>
          <CheckboxGroup class="choices">
            {equipmentKinds.map((k) => (
              <Choice
                key={k}
                type="checkbox"
                name="equipment"
                value={k}
                checked={equipment.includes(k)}
                onChange={(on) => setEquipment(toggle(equipment, k, on))}
              >
                {equipmentLabels[k]}
              </Choice>
            ))}
          </CheckboxGroup>
        </fieldset>
        <fieldset>
          <legend>Cold or heat?</legend>
          <p class="small muted">
            Both help about the same. Cold often suits the first two days after a strain; heat suits a tight,
            spasming muscle.
          </p>
          <div class="choices">
            {(['either', 'cold', 'heat'] as const).map((p) => (
              <Choice
                key={p}
                type="radio"
                name="preference"
                value={p}
                checked={preference === p}
                onChange={() => setPreference(p)}
              >
                {p === 'either' ? 'Either' : p === 'cold' ? 'Cold' : 'Heat'}
              </Choice>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="btn btn-big btn-primary">
          Make my plan
        </button>
      </form>
    </Screen>
  );
}
