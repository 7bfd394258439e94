import type { Question, QuestionAnswer } from '@crick/core';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * One question of the check. After an answer the next one takes the focus (its heading), so
 * keyboard and screen-reader users land on the new question rather than on nothing.
 */
export function QuestionCard({
  question,
  onAnswer,
  focusOnShow,
}: {
  question: Question;
  onAnswer: (a: QuestionAnswer) => void;
  focusOnShow: boolean;
}) {
  const [number, setNumber] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  return (
    <section class="card" aria-labelledby="question-text">
      <h2 id="question-text" tabIndex={-1} ref={heading}>
        {question.text}
      </h2>
      {question.hint ? <p class="muted">{question.hint}</p> : null}
      {question.kind === 'group' && question.items ? (
        <ul>
          {question.items.map((item) => (
            <li key={item.field}>{item.label}</li>
          ))}
        </ul>
      ) : null}
      {question.kind === 'yesno' || question.kind === 'group' ? (
        <div class="btn-stack">
          <button type="button" class="btn btn-big" onClick={() => onAnswer('yes')}>
            Yes
          </button>
          <button type="button" class="btn btn-big" onClick={() => onAnswer('no')}>
            No
          </button>
          <button type="button" class="btn btn-big" onClick={() => onAnswer('unsure')}>
            Not sure
          </button>
        </div>
      ) : null}
      {question.kind === 'choice' ? (
        <div class="btn-stack">
          {question.options?.map((o) => (
            <button
              key={o.value}
              type="button"
              class="btn btn-big"
              onClick={() => onAnswer({ choice: o.value })}
            >
              {o.label}
            </button>
          ))}
          <button type="button" class="btn btn-big" onClick={() => onAnswer('unsure')}>
            Not sure
          </button>
        </div>
      ) : null}
      {question.kind === 'number' && question.fields[0] === 'onset_days' ? (
        <div class="btn-stack">
          {['Today', 'Yesterday', '2 days ago', '3 days ago'].map((label, days) => (
            <button key={label} type="button" class="btn btn-big" onClick={() => onAnswer({ number: days })}>
              {label}
            </button>
          ))}
          <p class="muted small">Longer ago? Type the number of days.</p>
        </div>
      ) : null}
      {question.kind === 'number' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onAnswer({ number: Number(number) });
          }}
        >
          <label for="number-answer">
            {question.unit ? `Your answer, in ${question.unit}` : 'Your answer'}
          </label>
          <input
            id="number-answer"
            type="number"
            inputMode="numeric"
            min={question.min}
            max={question.max}
            required
            value={number}
            onInput={(e) => setNumber((e.target as HTMLInputElement).value)}
          />
          <div class="btn-stack">
            <button type="submit" class="btn btn-big btn-primary">
              Next
            </button>
            <button type="button" class="btn btn-big" onClick={() => onAnswer('unsure')}>
              Rather not say
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
