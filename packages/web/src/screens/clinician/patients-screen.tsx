import { useEffect, useState } from 'preact/hooks';
import { OutcomeLines } from '../../components/outcome-lines.js';
import { Screen } from '../../components/screen.js';
import { useSyncStatus } from '../../lib/sync-status.js';
import { ApiError } from '../../sync/api.js';
import { clinicianApi, type PatientSummary } from '../../sync/clinic-api.js';
import { ClinicianOnly, shortDay } from './clinician-parts.js';
import './clinician.css';

/** The clinician's patients, in the server's order: who needs attention first (core's byAttention). */
export default function PatientsScreen() {
  const status = useSyncStatus();
  const [patients, setPatients] = useState<readonly PatientSummary[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (status.role !== 'clinician') return;
    clinicianApi
      .patients()
      .then(setPatients, (e: unknown) =>
        setError(e instanceof ApiError ? e.message : 'Could not load your patients.'),
      );
  }, [status.role]);

  if (status.role !== 'clinician') return <ClinicianOnly title="Your patients" />;
  return (
    <Screen title="Your patients">
      <p>
        <a class="btn" href="#/redeem">
          Enter a share code
        </a>
      </p>
      <OutcomeLines error={error} />
      {patients === null ? null : patients.length === 0 ? (
        <p>
          No one has shared with you yet. Ask your patient to make a share code in Crick's Account screen.
        </p>
      ) : (
        <ol class="patient-list">
          {patients.map((p) => {
            const week = p.attention.adherence.at(-1);
            return (
              <li key={p.patientId} class="card">
                <h2>
                  <a href={`#/clinician/patient?id=${encodeURIComponent(p.patientId)}`}>{p.label}</a>
                </h2>
                {p.attention.reasons.length ? (
                  <ul aria-label={`Needs attention: ${p.label}`} class="reasons">
                    {p.attention.reasons.map((r) => (
                      <li key={r.kind + r.message}>
                        <strong>{reasonTitle[r.kind] ?? r.kind}:</strong> {r.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>Nothing needs attention.</p>
                )}
                <p class="small muted">
                  Shared since {shortDay(p.since)}
                  {p.attention.painNow !== undefined ? ` · pain now ${p.attention.painNow}/10` : ''}
                  {week ? ` · this week ${week.done} of ${week.planned} sessions` : ''}
                  {p.lastReviewedAt ? ` · reviewed ${shortDay(p.lastReviewedAt)}` : ' · not reviewed yet'}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Screen>
  );
}

const reasonTitle: Record<string, string> = {
  triage: 'Check',
  red_flag_stop: 'Stopped for a warning sign',
  pain_rise: 'Pain rising',
  missed_sessions: 'Missed sessions',
};
