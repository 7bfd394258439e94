import { latestTriage, levelAdvice, type Notice, remedyAvailability } from '@crick/core';
import { useState } from 'preact/hooks';
import { PainScale } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { localTime, now } from '../../lib/clock.js';
import { exerciseOf, habitOf, remedyOf } from '../../lib/library.js';
import { nowIso, usePlanView } from '../../lib/plan.js';
import { useSettings } from '../../lib/settings.js';
import { saveRecord } from '../../store/index.js';
import { PrescriptionCard } from './prescription-card.js';

const phaseNames = {
  settle: 'Settle',
  loosen: 'Loosen',
  strengthen: 'Strengthen',
  prevent: 'Prevent',
} as const;

/** Today: the phase and why, the sessions, remedy times, habits, notices and one big start button. */
export default function TodayScreen() {
  const view = usePlanView();
  const settings = useSettings();
  if (view === undefined || settings === undefined) return <Screen title="Today" />;
  const lastTriage = latestTriage(view.history.triages, view.today);
  if (lastTriage?.level === 'emergency') return <EmergencyToday number={settings.emergencyNumber} />;
  // A plan needs a stored check (an intake synced or imported without one has none): the only way on is through it.
  const checked = view.plan
    ? !view.plan.notices.some((n) => n.kind === 'check_first')
    : view.history.triages.length > 0;
  if (!view.plan || !checked) {
    return (
      <Screen
        title="Today"
        lead={
          checked
            ? 'Your check is done. A few taps about your neck, and we will make your plan.'
            : 'Answer a few questions first, and we will make your plan.'
        }
      >
        <div class="btn-stack">
          {checked ? (
            <a class="btn btn-big btn-primary" href="#/intake">
              Make my plan
            </a>
          ) : (
            <a class="btn btn-big btn-primary" href="#/check?trigger=first">
              Start: is this dangerous?
            </a>
          )}
        </div>
      </Screen>
    );
  }
  const { plan, history, today } = view;
  const doneToday = new Set(
    history.sessions.filter((s) => s.date === today && s.completed).map((s) => s.planSessionId),
  );
  const next = plan.sessions.find((s) => !doneToday.has(s.id));
  const checkedInToday = history.checkIns.some((c) => c.date === today);
  const stopped = plan.notices.some((n) => n.severity === 'stop');
  // The prescription card says why safety set the clinician's programme aside: not twice.
  const notices = plan.prescription
    ? plan.notices.filter((n) => n.kind !== 'prescription_set_aside')
    : plan.notices;

  return (
    <Screen title="Today">
      <p class="lead">
        Day {plan.day + 1} · <strong>{phaseNames[plan.phase]}</strong>
      </p>
      <p>{plan.phaseReason}</p>
      {plan.prescription ? <PrescriptionCard prescription={plan.prescription} /> : null}
      {lastTriage?.level === 'urgent' ? (
        <div class="alert" role="alert">
          <p>
            <strong>Your last check said to get help today.</strong>{' '}
            <a href="#/check?trigger=manual">Check again</a> if things have changed.
          </p>
        </div>
      ) : null}
      {notices
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
      {notices
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

/**
 * Today after a check that said "call for help now": the call button first and
 * nothing routine (no exercises, timers or check-ins) until a new check says otherwise.
 */
function EmergencyToday({ number }: { number: string }) {
  return (
    <Screen title="Today">
      <a class="btn btn-big btn-danger" href={`tel:${number}`}>
        Call {number}
      </a>
      <div class="alert" role="alert">
        <p>
          <strong>Your last check said to call for help now.</strong> {levelAdvice.emergency.action}
        </p>
      </div>
      <p>
        Exercises, cold and heat and check-ins wait until a doctor has seen you, or a new check says it is
        safe.
      </p>
      <p>
        <a href="#/check?trigger=manual">Do the check again</a> if things have changed or you pressed a wrong
        answer.
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
      {n.kind === 'recheck_flare' ? (
        <a class="btn btn-primary" href="#/check?trigger=flare">
          Do the check now
        </a>
      ) : n.kind === 'recheck_due' || n.kind === 'recheck_after_stop' || n.kind === 'emergency' ? (
        <a class="btn" href="#/check?trigger=review">
          Do the check
        </a>
      ) : null}
    </div>
  );
}
