import { useEffect, useRef, useState } from 'preact/hooks';
import { ReportArticle } from '../screens/report/report-article.js';
import type { ReportData } from '../screens/report/report-data.js';
import { fetchSealed } from './fetch-sealed.js';
import { openReport, parseHandoffFragment } from './sealed-report.js';

type View =
  | { kind: 'opening' }
  | { kind: 'open'; report: ReportData; expiresAt: string }
  | { kind: 'withdrawn' | 'expired' | 'unknown' | 'bad_link' | 'offline' };

const titles: Record<View['kind'], string> = {
  opening: 'Opening the shared report',
  open: 'Neck pain: summary for the doctor',
  withdrawn: 'This report was withdrawn',
  expired: 'This link has expired',
  unknown: 'This link is not known',
  bad_link: 'This link is not complete',
  offline: 'Cannot reach the server',
};

const messages: Record<Exclude<View['kind'], 'open' | 'opening'>, string> = {
  withdrawn:
    'The person who shared this report has withdrawn it, and it has been deleted from the server. Ask them for a new link if you still need it.',
  expired:
    'A shared report opens for 14 days and is then deleted from the server. Ask the person for a new link if you still need it.',
  unknown:
    'The server has no report for this link. It may have been removed long ago, or the link was copied wrongly.',
  bad_link:
    'The link is missing part of its key, or the key does not fit this report. Copy the whole link, including everything after the # sign.',
  offline:
    'This report has not been opened on this device before, so it needs the network once. Check the connection and try again.',
};

/** The shared report, unlocked in this browser; or, in plain words, why it will not open. */
export function HandoffPage() {
  const [view, setView] = useState<View>({ kind: 'opening' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const link = parseHandoffFragment(location.hash);
    if (!link) return setView({ kind: 'bad_link' });
    void (async () => {
      const fetched = await fetchSealed(link.id);
      if (fetched.state !== 'open') return setView({ kind: fetched.state });
      const opened = await openReport({ ciphertext: fetched.ciphertext, iv: fetched.iv, key: link.key });
      setView(
        opened.ok
          ? { kind: 'open', report: opened.report, expiresAt: fetched.expiresAt }
          : { kind: 'bad_link' },
      );
    })();
  }, []);

  useEffect(() => {
    document.title = `${titles[view.kind]} · Crick`;
    if (view.kind !== 'opening') heading.current?.focus();
  }, [view.kind]);

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {titles[view.kind]}
      </h1>
      {view.kind === 'opening' ? (
        <p role="status">Unlocking it in this browser…</p>
      ) : view.kind === 'open' ? (
        <>
          <p class="lead no-print">
            Shared by your patient from Crick, a neck-spasm self-care app. It was unlocked in this browser:
            the server holds only a locked copy, until {view.expiresAt.slice(0, 10)}. Crick gives information,
            not a diagnosis.
          </p>
          <div class="btn-row no-print">
            <button type="button" class="btn" onClick={() => window.print()}>
              Print
            </button>
          </div>
          <ReportArticle report={view.report} />
        </>
      ) : (
        <p>{messages[view.kind]}</p>
      )}
    </>
  );
}
