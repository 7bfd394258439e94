import { useEffect, useState } from 'preact/hooks';
import { OutcomeLines } from '../../components/outcome-lines.js';
import { QrCode } from '../../components/qr-code.js';
import type { DeviceHandoff } from '../../handoff/device-handoffs.js';
import { ApiError } from '../../sync/api.js';
import type { ReportData } from './report-data.js';

const day = (iso: string) => iso.slice(0, 10);
/** Day and local time, so two links of one day have different names. */
const made = (iso: string) => `${day(iso)} at ${new Date(iso).toTimeString().slice(0, 5)}`;
const handoffs = () => import('../../handoff/device-handoffs.js').then((m) => new m.DeviceHandoffs());

/**
 * "Share with my doctor": a link (and its QR code) that opens this report in
 * any browser for 14 days, with no account on either side. The report is
 * sealed on this device; the key is only in the link. The person sees the
 * links still open and withdraws one in a tap.
 */
export function ShareWithDoctor({ report }: { report: ReportData }) {
  const [live, setLive] = useState<readonly DeviceHandoff[]>([]);
  const [shown, setShown] = useState<DeviceHandoff | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = async () => setLive(await (await handoffs()).live());
  useEffect(() => {
    void refresh().catch(() => undefined);
  }, []);

  const failed = (e: unknown, what: string) =>
    setError(
      e instanceof ApiError ? `${what}: ${e.message}` : `${what}: something went wrong. Please try again.`,
    );

  async function share() {
    setBusy(true);
    setError('');
    setStatus('Locking the report on this device and making the link…');
    try {
      const link = await (await handoffs()).share(report, location.origin);
      setShown(link);
      setStatus(`Made a link that opens until ${day(link.expiresAt)}.`);
      await refresh();
    } catch (e) {
      setStatus('');
      failed(e, 'No link was made');
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(h: DeviceHandoff) {
    setError('');
    try {
      await (await handoffs()).withdraw(h);
      if (shown?.id === h.id) setShown(null);
      setStatus(`Withdrew the link made on ${made(h.createdAt)}: it no longer opens.`);
      await refresh();
    } catch (e) {
      failed(e, 'The link was not withdrawn');
    }
  }

  return (
    <section class="share-doctor no-print" aria-labelledby="share-doctor-title">
      <h2 id="share-doctor-title">Share with my doctor</h2>
      <p>
        Makes a link that opens this report, as it is now, in any browser for 14 days. Neither of you needs an
        account. The report is locked on this device and the key is only in the link, so the Crick server
        cannot read it. Anyone with the link can open it: give it only to your doctor.
      </p>
      <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void share()}>
        Share with my doctor
      </button>
      <OutcomeLines said={status} error={error} />
      {shown?.link ? (
        <div class="share-link">
          <label for="share-doctor-link">Link for your doctor</label>
          <input id="share-doctor-link" type="text" readOnly value={shown.link} />
          <QrCode value={shown.link} label="QR code of the link for your doctor" />
        </div>
      ) : null}
      <h3>Links that still open</h3>
      {live.length ? (
        <ul class="share-list">
          {live.map((h) => (
            <li key={h.id}>
              <span>
                Made on {made(h.createdAt)}, opens until {day(h.expiresAt)}
                {h.link ? '' : ' (made on another device)'}.
              </span>{' '}
              {h.link && shown?.id !== h.id ? (
                <button type="button" class="link-btn" onClick={() => setShown(h)}>
                  Show link
                </button>
              ) : null}{' '}
              <button
                type="button"
                class="btn btn-danger"
                aria-label={`Withdraw the link made on ${made(h.createdAt)}`}
                onClick={() => void withdraw(h)}
              >
                Withdraw
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="small muted">None.</p>
      )}
    </section>
  );
}
