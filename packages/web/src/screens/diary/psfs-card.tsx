import { compareText, type Psfs, psfsChange, psfsScore } from '@crick/core';
import { useState } from 'preact/hooks';
import { Choice } from '../../components/choice.js';
import { daysBetween } from '../../lib/clock.js';
import { saveRecord } from '../../store/index.js';

const suggestions = [
  'Looking over my shoulder',
  'Driving',
  'Working at a screen',
  'Sleeping',
  'Reading',
  'Lifting or carrying',
  'Sport or exercise',
  'Looking up',
];

/**
 * The weekly Patient-Specific Functional Scale: the person picks 3 to 5
 * activities once, then scores each 0 (cannot) to 10 (as before) every week.
 */
export function PsfsCard({ all, today }: { all: readonly Psfs[]; today: string }) {
  const sorted = [...all].sort((a, b) => compareText(a.date, b.date));
  const first = sorted[0];
  const last = sorted.at(-1);
  const [open, setOpen] = useState(false);
  const due = !last || daysBetween(last.date, today) >= 7;
  const change = psfsChange(sorted);
  return (
    <section class="card" aria-labelledby="psfs-title">
      <h2 id="psfs-title">What your neck lets you do</h2>
      {last && change ? (
        <p>
          Score <strong>{psfsScore(last)} out of 10</strong> on {last.date}.{' '}
          {sorted.length > 1
            ? `First score ${change.first}; change ${change.change > 0 ? '+' : ''}${change.change}.`
            : 'Score again next week to see the change.'}
        </p>
      ) : (
        <p class="small muted">Once a week: pick 3 to 5 things your neck makes hard, and score each.</p>
      )}
      {open ? (
        <PsfsForm
          activities={first?.activities.map((a) => a.name)}
          today={today}
          onDone={() => setOpen(false)}
        />
      ) : (
        <button type="button" class={`btn ${due ? 'btn-primary' : ''}`} onClick={() => setOpen(true)}>
          {first ? (due ? 'Score this week (due)' : 'Score again') : 'Choose activities'}
        </button>
      )}
    </section>
  );
}

function PsfsForm({
  activities,
  today,
  onDone,
}: {
  activities?: string[];
  today: string;
  onDone: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>(activities ?? []);
  const [own, setOwn] = useState('');
  const [scores, setScores] = useState<Record<string, number>>({});
  const [error, setError] = useState('');
  const picking = !activities;

  async function save(event: Event) {
    event.preventDefault();
    if (chosen.length < 3 || chosen.length > 5) return setError('Choose 3 to 5 activities.');
    const missing = chosen.find((c) => scores[c] === undefined);
    if (missing) return setError(`Give a score for "${missing}".`);
    await saveRecord('psfs', {
      date: today,
      activities: chosen.map((name) => ({ name, score: scores[name] ?? 0 })),
    });
    onDone();
  }

  return (
    <form onSubmit={save} noValidate>
      {picking ? (
        <fieldset>
          <legend>Things your neck makes hard (3 to 5)</legend>
          <div class="choices">
            {[...new Set([...suggestions, ...chosen])].map((s) => (
              <Choice
                key={s}
                type="checkbox"
                name="psfs-activity"
                value={s}
                checked={chosen.includes(s)}
                onChange={(on) => setChosen((c) => (on ? [...c, s] : c.filter((x) => x !== s)))}
              >
                {s}
              </Choice>
            ))}
          </div>
          <label for="psfs-own">Or add your own</label>
          <div class="inline-add">
            <input
              id="psfs-own"
              type="text"
              maxLength={80}
              value={own}
              onInput={(e) => setOwn(e.currentTarget.value)}
            />
            <button
              type="button"
              class="btn"
              onClick={() => {
                const name = own.trim();
                if (name && !chosen.includes(name) && chosen.length < 5) setChosen((c) => [...c, name]);
                setOwn('');
              }}
            >
              Add
            </button>
          </div>
        </fieldset>
      ) : null}
      {chosen.length > 0 ? (
        <fieldset>
          <legend>How well can you do each now? 0 is cannot, 10 is as before.</legend>
          {chosen.map((name, i) => (
            <p key={name}>
              <label for={`psfs-score-${i}`}>{name}</label>
              <select
                id={`psfs-score-${i}`}
                value={scores[name] === undefined ? '' : String(scores[name])}
                onChange={(e) => setScores((s) => ({ ...s, [name]: Number(e.currentTarget.value) }))}
              >
                <option value="" disabled>
                  Choose 0 to 10
                </option>
                {Array.from({ length: 11 }, (_, n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            </p>
          ))}
        </fieldset>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="btn btn-primary">
        Save scores
      </button>
    </form>
  );
}
