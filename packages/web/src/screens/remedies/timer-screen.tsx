import { clampRemedyMinutes, type Remedy, type RemedyUse, remedyAvailability } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { Choice } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { localTime, now } from '../../lib/clock.js';
import { library } from '../../lib/library.js';
import { nowIso } from '../../lib/plan.js';
import { useSettings } from '../../lib/settings.js';
import { playTone, unlockAudio } from '../../lib/sound.js';
import { keepScreenOn } from '../../lib/wake-lock.js';
import type { ScreenProps } from '../../routes.js';
import { getStore, type LiveRecord, useRecords } from '../../store/index.js';

const MINUTE = 60_000;
const endOf = (u: RemedyUse) => Date.parse(u.startedAt) + u.minutes * MINUTE;
const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * A cold or heat timer. The use is logged when it starts, so the spacing rule
 * sees it even if the phone is locked or the page reloads; the countdown is read
 * from the start time, never counted.
 */
export default function TimerScreen({ route }: ScreenProps) {
  const kind = route.params.get('kind') === 'heat' ? 'heat' : 'cold';
  const remedy: Remedy | undefined =
    library.remedies.find((r) => r.id === route.params.get('remedy') && r.kind === kind) ??
    library.remedies.find((r) => r.kind === kind && r.limits);
  const uses = useRecords('remedyUse');
  const settings = useSettings();
  const [minutes, setMinutes] = useState<number | null>(null);
  const [, setFrame] = useState(0);
  const [justEnded, setJustEnded] = useState<LiveRecord<'remedyUse'> | null>(null);
  const [message, setMessage] = useState('');

  const running = uses?.find(
    (u) => u.data.kind === kind && Date.parse(u.data.startedAt) <= now() && endOf(u.data) > now(),
  );

  useEffect(() => {
    if (!running) return;
    const release = keepScreenOn();
    const tick = setInterval(() => {
      setFrame((f) => f + 1);
      if (now() >= endOf(running.data)) {
        clearInterval(tick);
        playTone('end', settings?.sounds ?? true);
        notifyEnd(kind);
        setJustEnded(running);
        setMessage(`Time is up. Take the ${kind === 'cold' ? 'cold pack' : 'heat'} off now.`);
      }
    }, 250);
    return () => {
      clearInterval(tick);
      release();
    };
  }, [running?.id]);

  if (!remedy?.limits) return <Screen title="Timer" lead="This timer is not available." />;
  const limits = remedy.limits;
  const title = kind === 'cold' ? 'Cold timer' : 'Heat timer';
  if (!uses) return <Screen title={title} />;

  const start = async () => {
    unlockAudio();
    if (typeof Notification !== 'undefined' && Notification.permission === 'default')
      void Notification.requestPermission();
    const chosen = clampRemedyMinutes(minutes ?? limits.maxMinutes, limits);
    const result = await (await getStore()).put('remedyUse', {
      kind,
      remedyId: remedy.id,
      startedAt: nowIso(),
      minutes: chosen,
    });
    if (!result.ok) setMessage(result.error.map((e) => e.message).join('; '));
    else setMessage(`Started. ${chosen} minutes.`);
  };
  const stopEarly = async (use: LiveRecord<'remedyUse'>) => {
    const used = Math.max(0, Math.round(((now() - Date.parse(use.data.startedAt)) / MINUTE) * 10) / 10);
    await (await getStore()).update(use.id, { ...use.data, minutes: used });
    setJustEnded(use);
    setMessage('Stopped.');
  };
  const rate = async (helped: NonNullable<RemedyUse['helped']>) => {
    if (!justEnded) return;
    const store = await getStore();
    const latest = (await store.list('remedyUse')).find((u) => u.id === justEnded.id);
    if (latest) await store.update(latest.id, { ...latest.data, helped });
    setJustEnded(null);
    setMessage('Thanks. Saved in your diary.');
  };

  const live = (
    <p class="visually-hidden" aria-live="assertive">
      {message}
    </p>
  );

  if (running) {
    const left = endOf(running.data) - now();
    return (
      <Screen title={title}>
        <p class="timer-face" role="timer" aria-label={`${Math.ceil(left / MINUTE)} minutes left`}>
          {mmss(left)}
        </p>
        <p class="center">
          Ends at {localTime(endOf(running.data))}. You can lock the phone: the time stays right.
        </p>
        <button type="button" class="btn btn-big" onClick={() => void stopEarly(running)}>
          Stop now
        </button>
        {live}
      </Screen>
    );
  }

  if (justEnded) {
    return (
      <Screen title="Time is up">
        <p>Take it off now and let your skin rest.</p>
        <fieldset>
          <legend>Did it help?</legend>
          <div class="btn-stack">
            <button type="button" class="btn btn-big" onClick={() => void rate('yes')}>
              Yes
            </button>
            <button type="button" class="btn btn-big" onClick={() => void rate('a_little')}>
              A little
            </button>
            <button type="button" class="btn btn-big" onClick={() => void rate('no')}>
              No
            </button>
          </div>
        </fieldset>
        {live}
      </Screen>
    );
  }

  const avail = remedyAvailability({ kind, uses: uses.map((u) => u.data), now: nowIso(), limits });
  const options = [...new Set([limits.minMinutes, limits.maxMinutes, limits.hardMaxMinutes])].sort(
    (a, b) => a - b,
  );
  const chosen = minutes ?? limits.maxMinutes;
  return (
    <Screen title={title} lead={remedy.summary}>
      {!avail.allowed ? (
        <div class="alert" role="alert">
          <p>
            <strong>Not yet: the next one can start at {localTime(Date.parse(avail.nextAt))}.</strong>
          </p>
          <p>{avail.reason}</p>
        </div>
      ) : null}
      <h2>Before you start</h2>
      <ul>
        {limits.needsBarrier ? <li>Wrap it in a cloth or towel: never straight on the skin.</li> : null}
        <li>Not while you are asleep or likely to nod off.</li>
        {remedy.skipIf.map((s) => (
          <li key={s}>Skip it if {s.charAt(0).toLowerCase() + s.slice(1)}</li>
        ))}
      </ul>
      <fieldset>
        <legend>How long?</legend>
        <p class="small muted">Never more than {limits.hardMaxMinutes} minutes at a time.</p>
        <div class="choices">
          {options.map((m) => (
            <Choice
              key={m}
              type="radio"
              name="minutes"
              value={String(m)}
              checked={chosen === m}
              onChange={() => setMinutes(m)}
            >
              {m} minutes
            </Choice>
          ))}
        </div>
      </fieldset>
      <button
        type="button"
        class="btn btn-big btn-primary"
        disabled={!avail.allowed}
        onClick={() => void start()}
      >
        Start {chosen} minutes
      </button>
      {live}
    </Screen>
  );
}

function notifyEnd(kind: 'cold' | 'heat'): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const text = { body: `Take the ${kind === 'cold' ? 'cold pack' : 'heat'} off now.`, tag: 'crick-remedy' };
  // A service worker notification also shows when the page is in the background.
  const worker = navigator.serviceWorker?.controller ? navigator.serviceWorker.ready : null;
  if (!worker) {
    new Notification('Crick: time is up', text);
    return;
  }
  void worker
    .then((reg) => reg.showNotification('Crick: time is up', text))
    .catch(() => new Notification('Crick: time is up', text));
}
