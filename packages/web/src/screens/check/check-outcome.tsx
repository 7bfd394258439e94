import {
  explain,
  type Facts,
  type FieldName,
  type FiredRule,
  levelAdvice,
  type QuestionAnswer,
  questionFor,
  questionNames,
  questionsToSettle,
  type TriageTrigger,
  type TriageVerdict,
  triageRecordOf,
} from '@crick/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { now } from '../../lib/clock.js';
import { useSettings } from '../../lib/settings.js';
import { getStore, saveRecord } from '../../store/index.js';
import { AdviceLines } from './advice-lines.js';
import { QuestionCard } from './question-card.js';

export type Trigger = TriageTrigger;

/** Returns an error message when the answer is refused, or null. */
export type Settle = (field: FieldName, answer: QuestionAnswer) => string | null;

/** The reasons, each marked when it rests on a "not sure" or a missing answer. */
function Reasons({ fired }: { fired: readonly FiredRule[] }) {
  if (fired.length === 0) return null;
  return (
    <section aria-labelledby="reasons">
      <h2 id="reasons">Why</h2>
      <ul>
        {fired.map((f) => (
          <li key={f.id}>
            {f.reason}
            {f.unsure.length ? (
              <span class="muted"> (you were not sure, so we play safe)</span>
            ) : f.precautionary ? (
              <span class="muted"> (we could not check this, so we play safe)</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A precaution says what could not be checked and why; here the person can answer that one
 * question (once), and the check runs again from it.
 */
function SettlePrecautions({ fields, onSettle }: { fields: readonly FieldName[]; onSettle: Settle }) {
  const [open, setOpen] = useState<FieldName | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (fields.length === 0) return null;
  return (
    <section aria-labelledby="settle">
      <h2 id="settle">Check again with one more answer</h2>
      <p>
        Some reasons above are there only because we could not check them: {questionNames(fields, 'and')}.
        Answer and we check again.
      </p>
      {open ? (
        <QuestionCard
          key={open}
          question={questionFor(open)}
          focusOnShow={true}
          onAnswer={(a) => setError(onSettle(open, a))}
        />
      ) : (
        <div class="btn-stack">
          {fields.map((f) => (
            <button key={f} type="button" class="btn" onClick={() => setOpen(f)}>
              Answer: {questionNames([f], 'and')}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** The check's result: what to do now, and why. Each triage is stored once, when shown. */
export function CheckOutcome({
  verdict,
  facts,
  trigger,
  onRestart,
  settled,
  onSettle,
}: {
  verdict: TriageVerdict;
  facts: Facts;
  trigger: Trigger;
  onRestart: () => void;
  settled: readonly FieldName[];
  onSettle: Settle;
}) {
  const settings = useSettings();
  const [hasIntake, setHasIntake] = useState<boolean | null>(null);
  const [worried, setWorried] = useState<boolean | null>(null);
  // The check decided; the reasons' words come with this screen (its own chunk).
  const outcome = useMemo(() => explain(verdict, facts), [verdict, facts]);
  useEffect(() => {
    saveRecord('triage', triageRecordOf(verdict, facts, new Date(now()).toISOString(), trigger)).catch(
      () => undefined, // No storage: the shell says so; the advice still shows.
    );
    getStore().then(
      async (s) => setHasIntake((await s.latest('intake')) !== undefined),
      () => setHasIntake(false),
    );
  }, [verdict, facts, trigger]);

  const advice = levelAdvice[outcome.level];
  const toSettle = questionsToSettle(outcome, facts).filter((f) => !settled.includes(f));
  const settle = <SettlePrecautions fields={toSettle} onSettle={onSettle} />;
  const next = hasIntake ? '#/today' : '#/intake';

  if (outcome.level === 'emergency') {
    const number = settings?.emergencyNumber ?? '112';
    // Only the reasons for calling now: lower-level ones change nothing about what to do.
    const emergencies = outcome.fired.filter((f) => f.level === 'emergency');
    return (
      <Screen title="Call for help now">
        <a class="btn btn-big btn-danger" href={`tel:${number}`}>
          Call {number}
        </a>
        <AdviceLines outcome={outcome} box="alert" />
        <Reasons fired={emergencies} />
        {emergencies.every((f) => f.precautionary) ? settle : null}
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
        <Reasons fired={outcome.fired} />
        {settle}
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
      {/* worried_serious_cause is asked with the result, never in triage: worry alone is not a red flag. */}
      <section aria-labelledby="worried">
        <h2 id="worried">Are you worried this could be something serious?</h2>
        {worried === null ? (
          <div class="btn-row">
            <button type="button" class="btn" onClick={() => setWorried(true)}>
              Yes
            </button>
            <button type="button" class="btn" onClick={() => setWorried(false)}>
              No
            </button>
          </div>
        ) : worried ? (
          <p>
            That is understandable. Nothing you told us points to a serious cause, and most cricks ease within
            days. A routine appointment with a GP is always fine if you would like to be examined, and check
            again here if anything new appears.
          </p>
        ) : (
          <p>Good. Check again here if anything new appears.</p>
        )}
      </section>
      <a class="btn btn-big btn-primary" href={next}>
        {hasIntake === false ? 'Next: a few questions about your neck' : "See today's plan"}
      </a>
    </Screen>
  );
}
