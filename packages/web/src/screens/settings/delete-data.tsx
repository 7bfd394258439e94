import { useState } from 'preact/hooks';
import { forgetThisDevice } from '../../lib/forget.js';
import { ApiError } from '../../sync/api.js';

type Step = 'closed' | 'confirming' | 'working';

/**
 * "Delete all my data", saying plainly what goes where. Signed out there is one
 * thing to delete: this device. Signed in there are two, and the person picks:
 * this device only (the account and the server's copy stay, for the other
 * devices), or this device and the account with the server's copy.
 */
export function DeleteData({
  signedInAs,
  onDone,
}: {
  signedInAs: string | null;
  onDone: (message: string) => void;
}) {
  const [step, setStep] = useState<Step>('closed');
  const [error, setError] = useState('');

  const run = async (withAccount: boolean) => {
    setStep('working');
    setError('');
    try {
      // Links to the doctor's report made here go first: once this device forgets
      // their withdraw tokens, nobody could withdraw them before they expire.
      const { DeviceHandoffs } = await import('../../handoff/device-handoffs.js');
      await new DeviceHandoffs().withdrawAll();
      if (withAccount) {
        const { deleteAccount } = await import('../../sync/account.js');
        await deleteAccount();
      } else if (signedInAs) {
        const { signOut } = await import('../../sync/account.js');
        // Offline, the server cannot end the session; this device forgets it anyway.
        await signOut().catch(() => undefined);
      }
      await forgetThisDevice();
    } catch (e) {
      setStep('confirming');
      setError(
        e instanceof ApiError
          ? `Nothing was deleted: ${e.message}`
          : 'Nothing was deleted: something went wrong. Please try again.',
      );
      return;
    }
    onDone(
      withAccount
        ? 'Your account, the copy on the server and everything on this device are deleted.'
        : 'Everything on this device is deleted.',
    );
  };

  if (step === 'closed') {
    return (
      <p>
        <button type="button" class="btn btn-danger" onClick={() => setStep('confirming')}>
          Delete all my data
        </button>
      </p>
    );
  }
  return (
    <div class="alert" role="alertdialog" aria-labelledby="confirm-delete" aria-describedby="delete-what">
      <p id="confirm-delete">
        <strong>
          {signedInAs ? 'What do you want to delete?' : 'Delete everything Crick holds on this device?'}
        </strong>
      </p>
      <div id="delete-what">
        {signedInAs ? (
          <ul>
            <li>
              <strong>This device only:</strong> your entries, settings and notes here, and the links to your
              report shared from here. Your account ({signedInAs}) and its copy on the server stay, so your
              other devices keep them and you can log in again to get them back.
            </li>
            <li>
              <strong>This device and my account:</strong> all of the above, and the account with every entry
              on the server, for good.
            </li>
          </ul>
        ) : (
          <p>Your entries, settings and notes here, and any link to your report you shared with a doctor.</p>
        )}
        <p>This cannot be undone. Export first if you want a copy.</p>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="btn-stack">
        <button
          type="button"
          class="btn btn-danger"
          disabled={step === 'working'}
          onClick={() => void run(false)}
        >
          {signedInAs ? 'Delete from this device only' : 'Yes, delete everything'}
        </button>
        {signedInAs ? (
          <button
            type="button"
            class="btn btn-danger"
            disabled={step === 'working'}
            onClick={() => void run(true)}
          >
            Delete from this device and delete my account
          </button>
        ) : null}
        <button type="button" class="btn" disabled={step === 'working'} onClick={() => setStep('closed')}>
          Cancel
        </button>
      </div>
    </div>
  );
}
