import { useEffect, useState } from 'preact/hooks';
import { OutcomeLines } from '../../components/outcome-lines.js';
import { QrCode } from '../../components/qr-code.js';
import { Screen } from '../../components/screen.js';
import { redeemLink, spokenCode } from '../../lib/share-code.js';
import { useSyncStatus } from '../../lib/sync-status.js';
import { ApiError } from '../../sync/api.js';
import { type AccessEntry, personApi, type Share } from '../../sync/clinic-api.js';
import '../../lib/charts/charts.css';
import './share.css';

const whatWords: Record<string, string> = {
  summary: 'looked at your summary',
  records: 'read your entries',
  fhir: 'downloaded your records (FHIR)',
  prescription: 'adjusted your programme',
  note: 'wrote a private note about you',
};

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const moment = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

interface Loaded {
  readonly shares: readonly Share[];
  readonly log: readonly AccessEntry[];
}

/**
 * Sharing with a clinician, owned by the person: nothing is shared until they
 * make a code and a clinician enters it; they see who has access and every read,
 * and stop it in one tap.
 */
export default function ShareScreen() {
  const status = useSyncStatus();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');
  // The server stores only the code's hash: it is shown once, now, and kept in memory only.
  const [fresh, setFresh] = useState<{ id: string; code: string } | null>(null);

  async function reload() {
    try {
      const [shares, log] = await Promise.all([personApi.shares(), personApi.accessLog()]);
      setLoaded({ shares, log });
      setError('');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not load your shares.');
    }
  }
  useEffect(() => {
    if (status.role === 'person') void reload();
  }, [status.role]);

  async function act(what: () => Promise<unknown>, done: string) {
    try {
      await what();
      setSaid(done);
      await reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Please try again.');
    }
  }

  if (status.role !== 'person')
    return (
      <Screen title="Share with a clinician">
        <p>
          Sharing needs an account. <a href="#/account">Create one or log in</a> first; nothing is shared when
          you do.
        </p>
      </Screen>
    );

  const pending = loaded?.shares.filter((s) => s.status === 'pending') ?? [];
  const active = loaded?.shares.filter((s) => s.status === 'active') ?? [];
  return (
    <Screen title="Share with a clinician">
      <div class="notice">
        <p>
          <strong>Nothing is shared until you make a code and your clinician enters it.</strong>
        </p>
        <p class="small">
          Your GP or physiotherapist will then see your entries: check-ins and pain, sessions and why any
          stopped, cold and heat, your checks and their answers, your function scores, your answers about your
          neck and the report for the doctor. They cannot change anything unless you also let them adjust your
          programme. You can stop sharing at any time, and you see every time they look.
        </p>
      </div>
      <OutcomeLines said={said} error={error} />
      <button
        type="button"
        class="btn btn-big btn-primary"
        onClick={() =>
          void act(
            async () => setFresh(await personApi.createShare()),
            'Made a new code. Give it to your clinician.',
          )
        }
      >
        Make a share code
      </button>
      {pending.map((s) => (
        <PendingShare
          key={s.id}
          share={s}
          code={fresh?.id === s.id ? fresh.code : null}
          onCancel={() => void act(() => personApi.revoke(s.id), 'Cancelled the code. It no longer works.')}
        />
      ))}
      <h2>Who has access</h2>
      {loaded === null ? null : active.length === 0 ? (
        <p>Nobody. Your entries are shared with no one.</p>
      ) : (
        <ul class="share-list">
          {active.map((s) => (
            <ActiveShare key={s.id} share={s} act={act} />
          ))}
        </ul>
      )}
      <h2>Who looked, and when</h2>
      {loaded === null ? null : loaded.log.length === 0 ? (
        <p>No clinician has looked at your entries.</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">
            Every time a clinician read or changed your entries, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {loaded.log.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{moment(e.at)}</td>
                <td>{e.clinician.name}</td>
                <td>{whatWords[e.what] ?? e.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Screen>
  );
}

/** A code not yet used: large, spaced, readable aloud; the same as a link and a QR code. */
function PendingShare({
  share,
  code,
  onCancel,
}: {
  share: Share;
  code: string | null;
  onCancel: () => void;
}) {
  if (code === null)
    return (
      <section class="card" aria-label={`Code made on ${day(share.createdAt)}`}>
        <p>
          A code made on {day(share.createdAt)} has not been used yet; it works until {day(share.expiresAt)}.
          It is shown only once, when made: if you no longer have it, cancel it and make a new one.
        </p>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel this code
        </button>
      </section>
    );
  const link = redeemLink(location.origin, code);
  return (
    <section class="card" aria-labelledby={`code-${share.id}`}>
      <h2 id={`code-${share.id}`}>Your code</h2>
      <p class="share-code" role="img" aria-label={`Share code: ${spokenCode(code)}`}>
        {code}
      </p>
      <p class="small">
        Read it out or show it; it works once, until {day(share.expiresAt)}. Or send the link:
      </p>
      <p class="share-link">
        <a href={link}>{link}</a>
      </p>
      <QrCode value={link} label="QR code of the share link" />
      <p>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel this code
        </button>
      </p>
    </section>
  );
}

function ActiveShare({
  share,
  act,
}: {
  share: Share;
  act: (what: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const who = share.clinician?.name ?? 'A clinician';
  // The box shows the choice at once; the server's answer (reloaded) has the last word.
  const [canAdjust, setCanAdjust] = useState(share.canAdjust);
  useEffect(() => setCanAdjust(share.canAdjust), [share.canAdjust]);
  return (
    <li class="card">
      <h3>{who}</h3>
      <p class="small">
        {share.clinician?.email} · has access since {share.since ? day(share.since) : 'now'}
      </p>
      <label class="choice">
        <input
          type="checkbox"
          checked={canAdjust}
          onChange={(e) => {
            const allow = e.currentTarget.checked;
            setCanAdjust(allow);
            void act(
              () => personApi.setCanAdjust(share.id, allow),
              allow ? `${who} may now adjust your programme.` : `${who} can no longer adjust your programme.`,
            );
          }}
        />
        <span>{who} may adjust my programme (exercises, how many, the phase)</span>
      </label>
      <p>
        <button
          type="button"
          class="btn btn-danger"
          onClick={() => void act(() => personApi.revoke(share.id), `Stopped sharing with ${who}.`)}
        >
          Stop sharing with {who}
        </button>
      </p>
    </li>
  );
}
