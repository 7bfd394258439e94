import type { PlanPrescription } from '@crick/core';

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "Set by <clinician> on <date>" on Today, with what it changed against Crick's own
 * plan, the clinician's note, and, when safety set it aside today, why.
 */
export function PrescriptionCard({ prescription: rx }: { prescription: PlanPrescription }) {
  return (
    <section class={rx.overridden ? 'notice notice-warn' : 'notice'} aria-labelledby="rx-title">
      <h2 id="rx-title">
        Set by {rx.setBy.name} on {day(rx.setAt)}
      </h2>
      {rx.overridden ? (
        <p>
          <strong>Set aside today for your safety.</strong> {rx.overrideReason}
        </p>
      ) : null}
      {rx.changes.length ? (
        <>
          <p class="small">What it changes in Crick's plan:</p>
          <ul class="small">
            {rx.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {rx.note ? (
        <p class="small">
          {rx.setBy.name}'s note: {rx.note}
        </p>
      ) : null}
    </section>
  );
}
