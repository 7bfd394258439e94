import {
  type SessionLog,
  type SessionOutcome,
  type StopSymptom,
  sessionOutcome,
  stopSymptomLabels,
} from '@crick/core';
import { Choice, PainScale } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';

/** The screens around a running session: why it stopped, how it went, what was saved. */

export function StopChoices({
  offered,
  onChoose,
  onCarryOn,
}: {
  offered: readonly StopSymptom[];
  onChoose: (symptom: StopSymptom | undefined) => void;
  onCarryOn: () => void;
}) {
  return (
    <Screen title="Why did you stop?" lead="Tell us, so we can keep you safe.">
      <div class="btn-stack">
        {offered.map((s) => (
          <button key={s} type="button" class="btn btn-big" onClick={() => onChoose(s)}>
            {stopSymptomLabels[s]}
          </button>
        ))}
        <button type="button" class="btn btn-big" onClick={() => onChoose(undefined)}>
          Nothing wrong: I just want to stop
        </button>
        <button type="button" class="btn btn-big btn-primary" onClick={onCarryOn}>
          Carry on with the session
        </button>
      </div>
    </Screen>
  );
}

const outcomeTitles: Record<SessionOutcome, string> = {
  finished: 'Session done',
  partly: 'Session partly done',
  skipped: 'Session skipped',
  stopped: 'Session stopped',
};

export function AfterForm({
  outcome,
  stopped,
  painAfter,
  onPain,
  effort,
  onEffort,
  onSubmit,
}: {
  outcome: SessionOutcome;
  stopped: boolean;
  painAfter: number | undefined;
  onPain: (pain: number) => void;
  effort: SessionLog['effort'];
  onEffort: (effort: SessionLog['effort']) => void;
  onSubmit: (event: Event) => void;
}) {
  return (
    <Screen title={outcomeTitles[outcome]}>
      {stopped ? (
        <div class="notice notice-warn" role="status">
          <p>
            Leave that exercise for today. Rest in a comfortable position, and use heat or cold if it helps.
            If the pain stays much worse or anything new appears,{' '}
            <a href="#/check?trigger=new_symptom">do the check again</a>.
          </p>
        </div>
      ) : null}
      <form onSubmit={onSubmit}>
        <PainScale name="pain-after" legend="Pain now" value={painAfter} onChange={onPain} />
        <fieldset>
          <legend>How did it feel?</legend>
          <div class="choices">
            {(['easy', 'ok', 'hard'] as const).map((v) => (
              <Choice
                key={v}
                type="radio"
                name="effort"
                value={v}
                checked={effort === v}
                onChange={() => onEffort(v)}
              >
                {v === 'easy' ? 'Easy' : v === 'ok' ? 'About right' : 'Hard'}
              </Choice>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="btn btn-big btn-primary">
          Save and finish
        </button>
      </form>
    </Screen>
  );
}

export function SessionSummary({ saved }: { saved: SessionLog }) {
  const change =
    saved.painBefore !== undefined && saved.painAfter !== undefined
      ? saved.painAfter - saved.painBefore
      : undefined;
  return (
    <Screen title="Saved">
      <div class="card" role="status">
        <p>{outcomeWords(saved)}</p>
        {change !== undefined ? (
          <p>
            Pain {saved.painBefore} before, {saved.painAfter} after
            {change < 0 ? ': easier.' : change > 0 ? ': a little worse. Go gently next time.' : ': the same.'}
          </p>
        ) : null}
        <p>Tomorrow's plan takes this into account.</p>
      </div>
      <a class="btn btn-big btn-primary" href="#/today">
        Back to Today
      </a>
    </Screen>
  );
}

/** The end screen's count, in words that match what the diary and the report will count. */
export function outcomeWords(saved: SessionLog): string {
  const total = saved.exerciseIds.length;
  const skipped = new Set(saved.skippedIds ?? []).size;
  const minutes = `${saved.minutes ?? 0} minutes`;
  switch (sessionOutcome(saved)) {
    case 'finished':
      return `You did the whole session: ${minutes}.`;
    case 'partly':
      return `You did ${total - skipped} of ${total} exercises (${skipped} skipped): ${minutes}. Saved as partly done.`;
    case 'skipped':
      return `You skipped all ${total} exercises, so this is saved as skipped, not as a session done.`;
    case 'stopped':
      return `You stopped after ${minutes}. Saved as stopped early.`;
  }
}
