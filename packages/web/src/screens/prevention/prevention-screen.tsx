import type { Cause, Habit } from '@crick/core';
import { useState } from 'preact/hooks';
import { Choice } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { localDate, now } from '../../lib/clock.js';
import { remindersToIcs } from '../../lib/ics.js';
import { habitOf, library } from '../../lib/library.js';
import { usePlanView } from '../../lib/plan.js';
import { useSettings } from '../../lib/settings.js';
import { getStore, useLatest } from '../../store/index.js';
import { SourceLine } from '../learn/learn-screen.js';
import { BreakTimer } from './break-timer.js';
import { Ergonomics } from './ergonomics.js';
import './prevention.css';
import { remindersFor } from './reminders.js';

const microBreaks = habitOf('micro-breaks');
const defaultEvery = microBreaks?.reminder?.kind === 'interval' ? microBreaks.reminder.everyMinutes : 30;

/** Prevention: the causes that apply and their habits, a break timer, a set-up checklist, calendar reminders. */
export default function PreventionScreen() {
  const view = usePlanView();
  const settings = useLatest('settings');
  const resolved = useSettings();
  if (view === undefined || settings === undefined || resolved === undefined)
    return <Screen title="Stop it coming back" />;
  const causes = new Set(view.intake?.data.causes ?? []);
  const applying = library.causes.filter((c) => causes.has(c.id));
  const habits = [...new Set(applying.flatMap((c) => c.habits))].map(habitOf).filter((h) => h !== undefined);
  const everyMinutes = settings?.data.breakEveryMinutes ?? defaultEvery;

  async function toggleCause(id: string, on: boolean) {
    const intake = view?.intake;
    if (!intake) return;
    const next = on ? [...causes, id] : [...causes].filter((c) => c !== id);
    await (await getStore()).update(intake.id, { ...intake.data, causes: next });
  }

  return (
    <Screen title="Stop it coming back" lead="What sets your neck off, and small habits that answer it.">
      <section class="card" aria-labelledby="causes-title">
        <h2 id="causes-title">What applies to you?</h2>
        {view.intake ? (
          <div class="checklist">
            {library.causes.map((c) => (
              <Choice
                key={c.id}
                type="checkbox"
                name="cause"
                value={c.id}
                checked={causes.has(c.id)}
                onChange={(on) => void toggleCause(c.id, on)}
              >
                {c.question}
              </Choice>
            ))}
          </div>
        ) : (
          <p>
            <a href="#/intake">Answer a few questions about your neck</a> first, then choose what applies.
          </p>
        )}
      </section>
      {applying.length > 0 ? (
        <section aria-labelledby="habits-title">
          <h2 id="habits-title">Your habits</h2>
          {applying.map((c) => (
            <CauseCard key={c.id} cause={c} />
          ))}
        </section>
      ) : null}
      <BreakTimer everyMinutes={everyMinutes} />
      <Ergonomics />
      <CalendarExport
        habits={habits.length ? habits : microBreaks ? [microBreaks] : []}
        everyMinutes={everyMinutes}
        checkInTimes={resolved.reminderTimes}
      />
    </Screen>
  );
}

function CauseCard({ cause }: { cause: Cause }) {
  return (
    <article class="card">
      <h3>{cause.name}</h3>
      <p class="small">{cause.explanation}</p>
      <SourceLine ids={cause.sources} />
      {cause.habits
        .map(habitOf)
        .filter((h) => h !== undefined)
        .map((h) => (
          <details key={h.id}>
            <summary>{h.name}</summary>
            <p class="small">{h.why}</p>
            <ul class="steps">
              {h.how.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <SourceLine ids={h.sources} />
          </details>
        ))}
    </article>
  );
}

function CalendarExport({
  habits,
  everyMinutes,
  checkInTimes,
}: {
  habits: readonly Habit[];
  everyMinutes: number;
  checkInTimes: readonly string[];
}) {
  const [from, setFrom] = useState('09:00');
  const [until, setUntil] = useState('17:30');
  const [status, setStatus] = useState('');
  const reminders = remindersFor(habits, { everyMinutes, from, until, checkInTimes });

  function download() {
    if (from >= until) return setStatus('The end of the working day must be after its start.');
    const file = remindersToIcs(reminders, { startDate: localDate(), now: new Date(now()) });
    if (!file.ok)
      return setStatus(`The calendar file could not be made: ${file.error.field} ${file.error.message}.`);
    const url = URL.createObjectURL(new Blob([file.value], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'crick-reminders.ics';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Saved crick-reminders.ics. Open it to add the reminders to your calendar.');
  }

  return (
    <section class="card" aria-labelledby="ics-title">
      <h2 id="ics-title">Reminders in your calendar</h2>
      <p class="small">
        A calendar file with {reminders.length} reminder{reminders.length === 1 ? '' : 's'}:{' '}
        {reminders.map((r) => r.label).join(', ')}. Any calendar app can open it.
      </p>
      <div class="two-up">
        <p>
          <label for="work-from">Work starts</label>
          <input id="work-from" type="time" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </p>
        <p>
          <label for="work-until">Work ends</label>
          <input id="work-until" type="time" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
        </p>
      </div>
      <button type="button" class="btn btn-big" onClick={download} disabled={reminders.length === 0}>
        Download calendar reminders
      </button>
      <p role="status" class="small">
        {status}
      </p>
    </section>
  );
}
