import type { ComponentChildren } from 'preact';
import { PainSvg } from './pain-svg.js';
import type { ReportData } from './report-data.js';
import './report.css';

/**
 * The report as a page: drawn by the report screen (with its editors in the
 * slots) and, read-only, by the GP hand-off's page, so both show the same.
 */
export function ReportArticle({
  report,
  medicinesEditor,
  questions,
}: {
  report: ReportData;
  /** The report screen's box for the medicines note; without one the note is shown as text. */
  medicinesEditor?: ComponentChildren;
  /** The report screen's questions with their editor; without them the questions are listed. */
  questions?: ComponentChildren;
}) {
  return (
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
          Squares: daily mean pain. Hatched: {report.pain.band.low} to {report.pain.band.high}, within which a
          change is not yet meaningful (2 points or 30%).
        </p>
      ) : null}
      <h2>What was tried and how it went</h2>
      <ul>
        {report.tried.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h2>Medicines</h2>
      {medicinesEditor ? (
        <>
          <p class="print-only">{report.medicines}</p>
          {medicinesEditor}
        </>
      ) : (
        <p>{report.medicines}</p>
      )}
      <h2>Adherence</h2>
      <p>{report.adherence}</p>
      <h2>Function</h2>
      <ul>
        {report.psfs.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h2>Questions for the doctor</h2>
      {questions ??
        (report.questions.length ? (
          <ol class="questions">
            {report.questions.map((q, i) => (
              <li key={`${i}-${q}`}>{q}</li>
            ))}
          </ol>
        ) : (
          <p class="small muted">None.</p>
        ))}
    </article>
  );
}
