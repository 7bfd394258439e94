import { useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { normaliseShareCode } from '../../lib/share-code.js';
import { useSyncStatus } from '../../lib/sync-status.js';
import { navigate } from '../../router.js';
import type { ScreenProps } from '../../routes.js';
import { ApiError } from '../../sync/api.js';
import { clinicianApi } from '../../sync/clinic-api.js';

/** A clinician enters (or opens the link of) a patient's share code. */
export default function RedeemScreen({ route }: ScreenProps) {
  const status = useSyncStatus();
  const [code, setCode] = useState(route.params.get('code') ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (status.role !== 'clinician')
    return (
      <Screen title="Enter a share code">
        <p>
          A share code is for a clinician's account. <a href="#/account">Log in or sign up as a clinician</a>,
          then open the link again.
        </p>
      </Screen>
    );

  async function submit(event: Event) {
    event.preventDefault();
    const checked = normaliseShareCode(code);
    if (!checked.ok) return setError(checked.error.message);
    setBusy(true);
    setError('');
    try {
      const { patientId } = await clinicianApi.redeem(checked.value);
      navigate(`/clinician/patient?id=${encodeURIComponent(patientId)}`);
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'share_not_found'
          ? 'That code does not work: it may be mistyped, used, cancelled or out of date. Ask for a new one.'
          : e instanceof ApiError
            ? e.message
            : 'Something went wrong. Please try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Screen title="Enter a share code">
      <form class="card" onSubmit={submit} noValidate>
        <p>
          <label for="redeem-code">Share code (8 letters and digits)</label>
          <input
            id="redeem-code"
            class="text-input share-code-input"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={code}
            aria-invalid={error !== ''}
            aria-describedby={error ? 'redeem-error' : undefined}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </p>
        {error ? (
          <p id="redeem-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="btn btn-big btn-primary" disabled={busy}>
          Open the patient's entries
        </button>
      </form>
      <p class="small muted">
        The person sees that you have access and every time you look, and can stop it at any time.
      </p>
    </Screen>
  );
}
