import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { localDate } from '../../lib/clock.js';
import { regions } from '../../lib/regions.js';
import { saveSettings, useSettings } from '../../lib/settings.js';
import { useSyncStatus } from '../../lib/sync-status.js';
import { getStore, useLatest, useStoreQuery } from '../../store/index.js';
import { DeleteData } from './delete-data.js';
import { PushReminders, ReminderHours } from './push-reminders.js';

/** Reminders here are notifications: declined (or not offered by this browser), none can show. */
const notificationPermission = (): NotificationPermission | 'unsupported' =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/**
 * A setting's checkbox that shows the tap at once. The stored value catches up a moment
 * later (the save is asynchronous), and a re-render in between must not undo the tap.
 */
function SettingToggle(props: { label: string; stored: boolean; onPick: (on: boolean) => void }) {
  const [tapped, setTapped] = useState<boolean | null>(null);
  useEffect(() => setTapped(null), [props.stored]);
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={tapped ?? props.stored}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setTapped(on);
          props.onPick(on);
        }}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** Voice and sounds, region, reminders, and the person's data: export, import, delete. */
export default function SettingsScreen() {
  const settings = useSettings();
  const sync = useSyncStatus();
  const setAside = useStoreQuery((s) => s.setAside());
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [deleted, setDeleted] = useState(false);
  const [permission, setPermission] = useState(notificationPermission);
  const [newTime, setNewTime] = useState('');
  const [newKind, setNewKind] = useState<'check-in' | 'session'>('check-in');
  const latest = useLatest('settings');
  if (!settings) return <Screen title="Settings" />;
  const sessionTimes = latest?.data.sessionTimes ?? [];
  const reminders = [
    ...settings.reminderTimes.map((time) => ({ time, kind: 'check-in' as const })),
    ...sessionTimes.map((time) => ({ time, kind: 'session' as const })),
  ].sort((a, b) => a.time.localeCompare(b.time));

  const exportData = async () => {
    const file = await (await getStore()).exportAll();
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `crick-export-${localDate()}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Exported ${file.records.length} entries.`);
  };
  const importData = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await (await getStore()).importAll(await file.text());
    input.value = '';
    if (!result.ok) {
      setErrors(result.error.map((e) => `${e.field}: ${e.message}`));
      setStatus('Nothing was imported: the file has a problem.');
      return;
    }
    setErrors([]);
    const { added, updated, unchanged } = result.value;
    setStatus(`Imported: ${added} new, ${updated} updated, ${unchanged} already here.`);
  };
  return (
    <Screen title="Settings">
      <h2>Sessions</h2>
      <SettingToggle
        label="Spoken cues in sessions"
        stored={settings.voice}
        onPick={(voice) => void saveSettings({ voice })}
      />
      <p />
      <SettingToggle
        label="Sounds (halfway and end)"
        stored={settings.sounds}
        onPick={(sounds) => void saveSettings({ sounds })}
      />

      <h2>Emergency number</h2>
      <label for="region">Where you are</label>
      <select
        id="region"
        value={settings.region}
        onChange={(e) => {
          const region = (e.target as HTMLSelectElement).value;
          const number = regions.find((r) => r.code === region)?.number;
          void saveSettings({ region, ...(number ? { emergencyNumber: number } : {}) });
        }}
      >
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name} ({r.number})
          </option>
        ))}
      </select>
      <p>
        The call button will ring <strong data-testid="emergency-number">{settings.emergencyNumber}</strong>.
      </p>

      <h2>Reminders</h2>
      {reminders.length ? (
        <ul>
          {reminders.map(({ time, kind }) => (
            <li key={`${kind} ${time}`}>
              {time} {kind === 'session' ? 'session' : 'check-in'}{' '}
              <button
                type="button"
                class="link-btn"
                aria-label={`Remove the ${time} ${kind === 'session' ? 'session' : 'check-in'} reminder`}
                onClick={() =>
                  void saveSettings(
                    kind === 'session'
                      ? { sessionTimes: sessionTimes.filter((x) => x !== time) }
                      : { reminderTimes: settings.reminderTimes.filter((x) => x !== time) },
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No reminders yet.</p>
      )}
      {permission === 'denied' || permission === 'unsupported' ? (
        <p class="notice notice-warn" data-testid="reminders-blocked">
          Notifications are turned off for Crick in this browser, so these reminders cannot pop up. What still
          works: <a href="#/prevention">add them to your calendar</a> from the prevention page, and Today
          shows what is due whenever you open Crick. To get them here, allow notifications for this site in
          the browser's settings.
        </p>
      ) : (
        <p class="small muted">
          Reminders pop up while Crick is open. For every day, add them to your calendar from the prevention
          page.
        </p>
      )}
      <form
        class="btn-row"
        onSubmit={(e) => {
          e.preventDefault();
          const times = newKind === 'session' ? sessionTimes : settings.reminderTimes;
          if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(newTime) || times.includes(newTime)) return;
          if (typeof Notification !== 'undefined' && Notification.permission === 'default')
            void Notification.requestPermission().then(setPermission);
          const added = [...times, newTime].sort();
          void saveSettings(newKind === 'session' ? { sessionTimes: added } : { reminderTimes: added });
          setNewTime('');
        }}
      >
        <label for="reminder-time" class="visually-hidden">
          Reminder time
        </label>
        <input
          id="reminder-time"
          type="time"
          value={newTime}
          onInput={(e) => setNewTime((e.target as HTMLInputElement).value)}
        />
        <label for="reminder-kind" class="visually-hidden">
          Reminder for
        </label>
        <select
          id="reminder-kind"
          value={newKind}
          onChange={(e) => setNewKind((e.target as HTMLSelectElement).value as 'check-in' | 'session')}
        >
          <option value="check-in">for a check-in</option>
          <option value="session">for a session</option>
        </select>
        <button type="submit" class="btn">
          Add reminder
        </button>
      </form>

      <ReminderHours />
      <PushReminders signedIn={Boolean(sync.email)} />

      <h2>Your data</h2>
      {sync.email ? (
        <p class="small muted" data-testid="where-data-is">
          Your entries are on this device, and a copy syncs to your account ({sync.email}) on this Crick
          server. Nothing goes to anyone else.
        </p>
      ) : (
        <p class="small muted" data-testid="where-data-is">
          Everything stays on this device unless you export it or create an account.
        </p>
      )}
      <div class="btn-stack">
        <button type="button" class="btn" onClick={() => void exportData()}>
          Export all my data (JSON)
        </button>
        <label class="btn" for="import-file">
          Import data from a file
        </label>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importData(e.target as HTMLInputElement)}
        />
      </div>
      <DeleteData
        signedInAs={sync.email}
        onDone={(message) => {
          setStatus(message);
          setDeleted(true);
        }}
      />
      <div aria-live="polite">
        {status ? <p role="status">{status}</p> : null}
        {deleted ? (
          <p>
            <a class="btn btn-primary" href="#/check?trigger=first">
              Start again: is this dangerous?
            </a>
          </p>
        ) : null}
        {errors.length ? (
          <ul class="error" aria-label="Problems in the file">
            {errors.slice(0, 10).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {setAside?.length ? (
        <p class="notice notice-warn">
          {setAside.length} damaged {setAside.length === 1 ? 'entry was' : 'entries were'} found and set
          aside. They are kept, not used.
        </p>
      ) : null}
    </Screen>
  );
}
