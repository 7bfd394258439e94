import { compareText, prescriptionInForce, psfsChange, sessionOutcome, stopSymptomLabels } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { OutcomeLines } from '../../components/outcome-lines.js';
import { Screen } from '../../components/screen.js';
import { painSeries } from '../../lib/charts/series.js';
import { localDate } from '../../lib/clock.js';
import { useSyncStatus } from '../../lib/sync-status.js';
import type { ScreenProps } from '../../routes.js';
import { ApiError } from '../../sync/api.js';
import { type ClinicianNote, clinicianApi, type PatientSummary } from '../../sync/clinic-api.js';
import { PainSvg } from '../report/pain-svg.js';
import { ReportArticle } from '../report/report-article.js';
import { buildReport } from '../report/report-data.js';
import '../../lib/charts/charts.css';
import '../report/report.css';
import { AdjustProgramme } from './adjust-programme.js';
import './clinician.css';
import { ClinicianOnly, shortDay } from './clinician-parts.js';
import { type PatientRecords, patientRecords } from './patient-data.js';

interface Loaded {
  readonly summary: PatientSummary | null;
  readonly records: PatientRecords;
  readonly note: ClinicianNote;
}

const download = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
};

/** One patient, for the consultation: what needs attention, how it went, the report, notes and the programme. */
export default function PatientScreen({ route }: ScreenProps) {
  const status = useSyncStatus();
  const id = route.params.get('id') ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');

  async function reload() {
    try {
      const [patients, records, note] = await Promise.all([
        clinicianApi.patients(),
        clinicianApi.records(id),
        clinicianApi.note(id),
      ]);
      setLoaded({
        summary: patients.find((p) => p.patientId === id) ?? null,
        records: patientRecords(records.records),
        note,
      });
      setError('');
    } catch (e) {
      setLoaded(null);
      setError(failure(e));
    }
  }
  useEffect(() => {
    if (status.role === 'clinician') void reload();
  }, [status.role, id]);

  async function act(what: () => Promise<unknown>, done: string) {
    try {
      await what();
      setSaid(done);
      setError('');
    } catch (e) {
      setError(failure(e));
    }
  }

  if (status.role !== 'clinician') return <ClinicianOnly title="Patient" />;
  const title = loaded?.summary?.label ?? 'Patient';
  return (
    <Screen title={title}>
      <p>
        <a href="#/clinician">All patients</a>
      </p>
      <OutcomeLines said={said} error={error} />
      {loaded ? <PatientBody id={id} loaded={loaded} act={act} /> : null}
    </Screen>
  );
}

function failure(e: unknown): string {
  if (e instanceof ApiError && e.code === 'not_shared')
    return 'This person no longer shares their entries with you.';
  if (e instanceof ApiError && e.code === 'adjust_not_allowed')
    return 'This person has not allowed you to adjust their programme.';
  return e instanceof ApiError ? e.message : 'Something went wrong. Please try again.';
}

function PatientBody({
  id,
  loaded,
  act,
}: {
  id: string;
  loaded: Loaded;
  act: (what: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const { summary, records } = loaded;
  const { history, intake } = records;
  const today = localDate();
  // The doctor's report, made from the patient's entries by the person's own report code.
  const report = buildReport({
    intake,
    history,
    today,
    medicines: records.medicines,
    questions: records.questions,
    neckRanges: records.neckRanges,
  });
  const pain = painSeries(history.checkIns, intake?.pain);
  const psfs = [...history.psfs].sort((a, b) => compareText(a.date, b.date));
  const change = psfsChange(psfs);
  const sessions = [...history.sessions].sort((a, b) => (a.date < b.date ? 1 : -1));

  return (
    <>
      <section class="card" aria-labelledby="attention-title">
        <h2 id="attention-title">Needs attention</h2>
        {summary?.attention.reasons.length ? (
          <ul>
            {summary.attention.reasons.map((r) => (
              <li key={r.kind + r.message}>{r.message}</li>
            ))}
          </ul>
        ) : (
          <p>Nothing needs attention.</p>
        )}
        <p class="small muted">
          {summary?.lastReviewedAt
            ? `Last reviewed ${shortDay(summary.lastReviewedAt)}.`
            : 'Not reviewed yet.'}
        </p>
        <button
          type="button"
          class="btn"
          onClick={() => void act(() => clinicianApi.reviewed(id), 'Marked as reviewed.')}
        >
          Mark as reviewed
        </button>
      </section>

      <h2>Sessions done of planned, per week</h2>
      {summary?.attention.adherence.length ? (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Week from</th>
              <th scope="col">Done</th>
              <th scope="col">Planned</th>
            </tr>
          </thead>
          <tbody>
            {summary.attention.adherence.map((w) => (
              <tr key={w.weekStart}>
                <td>{shortDay(w.weekStart)}</td>
                <td>{w.done}</td>
                <td>{w.planned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No sessions planned yet.</p>
      )}

      <h2>Pain</h2>
      <p>{report.painSummary}</p>
      <PainSvg series={pain} />
      {pain.band ? (
        <p class="small">
          Hatched: {pain.band.low} to {pain.band.high} out of 10, within which a change from the start (
          {pain.baseline}) is not yet meaningful (2 points or 30%).
        </p>
      ) : null}
      {pain.dates.length ? (
        <details>
          <summary>Pain by day as a table</summary>
          <table class="data">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Pain (daily mean)</th>
              </tr>
            </thead>
            <tbody>
              {pain.dates.map((d, i) => (
                <tr key={d}>
                  <td>{shortDay(d)}</td>
                  <td>{pain.pain[i]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}

      <h2>Function (PSFS) over time</h2>
      {psfs.length ? (
        <>
          {change ? (
            <p>
              Mean {change.first} at first, {change.latest} now ({change.change > 0 ? '+' : ''}
              {change.change}; 0 cannot, 10 as before).
            </p>
          ) : null}
          <table class="data">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Activities (0 to 10)</th>
              </tr>
            </thead>
            <tbody>
              {psfs.map((p) => (
                <tr key={p.date}>
                  <td>{shortDay(p.date)}</td>
                  <td>{p.activities.map((a) => `${a.name}: ${a.score}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>Not scored yet.</p>
      )}

      <h2>Last check</h2>
      <p>{report.triage.summary}</p>
      {report.triage.reasons.length ? (
        <ul>
          {report.triage.reasons.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}

      <h2>Sessions</h2>
      {sessions.length ? (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">How it went</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s, i) => (
              <tr key={`${s.date}-${i}`}>
                <td>{shortDay(s.date)}</td>
                <td>
                  {outcomeWords[sessionOutcome(s)]}
                  {s.stopSymptom ? `, for: ${stopSymptomLabels[s.stopSymptom]}` : ''}
                  {s.painBefore !== undefined && s.painAfter !== undefined
                    ? ` (pain ${s.painBefore} to ${s.painAfter})`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No sessions yet.</p>
      )}

      <h2>Remedies used</h2>
      {history.remedyUses.length ? (
        <ul>
          {history.remedyUses.map((u) => (
            <li key={u.startedAt + u.kind}>
              {shortDay(u.startedAt)}: {u.kind}, {u.minutes} min
              {u.helped ? `, helped: ${helpedWords[u.helped]}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>None recorded.</p>
      )}

      <h2>Report and records</h2>
      <div class="btn-row">
        <button
          type="button"
          class="btn"
          onClick={async () => {
            const [{ reportPdf, typedText }, { loadReportFonts }] = await Promise.all([
              import('../report/report-pdf.js'),
              import('../report/report-font.js'),
            ]);
            const pdf = reportPdf(report, await loadReportFonts(typedText(report)));
            download(new Blob([pdf.bytes], { type: 'application/pdf' }), `crick-report-${report.madeOn}.pdf`);
          }}
        >
          Save the report as PDF
        </button>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void act(async () => {
              const bundle = await clinicianApi.fhir(id);
              download(
                new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }),
                `crick-fhir-${today}.json`,
              );
            }, 'Downloaded the FHIR Bundle.')
          }
        >
          Download FHIR Bundle
        </button>
      </div>
      <details>
        <summary>The report for the doctor</summary>
        <ReportArticle report={report} />
      </details>

      <PrivateNote id={id} initial={loaded.note} act={act} />

      {summary?.canAdjust ? (
        <AdjustProgramme
          id={id}
          inForce={prescriptionInForce(history.prescriptions ?? [], today)}
          act={act}
        />
      ) : (
        <p class="notice">This person has not allowed you to adjust their programme.</p>
      )}
    </>
  );
}

const outcomeWords = {
  finished: 'Finished',
  partly: 'Partly done',
  skipped: 'Skipped',
  stopped: 'Stopped early',
};
const helpedWords = { yes: 'yes', a_little: 'a little', no: 'no' };

/** The clinician's own note, seen by no one else (the person sees only that one was written). */
function PrivateNote({
  id,
  initial,
  act,
}: {
  id: string;
  initial: ClinicianNote;
  act: (what: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const [text, setText] = useState(initial.text);
  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        void act(() => clinicianApi.saveNote(id, text), 'Saved your note.');
      }}
    >
      <h2>
        <label for="clinician-note">Your private note</label>
      </h2>
      <p class="small muted">Only you see it. The person sees that a note was written, not what it says.</p>
      <textarea id="clinician-note" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="btn">
        Save note
      </button>
    </form>
  );
}
