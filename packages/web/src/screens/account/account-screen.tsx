import { useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import './account.css';
import { useSyncStatus } from '../../lib/sync-status.js';
import { ApiError } from '../../sync/api.js';
import { backgroundSync, type SyncStatus } from '../../sync/background.js';

const phaseWords: Record<SyncStatus['phase'], string> = {
  off: 'Not syncing.',
  idle: 'Up to date.',
  syncing: 'Syncing…',
  offline: 'Offline. Your entries are kept here and will sync when you are back online.',
  error: 'Could not sync just now. Trying again soon.',
};

/** Account and sync: a clear, optional choice, with what leaves the device said up front. */
export default function AccountScreen() {
  const status = useSyncStatus();
  return (
    <Screen title="Account and sync">
      <div class="notice">
        <p>
          <strong>You do not need an account.</strong> Crick works fully on this device.
        </p>
        <p class="small">
          With an account, a copy of your entries (check-ins, sessions, remedies, checks, your answers and
          settings) is sent to this Crick server, so your other devices get them too. Nothing goes to anyone
          else. You can export or delete it all in Settings.
        </p>
      </div>
      {status.email ? <SignedIn status={status} /> : <SignInForm message={status.message} />}
    </Screen>
  );
}

function SignedIn({ status }: { status: SyncStatus }) {
  const [busy, setBusy] = useState(false);
  return (
    <section class="card" aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Signed in as {status.email}</h2>
      {status.role === 'clinician' ? (
        <p>
          Clinician account{status.name ? ` (${status.name})` : ''}. <a href="#/clinician">Your patients</a>
        </p>
      ) : status.role === 'person' ? (
        <p>
          <a class="btn" href="#/share">
            Share with a clinician
          </a>
        </p>
      ) : null}
      <p role="status">{phaseWords[status.phase]}</p>
      {status.lastSyncedAt ? (
        <p class="small muted">Last synced {new Date(status.lastSyncedAt).toLocaleString()}.</p>
      ) : null}
      {status.rejected.length > 0 ? (
        <div class="alert">
          <p>
            <strong>
              {status.rejected.length} entr{status.rejected.length === 1 ? 'y was' : 'ies were'} not accepted
              by the server.
            </strong>{' '}
            They stay on this device.
          </p>
          <ul class="small">
            {status.rejected.map((r, i) => (
              <li key={i}>
                {r.type ?? 'Entry'}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="btn-row">
        <button type="button" class="btn btn-primary" onClick={() => void backgroundSync().run()}>
          Sync now
        </button>
        <button
          type="button"
          class="btn"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const { signOut } = await import('../../sync/account.js');
            await signOut().catch(() => undefined);
            setBusy(false);
          }}
        >
          Log out
        </button>
      </div>
      <p class="small muted">Logging out keeps everything on this device.</p>
    </section>
  );
}

function SignInForm({ message }: { message: string | null }) {
  const [mode, setMode] = useState<'login' | 'signup'>('signup');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clinician, setClinician] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      return setError({ field: 'email', message: 'Enter your email address.' });
    if (password.length < (mode === 'signup' ? 8 : 1))
      return setError({ field: 'password', message: 'Use a password of at least 8 characters.' });
    const asClinician = mode === 'signup' && clinician;
    if (asClinician && (name.trim().length === 0 || name.trim().length > 80))
      return setError({
        field: 'name',
        message: 'Enter the name your patients know you by (up to 80 characters).',
      });
    setBusy(true);
    setError(null);
    try {
      const { signIn } = await import('../../sync/account.js');
      await signIn(mode, email.trim(), password, asClinician ? { name: name.trim() } : undefined);
      setPassword('');
    } catch (e) {
      setError(
        e instanceof ApiError
          ? { field: e.field, message: e.message }
          : { message: 'Something went wrong. Please try again.' },
      );
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: string) => (error?.field === field ? 'account-error' : undefined);
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="account-form-title">
      <h2 id="account-form-title">{mode === 'signup' ? 'Create an account' : 'Log in'}</h2>
      {message ? <p class="notice notice-warn">{message}</p> : null}
      <p>
        <label for="account-email">Email</label>
        <input
          id="account-email"
          class="text-input"
          type="email"
          autoComplete="email"
          value={email}
          aria-invalid={error?.field === 'email'}
          aria-describedby={describedBy('email')}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </p>
      <p>
        <label for="account-password">Password</label>
        <input
          id="account-password"
          class="text-input"
          type="password"
          autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
          value={password}
          aria-invalid={error?.field === 'password'}
          aria-describedby={describedBy('password')}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </p>
      {mode === 'signup' ? (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={clinician}
              onChange={(e) => setClinician(e.currentTarget.checked)}
            />
            <span>I am a clinician (a GP or physiotherapist) and my patients will share with me</span>
          </label>
          {clinician ? (
            <p>
              <label for="account-name">Your name, as your patients will see it</label>
              <input
                id="account-name"
                class="text-input"
                type="text"
                autoComplete="name"
                maxLength={80}
                value={name}
                aria-invalid={error?.field === 'name'}
                aria-describedby={describedBy('name')}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </p>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p id="account-error" class="error" role="alert">
          {error.message}
        </p>
      ) : null}
      <button type="submit" class="btn btn-big btn-primary" disabled={busy}>
        {mode === 'signup' ? 'Create account and sync' : 'Log in and sync'}
      </button>
      <p>
        <button
          type="button"
          class="link-btn"
          onClick={() => {
            setMode(mode === 'signup' ? 'login' : 'signup');
            setError(null);
          }}
        >
          {mode === 'signup' ? 'I already have an account' : 'I need a new account'}
        </button>
      </p>
    </form>
  );
}
