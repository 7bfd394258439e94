import {
  answerQuestion,
  type CheckState,
  type FieldName,
  levelAdvice,
  nextQuestion,
  type Question,
  type QuestionAnswer,
  reanswer,
  startCheck,
  type TriageVerdict,
  triageTriggers,
} from '@crick/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { takeHandoff } from '../../lib/check-handoff.js';
import type { ScreenProps } from '../../routes.js';
import { AdviceLines } from './advice-lines.js';
import type { Trigger } from './check-outcome.js';
import { QuestionCard } from './question-card.js';

type OutcomeScreen = typeof import('./check-outcome.js').CheckOutcome;
let outcomeScreen: Promise<OutcomeScreen> | undefined;
/**
 * The result screen is a chunk of its own: the first screen (this check's first question)
 * does not show it. It is fetched as soon as a check opens, long before the last answer.
 */
function useOutcomeScreen(): OutcomeScreen | 'failed' | null {
  const [screen, setScreen] = useState<OutcomeScreen | 'failed' | null>(null);
  useEffect(() => {
    outcomeScreen ??= import('./check-outcome.js').then((m) => m.CheckOutcome);
    outcomeScreen.then(
      (c) => setScreen(() => c),
      () => {
        outcomeScreen = undefined; // The next check tries again.
        setScreen('failed');
      },
    );
  }, []);
  return screen;
}

/**
 * What to do now, from the core's words alone, should the result screen not have loaded
 * yet (or not load at all, offline on a first visit): the advice never waits for a chunk.
 */
function OutcomeWithoutScreen({ outcome, failed }: { outcome: TriageVerdict; failed: boolean }) {
  const advice = levelAdvice[outcome.level];
  return (
    <Screen title={advice.title}>
      <AdviceLines outcome={outcome} box={outcome.level === 'self_care' ? 'notice' : 'alert'} />
      {failed ? (
        <p class="small muted">The rest of the result could not load. Check your connection.</p>
      ) : null}
    </Screen>
  );
}

/** The "is this dangerous?" check: one question per screen, emergency signs first. */
export default function CheckScreen({ route }: ScreenProps) {
  // A new check starts whenever the address changes (e.g. reopened from a session's stop).
  const startKey = route.params.toString();
  // The address is the identity of a check, so it alone restarts it.
  const start = useMemo(() => {
    const handed = route.params.has('handoff') ? takeHandoff() : null;
    const given = route.params.get('trigger') as Trigger | null;
    const trigger: Trigger =
      handed?.trigger ?? (given && (triageTriggers as readonly string[]).includes(given) ? given : 'manual');
    return { trigger, state: startCheck(handed?.prefill ?? {}) };
  }, [startKey]);
  const { trigger } = start;
  const CheckOutcome = useOutcomeScreen();
  const [history, setHistory] = useState<{ key: string; states: CheckState[] }>(() => ({
    key: startKey,
    states: [start.state],
  }));
  const states = history.key === startKey ? history.states : [start.state];
  const state = states[states.length - 1] as CheckState;
  const step = useMemo(() => nextQuestion(state), [state]);
  const [error, setError] = useState<string | null>(null);

  const answer = (question: Question, value: QuestionAnswer) => {
    const result = answerQuestion(state, question.id, value);
    if (!result.ok) {
      setError(result.error.map((e) => e.message).join('; '));
      return;
    }
    setError(null);
    setHistory({ key: startKey, states: [...states, result.value] });
  };
  // A precaution's question answered on the result screen: the check runs on from there, once per field.
  const [settled, setSettled] = useState<readonly FieldName[]>([]);
  const settle = (field: FieldName, value: QuestionAnswer) => {
    const result = reanswer(state, field, value);
    if (!result.ok) return result.error.map((e) => e.message).join('; ');
    setSettled([...settled, field]);
    setHistory({ key: startKey, states: [...states, result.value] });
    return null;
  };
  const back = () => setHistory({ key: startKey, states: states.slice(0, -1) });
  const restart = () => {
    setSettled([]);
    setHistory({ key: startKey, states: [start.state] });
  };

  if (step.done) {
    if (CheckOutcome === null || CheckOutcome === 'failed')
      return <OutcomeWithoutScreen outcome={step.outcome} failed={CheckOutcome === 'failed'} />;
    return (
      <CheckOutcome
        verdict={step.outcome}
        facts={state.facts}
        trigger={trigger}
        onRestart={restart}
        settled={settled}
        onSettle={settle}
      />
    );
  }
  const total = step.asked + step.remaining;
  const shown = states.length;
  return (
    <Screen title="Is this dangerous?">
      <p class="muted small" id="check-progress">
        Question {shown}, about {Math.max(0, step.remaining - 1)} more at most
      </p>
      <div
        class="progress"
        role="progressbar"
        aria-labelledby="check-progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={step.asked}
      >
        <span
          ref={(el) => {
            // Set from script, not a style attribute: the CSP forbids inline styles.
            if (el) el.style.width = `${Math.round((100 * step.asked) / Math.max(1, total))}%`;
          }}
        />
      </div>
      <QuestionCard
        key={step.question.id}
        question={step.question}
        onAnswer={(a) => answer(step.question, a)}
        focusOnShow={states.length > 1}
      />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {states.length > 1 ? (
        <button type="button" class="link-btn" onClick={back}>
          Back to the last question
        </button>
      ) : null}
      <p class="small muted">
        If you feel very unwell now, call the emergency number. Do not wait for the questions.
      </p>
    </Screen>
  );
}
