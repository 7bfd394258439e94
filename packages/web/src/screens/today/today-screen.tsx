import { type Notice, remedyAvailability } from '@crick/core';
import { useState } from 'preact/hooks';
import { PainScale } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { localTime, now } from '../../lib/clock.js';
import { exerciseOf, habitOf, remedyOf } from '../../lib/library.js';
import { nowIso, usePlanView } from '../../lib/plan.js';
import { saveRecord } from '../../store/index.js';

const phaseNames = {
  settle: 'Settle',
  loosen: 'Loosen',
  strengthen: 'Strengthen',
  prevent: 'Prevent',
} as const;

/** Today: the phase and why, the sessions, remedy times, habits, notices and one big start button. */
export default function TodayScreen() {
  const view = usePlanView();
  if (view === undefined) return <Screen title="Today" />;
  if (!view.plan) {
    return (
      <Screen title="Today" lead="Answer a few questions first, and we will make your plan.">
        <div class="btn-stack">
          <a class="btn btn-big btn-primary" href="#/check?trigger=first">
            Start: is this dangerous?
          </a>
          <a class="btn" href="#/intake">
            I have done the check: make my plan
          </a>
        </div>
      </Screen>
    );
  }
  const { plan, history, today } = view;
  const doneToday = new Set(
    history.sessions.filter((s) => s.date === today && s.completed).map((s) => s.planSessionId),
  );
  const next = plan.sessions.find((s) => !doneToday.has(s.id));
  const lastTriage = [...history.triages].sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
  const checkedInToday = history.checkIns.some((c) => c.date === today);
  const stopped = plan.notices.some((n) => n.severity === 'stop');

  return (
    <Screen title="Today">
      <p class="lead">
        Day {plan.day + 1} · <strong>{phaseNames[plan.phase]}</strong>
      </p>
      <p>{plan.phaseReason}</p>
      {lastTriage && (lastTriage.level === 'emergency' || lastTriage.level === 'urgent') ? (
        <div class="alert" role="alert">
          <p>
            <strong>
              Your last check said to get help {lastTriage.level === 'emergency' ? 'now' : 'today'}.
            </strong>{' '}
            <a href="#/check?trigger=manual">Check again</a> if things have changed.
          </p>
        </div>
      ) : null}
      {plan.notices
        .filter((n) => n.severity !== 'info')
        .map((n) => (
          <NoticeCard key={n.kind + n.message} notice={n} />
        ))}
      {next && !stopped ? (
        <a class="btn btn-big btn-primary" href={`#/player?session=${encodeURIComponent(next.id)}`}>
          Start {next.label.toLowerCase()} session · {next.minutes} min
        </a>
      ) : plan.sessions.length > 0 && !stopped ? (
        <p class="notice">All of today's sessions are done. Well done.</p>
      ) : null}
      {!checkedInToday ? <QuickCheckIn today={today} /> : null}
      {plan.notices
        .filter((n) => n.severity === 'info')
        .map((n) => (
          <NoticeCard key={n.kind + n.message} notice={n} />
        ))}
      <h2>Sessions</h2>
      <ul class="card">
        {plan.sessions.map((s) => (
          <li key={s.id}>
            {doneToday.has(s.id) ? '✓ ' : ''}
            <strong>{s.label}</strong>, about {s.time}: {s.minutes} min ·{' '}
            {s.items.map((i) => exerciseOf(i.exerciseId)?.name ?? i.exerciseId).join(', ')}
            {doneToday.has(s.id) ? <span class="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ul>
      {plan.remedies.length > 0 ? (
        <>
          <h2>Cold and heat</h2>
          {plan.remedies.map((slot) => {
            const remedy = remedyOf(slot.remedyId);
            const limits = remedy?.limits;
            const avail = limits
              ? remedyAvailability({ kind: slot.kind, uses: history.remedyUses, now: nowIso(), limits })
              : null;
            return (
              <div class="card" key={slot.kind + slot.start}>
                <h3>
                  {remedy?.name ?? slot.kind} · {slot.start}, {slot.minutes} min
                </h3>
                <p class="small">{slot.why}</p>
                {avail && !avail.allowed ? (
                  <p class="small muted">
                    Next from {localTime(Date.parse(avail.nextAt))}. {avail.reason}
                  </p>
                ) : (
                  <a
                    class="btn"
                    href={`#/timer?kind=${slot.kind}&remedy=${encodeURIComponent(slot.remedyId)}`}
                  >
                    Start {slot.kind} timer
                  </a>
                )}
              </div>
            );
          })}
        </>
      ) : null}
      {plan.habits.length > 0 ? (
        <>
          <h2>Habits for today</h2>
          <ul class="card">
            {plan.habits.map((h) => (
              <li key={h.habitId}>
                <strong>{habitOf(h.habitId)?.name ?? h.habitId}</strong>: {h.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="small muted">
        New symptom? <a href="#/check?trigger=new_symptom">Do the check again</a>. Updated {localTime(now())}.
      </p>
    </Screen>
  );
}

/** The 15-second check-in: pain now. The diary has the full one. */
function QuickCheckIn({ today }: { today: string }) {
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  return (
    <section class="card" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">Check-in due</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (pain === undefined) return;
          await saveRecord('checkIn', { date: today, at: nowIso(), pain });
          setSaved(true);
        }}
      >
        <PainScale name="checkin-pain" legend="Pain right now" value={pain} onChange={setPain} />
        <button type="submit" class="btn btn-primary" disabled={pain === undefined}>
          Save check-in
        </button>
        <p aria-live="polite">{saved ? 'Saved. Your plan is up to date.' : ''}</p>
      </form>
    </section>
  );
}

/** One notice of the plan; warnings and stops come before the start button, information after. */
function NoticeCard({ notice: n }: { notice: Notice }) {
  return (
    <div
      class={n.severity === 'info' ? 'notice' : n.severity === 'warn' ? 'notice notice-warn' : 'notice-stop'}
      role={n.severity === 'stop' ? 'alert' : undefined}
    >
      <p>{n.message}</p>
      {n.kind === 'recheck_due' || n.kind === 'recheck_after_stop' || n.kind === 'emergency' ? (
        <a class="btn" href="#/check?trigger=review">
          Do the check
        </a>
      ) : null}
    </div>
  );
}
