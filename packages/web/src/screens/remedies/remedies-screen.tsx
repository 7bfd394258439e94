import { type Remedy, remedyAvailability } from '@crick/core';
import { Screen } from '../../components/screen.js';
import { localTime } from '../../lib/clock.js';
import { library } from '../../lib/library.js';
import { nowIso } from '../../lib/plan.js';
import { useRecords } from '../../store/index.js';
import { BreathingPacer } from './breathing-pacer.js';

const groups: { kind: Remedy['kind']; title: string }[] = [
  { kind: 'massage', title: 'Massage' },
  { kind: 'rest', title: 'Rest positions' },
  { kind: 'breathing', title: 'Breathing' },
];

/** Cold and heat timers (with when the next is allowed), massage, rest positions and breathing. */
export default function RemediesScreen() {
  const uses = useRecords('remedyUse');
  const timed = library.remedies.filter((r) => (r.kind === 'cold' || r.kind === 'heat') && r.limits);
  return (
    <Screen
      title="Remedies"
      lead="Cold or heat, gentle massage, rest and slow breathing. Use what feels good."
    >
      <h2>Cold and heat</h2>
      {timed.map((r) => {
        const avail =
          uses && r.limits
            ? remedyAvailability({
                kind: r.kind as 'cold' | 'heat',
                uses: uses.map((u) => u.data),
                now: nowIso(),
                limits: r.limits,
              })
            : null;
        return (
          <div class="card" key={r.id}>
            <h3>{r.name}</h3>
            <p>{r.summary}</p>
            <p class="small muted">Best for: {r.bestFor}</p>
            {avail && !avail.allowed ? (
              <p class="small">
                <strong>Next from {localTime(Date.parse(avail.nextAt))}.</strong> {avail.reason}
              </p>
            ) : null}
            <a class="btn btn-primary" href={`#/timer?kind=${r.kind}&remedy=${encodeURIComponent(r.id)}`}>
              Open the {r.kind} timer
            </a>
          </div>
        );
      })}
      {groups.map((g) => {
        const items = library.remedies.filter((r) => r.kind === g.kind);
        if (items.length === 0) return null;
        return (
          <section key={g.kind} aria-labelledby={`group-${g.kind}`}>
            <h2 id={`group-${g.kind}`}>{g.title}</h2>
            {items.map((r) => (
              <RemedyGuide key={r.id} remedy={r} />
            ))}
          </section>
        );
      })}
      <BreathingPacer />
      <p>
        <a href="#/medicines">Medicines: what may suit you</a>
      </p>
    </Screen>
  );
}

function RemedyGuide({ remedy }: { remedy: Remedy }) {
  return (
    <details class="card">
      <summary>
        <strong>{remedy.name}</strong>: {remedy.summary}
      </summary>
      <ol class="steps">
        {remedy.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {remedy.cautions.length ? (
        <>
          <h3>Take care</h3>
          <ul>
            {remedy.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
