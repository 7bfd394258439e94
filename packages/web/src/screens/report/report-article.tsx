import type { ComponentChildren } from 'preact';
import { PainSvg } from './pain-svg.js';
import type { ReportData } from './report-data.js';
import { printsDense } from './report-limits.js';
import './report.css';

const Lines = ({ items }: { items: readonly string[] }) => (
  <ul>
    {items.map((t) => (
      <li key={t}>{t}</li>
    ))}
  </ul>
);

/**
 * The one-page report as the screen and its print view show it, in the PDF's order:
 * what matters most first. The medicines and the questions come as children where the
 * person edits them (`medicines`, `questions`); without them, the text alone.
 */
export function ReportArticle({
  report,
  medicines,
  questions,
}: {
  report: ReportData;
  medicines?: ComponentChildren;
  questions?: ComponentChildren;
}) {
  const { triage, pain } = report;
  const dense = printsDense([
    ...triage.reasons,
    ...triage.answers,
    ...triage.unsure,
    ...report.onset,
    report.painSummary,
    report.weekOne,
    ...report.sessions,
    ...report.helped,
    report.medicines,
    ...report.psfs,
    ...report.range,
    ...report.questions,
  ]);
  return (
    <article class={dense ? 'report report-dense' : 'report'} aria-label="The report">
      <p class="report-condition">
        {report.condition} Made on {report.madeOn}.
      </p>
      <h2>Red-flag check: what the person said that matters</h2>
      <p>{triage.summary}</p>
      {triage.reasons.length ? <Lines items={triage.reasons} /> : null}
      {triage.answers.length ? <p class="small">Answered: {triage.answers.join('; ')}.</p> : null}
      {triage.unsure.length ? <p class="small">Not sure: {triage.unsure.join('; ')}.</p> : null}
      {triage.others ? <p class="small">{triage.others}</p> : null}
      <h2>Onset</h2>
      <Lines items={report.onset} />
      <h2>Pain</h2>
      <p>{report.painSummary}</p>
      <PainSvg series={pain} />
      {pain.band || report.painWindow ? (
        <p class="small">
          {report.painWindow}
          {report.painWindow && pain.band ? ' ' : ''}
          {pain.band
            ? `Squares: daily mean pain. Hatched: ${pain.band.low} to ${pain.band.high}, within which a change is not yet meaningful (2 points or 30%).`
            : ''}
        </p>
      ) : null}
      <p>{report.weekOne}</p>
      <h2>Sessions and adherence</h2>
      <Lines items={report.sessions} />
      <h2>What helped</h2>
      <Lines items={report.helped} />
      <h2>Medicines</h2>
      {medicines ?? <p>{report.medicines}</p>}
      <h2>Function</h2>
      <Lines items={report.psfs} />
      {report.range.length ? (
        <>
          <h2>Range of motion</h2>
          <ul data-testid="report-range">
            {report.range.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Questions for the doctor</h2>
      {questions ??
        (report.questions.length ? (
          <ol class="questions">
            {report.questions.map((q, i) => (
              <li key={`${i}-${q}`}>{q}</li>
            ))}
          </ol>
        ) : (
          <p class="small muted">None written.</p>
        ))}
      {report.questionsLeftOut ? <p class="small">{report.questionsLeftOut}</p> : null}
    </article>
  );
}
