import { type Facts, levelAdvice, type TriageOutcome } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { now } from '../../lib/clock.js';
import { useSettings } from '../../lib/settings.js';
import { getStore, saveRecord } from '../../store/index.js';

export type Trigger = 'first' | 'review' | 'new_symptom' | 'session_stop' | 'manual';

/** The check's result: what to do now, and why. The triage is stored once, when shown. */
export function CheckOutcome({
  outcome,
  facts,
  trigger,
  onRestart,
}: {
  outcome: TriageOutcome;
  facts: Facts;
  trigger: Trigger;
  onRestart: () => void;
}) {
  const settings = useSettings();
  const [hasIntake, setHasIntake] = useState<boolean | null>(null);
  useEffect(() => {
    saveRecord('triage', {
      at: new Date(now()).toISOString(),
      facts,
      level: outcome.level,
      fired: outcome.fired.map((f) => f.id),
      trigger,
    }).catch(() => undefined); // No storage: the shell says so; the advice still shows.
    getStore().then(
      async (s) => setHasIntake((await s.latest('intake')) !== undefined),
      () => setHasIntake(false),
    );
  }, [outcome, facts, trigger]);

  const advice = levelAdvice[outcome.level];
  const reasons = outcome.fired.length ? (
    <section aria-labelledby="reasons">
      <h2 id="reasons">Why</h2>
      <ul>
        {outcome.fired.map((f) => (
          <li key={f.id}>
            {f.reason}
            {f.precautionary ? <span class="muted"> (you were not sure, so we play safe)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  ) : null;
  const next = hasIntake ? '#/today' : '#/intake';

  if (outcome.level === 'emergency') {
    const number = settings?.emergencyNumber ?? '112';
    return (
      <Screen title="Call for help now">
        <a class="btn btn-big btn-danger" href={`tel:${number}`}>
          Call {number}
        </a>
        <div class="alert" role="alert">
          <p>
            <strong>{advice.action}</strong>
          </p>
        </div>
        <p>
          <strong>If this started with a fall, a knock or an accident, keep your head and neck still.</strong>{' '}
          Do not let anyone move you unless you are in danger where you are.
        </p>
        <p>{advice.tell}</p>
        {reasons}
        <p class="small muted">
          Wrong number for where you are? <a href="#/settings">Change the region</a>.
        </p>
        <button type="button" class="link-btn" onClick={onRestart}>
          I pressed the wrong answer: start the check again
        </button>
      </Screen>
    );
  }
  if (outcome.level === 'urgent' || outcome.level === 'soon') {
    return (
      <Screen title={advice.title}>
        <div class={outcome.level === 'urgent' ? 'alert' : 'notice notice-warn'} role="status">
          <p>{advice.action}</p>
        </div>
        <h2>What to tell them</h2>
        <p>{advice.tell}</p>
        {reasons}
        <div class="btn-stack">
          <a class="btn btn-big btn-primary" href={next}>
            {outcome.level === 'soon' ? 'Go on to gentle self-care' : 'Gentle self-care while you wait'}
          </a>
          <button type="button" class="btn" onClick={onRestart}>
            Start the check again
          </button>
        </div>
      </Screen>
    );
  }
  return (
    <Screen title="Good news: no warning signs">
      <div class="notice" role="status">
        <p>{advice.action}</p>
      </div>
      <p>{advice.tell}</p>
      <a class="btn btn-big btn-primary" href={next}>
        {hasIntake === false ? 'Next: a few questions about your neck' : "See today's plan"}
      </a>
    </Screen>
  );
}
