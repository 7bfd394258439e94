import { DEFAULT_WORK_HOURS, type Settings } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { saveSettings } from '../../lib/settings.js';
import { useLatest } from '../../store/index.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Break reminders through the working day, and quiet hours: the schedule core's reminders follow. */
export function ReminderHours() {
  const latest = useLatest('settings');
  const s: Settings = latest?.data ?? {};
  const workDays = s.workDays ?? [1, 2, 3, 4, 5];
  const save = (patch: Partial<Settings>) => void saveSettings(patch);
  return (
    <>
      <label class="choice">
        <input
          type="checkbox"
          checked={s.breakReminders ?? false}
          onChange={(e) => save({ breakReminders: e.currentTarget.checked })}
        />
        <span>Neck-break reminders through my working day (every {s.breakEveryMinutes ?? 30} minutes)</span>
      </label>
      <fieldset class="plain">
        <legend>My working days</legend>
        <div class="btn-row">
          {DAYS.map((d, i) => (
            <label key={d} class="choice">
              <input
                type="checkbox"
                checked={workDays.includes(i + 1)}
                aria-label={DAY_NAMES[i]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  save({ workDays: on ? [...workDays, i + 1].sort() : workDays.filter((x) => x !== i + 1) });
                }}
              />
              <span aria-hidden="true">{d}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="two-up">
        <TimeField
          id="work-starts"
          label="Work starts"
          value={s.workFrom ?? DEFAULT_WORK_HOURS.from}
          onPick={(v) => v && save({ workFrom: v })}
        />
        <TimeField
          id="work-ends"
          label="Work ends"
          value={s.workUntil ?? DEFAULT_WORK_HOURS.until}
          onPick={(v) => v && save({ workUntil: v })}
        />
        <TimeField
          id="quiet-from"
          label="Quiet from"
          value={s.quietFrom ?? ''}
          onPick={(v) => save({ quietFrom: v || undefined })}
        />
        <TimeField
          id="quiet-until"
          label="Quiet until"
          value={s.quietUntil ?? ''}
          onPick={(v) => save({ quietUntil: v || undefined })}
        />
      </div>
    </>
  );
}

/** One labelled time of day; an emptied field gives "" (a working hour keeps its old value then, a quiet hour is cleared). */
function TimeField(props: { id: string; label: string; value: string; onPick: (value: string) => void }) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="time"
        value={props.value}
        onChange={(e) => props.onPick(e.currentTarget.value)}
      />
    </p>
  );
}

type PushState = 'checking' | 'off' | 'on' | 'working' | 'unsupported';

/** Reminders to this device when Crick is closed (Web Push), for a signed-in person. */
export function PushReminders({ signedIn }: { signedIn: boolean }) {
  const [state, setState] = useState<PushState>('checking');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void import('../../lib/push.js').then(async (push) => {
      if (!push.pushSupported()) return setState('unsupported');
      setState((await push.pushIsOn()) ? 'on' : 'off');
    });
  }, []);
  if (!signedIn)
    return (
      <p class="small muted">
        With an <a href="#/account">account</a>, Crick can also send these reminders when it is closed.
      </p>
    );
  if (state === 'unsupported')
    return <p class="small muted">This browser cannot receive reminders while Crick is closed.</p>;

  const toggle = async () => {
    const push = await import('../../lib/push.js');
    const wasOn = state === 'on';
    setState('working');
    setMessage('');
    try {
      if (wasOn) {
        await push.turnPushOff();
        setState('off');
        setMessage('This device will no longer get reminders while Crick is closed.');
        return;
      }
      const outcome = await push.turnPushOn();
      setState(outcome === 'on' ? 'on' : 'off');
      setMessage(
        outcome === 'on'
          ? 'This device will get your reminders, even while Crick is closed.'
          : 'Notifications are not allowed for Crick in this browser, so no reminder can show.',
      );
    } catch (error) {
      setState(wasOn ? 'on' : 'off');
      setMessage(`That did not work: ${error instanceof Error ? error.message : 'please try again.'}`);
    }
  };
  return (
    <>
      <p>
        <button
          type="button"
          class="btn"
          aria-pressed={state === 'on'}
          disabled={state === 'checking' || state === 'working'}
          onClick={() => void toggle()}
        >
          Reminders when Crick is closed
        </button>
      </p>
      <p role="status" class="small">
        {message}
      </p>
    </>
  );
}
