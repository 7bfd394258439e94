import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { usePlanView } from '../../lib/plan.js';
import { saveSettings, useSettings } from '../../lib/settings.js';
import { getStore, saveSingle, useLatest, useRecords } from '../../store/index.js';
import { PainSvg } from './pain-svg.js';
import { buildReport } from './report-data.js';
import './report.css';

/** Where earlier versions kept the note, outside the store: moved into a record once, then removed. */
const OLD_MEDICINES_KEY = 'crick.report.medicines';

/** The medicines note, a record like the others: exported, synced and deleted with them. */
function useMedicinesNote(): [string | undefined, (text: string) => void, () => void] {
  const stored = useLatest('medicinesNote');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  useEffect(() => {
    const old = localStorage.getItem(OLD_MEDICINES_KEY);
    if (old === null) return;
    void getStore().then(async (store) => {
      if (!(await store.latest('medicinesNote'))) await saveSingle('medicinesNote', () => ({ text: old }));
      localStorage.removeItem(OLD_MEDICINES_KEY);
    });
  }, []);
  const text = draft ?? (stored === undefined ? undefined : (stored?.data.text ?? ''));
  const save = () => {
    if (draft !== undefined) void saveSingle('medicinesNote', () => ({ text: draft }));
  };
  return [text, setDraft, save];
}

/** Report for the doctor: one printable page, and a PDF made on this device. */
export default function ReportScreen() {
  const view = usePlanView();
  const settings = useLatest('settings');
  const resolved = useSettings();
  const [medicines, setMedicines, saveMedicines] = useMedicinesNote();
  const [status, setStatus] = useState('');
  const neckRanges = useRecords('neckRange');
  if (
    view === undefined ||
    settings === undefined ||
    resolved === undefined ||
    medicines === undefined ||
    neckRanges === undefined
  )
    return <Screen title="Report for the doctor" />;
  const questions = settings?.data.questions ?? [];
  const report = buildReport({
    intake: view.intake?.data ?? null,
    history: view.history,
    today: view.today,
    medicines,
    questions,
    neckRanges: neckRanges.map((r) => r.data),
  });

  async function savePdf() {
    setStatus('Making the PDF…');
    const { reportPdf } = await import('./report-pdf.js');
    const url = URL.createObjectURL(reportPdf(report));
    const a = document.createElement('a');
    a.href = url;
    a.download = `crick-report-${report.madeOn}.pdf`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 2000);
    setStatus('Saved the PDF. It was made on this device; nothing was sent.');
  }

  return (
    <Screen title="Report for the doctor">
      <p class="lead no-print">One page to show or send your GP or physiotherapist. Made on this device.</p>
      <div class="btn-row no-print">
        <button type="button" class="btn btn-primary" onClick={() => void savePdf()}>
          Save as PDF
        </button>
        <button type="button" class="btn" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status" class="small no-print">
        {status}
      </p>
      <article class="report" aria-label="The report">
        <p class="report-condition">
          {report.condition} Made on {report.madeOn}.
        </p>
        <h2>Onset and how it started</h2>
        <ul>
          {report.onset.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <h2>Red-flag check</h2>
        <p>{report.triage.summary}</p>
        {report.triage.reasons.length ? (
          <ul>
            {report.triage.reasons.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ) : null}
        {report.triage.answers.length ? (
          <p class="small">Answers: {report.triage.answers.join('; ')}.</p>
        ) : null}
        <h2>Pain</h2>
        <p>{report.painSummary}</p>
        <PainSvg series={report.pain} />
        {report.pain.band ? (
          <p class="small">
            Squares: daily mean pain. Hatched: {report.pain.band.low} to {report.pain.band.high}, within which
            a change is not yet meaningful (2 points or 30%).
          </p>
        ) : null}
        <h2>What was tried and how it went</h2>
        <ul>
          {report.tried.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <h2>Medicines</h2>
        <p class="print-only">{report.medicines}</p>
        <div class="no-print">
          <label for="report-medicines">
            What you have taken, and how it went (name, how often; follow the label)
          </label>
          <textarea
            id="report-medicines"
            rows={3}
            maxLength={600}
            value={medicines}
            onInput={(e) => setMedicines(e.currentTarget.value)}
            // Saved when the person leaves the box, not on every key: one edit syncs as one.
            onChange={saveMedicines}
          />
        </div>
        <h2>Adherence</h2>
        <p>{report.adherence}</p>
        <h2>Function</h2>
        <ul>
          {report.psfs.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <h2>Range of motion</h2>
        <ul data-testid="report-range">
          {report.range.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <h2>Questions for the doctor</h2>
        <Questions questions={questions} />
      </article>
    </Screen>
  );
}

function Questions({ questions }: { questions: readonly string[] }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const save = (next: string[]) => saveSettings({ questions: next });
  return (
    <>
      {questions.length ? (
        <ol class="questions">
          {questions.map((q, i) => (
            <li key={`${i}-${q}`}>
              <span>{q}</span>{' '}
              <button
                type="button"
                class="link-btn no-print"
                aria-label={`Remove question: ${q}`}
                onClick={() => void save(questions.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p class="small muted">None yet.</p>
      )}
      <form
        class="no-print"
        onSubmit={(e) => {
          e.preventDefault();
          const q = draft.trim();
          if (!q) return setError('Write your question first.');
          if (questions.length >= 20) return setError('You can keep up to 20 questions.');
          setError('');
          setDraft('');
          void save([...questions, q.slice(0, 300)]);
        }}
      >
        <label for="report-question">Add a question</label>
        <textarea
          id="report-question"
          rows={2}
          maxLength={300}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="btn">
          Add question
        </button>
      </form>
    </>
  );
}
