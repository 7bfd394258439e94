import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { usePlanView } from '../../lib/plan.js';
import { saveSettings, useSettings } from '../../lib/settings.js';
import { getStore, saveSingle, useLatest, useRecords } from '../../store/index.js';
import { ReportArticle } from './report-article.js';
import { buildReport } from './report-data.js';
import { ShareWithDoctor } from './share-with-doctor.js';

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
    const [{ reportPdf, typedText }, { loadReportFonts }] = await Promise.all([
      import('./report-pdf.js'),
      import('./report-font.js'),
    ]);
    const fonts = await loadReportFonts(typedText(report)).catch(() => null);
    // Offline before a font was ever cached (DejaVu is precached after the first visit,
    // a CJK font cached when first used): say so, offer print.
    if (!fonts)
      return setStatus('The PDF could not be made: its font did not load. Try again online, or print.');
    const pdf = reportPdf(report, fonts);
    const url = URL.createObjectURL(new Blob([pdf.bytes], { type: 'application/pdf' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `crick-report-${report.madeOn}.pdf`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 2000);
    setStatus(
      `Saved the PDF. It was made on this device; nothing was sent.${
        pdf.missing.length
          ? ` Its font has no letters for ${pdf.missing.slice(0, 10).join(' ')}: they show as boxes there. Print this page to keep them.`
          : ''
      }`,
    );
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
      <p role="status" class="small no-print" data-testid="pdf-status">
        {status}
      </p>
      <ReportArticle
        report={report}
        medicines={
          <>
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
          </>
        }
        questions={
          <>
            {/* Printed: the questions that fit the page (report-limits.ts); edited: all of them. */}
            {report.questions.length ? (
              <ol class="questions print-only">
                {report.questions.map((q, i) => (
                  <li key={`${i}-${q}`}>{q}</li>
                ))}
              </ol>
            ) : (
              <p class="print-only">None written.</p>
            )}
            <div class="no-print">
              <Questions questions={questions} />
            </div>
          </>
        }
      />
      <ShareWithDoctor report={report} />
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
