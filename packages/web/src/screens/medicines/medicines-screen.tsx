import {
  assessMedicines,
  type MedicineAnswers,
  type MedicineSafetyField,
  medicineQuestionsFor,
} from '@crick/core';
import { useState } from 'preact/hooks';
import { Choice } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { library } from '../../lib/library.js';

const questionText: Record<MedicineSafetyField, string> = {
  pregnant: 'Are you pregnant, or could you be?',
  anticoagulant: 'Do you take a blood thinner (such as warfarin, apixaban or daily aspirin)?',
  stomach_ulcer_history: 'Have you ever had a stomach ulcer or bleeding from the stomach?',
  kidney_disease: 'Do you have kidney disease?',
  asthma_nsaid_sensitive:
    'Has ibuprofen or aspirin ever made your asthma worse, or given you an allergic reaction?',
  heart_failure_or_cvd:
    'Do you have heart failure, heart disease, a past stroke, or blood pressure that is not under control?',
  inflammatory_bowel_disease: "Do you have Crohn's disease or ulcerative colitis?",
  age_65_or_over: 'Are you 65 or over?',
  liver_disease: 'Do you have liver disease?',
  alcohol_heavy: 'Do you often drink more than a little alcohol?',
  other_paracetamol_products:
    'Are you taking any other product with paracetamol (acetaminophen) in it, such as a cold remedy?',
};

const verdictText = {
  may_suit: 'May suit you',
  ask: 'Ask a pharmacist or doctor first',
  avoid: 'Not for you',
} as const;

/**
 * Information, never a prescription: the safety questions, then which options
 * may suit and why. No doses: always "follow the label".
 */
export default function MedicinesScreen() {
  const fields = medicineQuestionsFor(library.medicines);
  const [answers, setAnswers] = useState<MedicineAnswers>({});
  const [shown, setShown] = useState(false);
  const results = assessMedicines(library.medicines, answers);
  const set = (field: MedicineSafetyField, value: boolean | 'unsure') =>
    setAnswers({ ...answers, [field]: value });

  return (
    <Screen
      title="Medicines"
      lead="Some pain relief from a pharmacy can help for a few days. A few questions first, to keep you safe."
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setShown(true);
          requestAnimationFrame(() => document.getElementById('medicine-results')?.focus());
        }}
      >
        {fields.map((field) => (
          <fieldset key={field}>
            <legend>{questionText[field]}</legend>
            <div class="choices">
              {(['yes', 'no', 'unsure'] as const).map((v) => {
                const value = v === 'yes' ? true : v === 'no' ? false : 'unsure';
                return (
                  <Choice
                    key={v}
                    type="radio"
                    name={field}
                    value={v}
                    checked={answers[field] === value}
                    onChange={() => set(field, value)}
                  >
                    {v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Not sure'}
                  </Choice>
                );
              })}
            </div>
          </fieldset>
        ))}
        <button type="submit" class="btn btn-big btn-primary">
          Show what may suit me
        </button>
      </form>
      {shown ? (
        <section aria-labelledby="medicine-results" aria-live="polite">
          <h2 id="medicine-results" tabIndex={-1}>
            What may suit you
          </h2>
          {results.map((r) => {
            const m = library.medicines.find((x) => x.id === r.medicineId);
            if (!m) return null;
            return (
              <div key={m.id} class={`card verdict-${r.verdict}`} data-verdict={r.verdict}>
                <h3>{m.name}</h3>
                <p>
                  <strong>{verdictText[r.verdict]}</strong>
                </p>
                {r.reasons.length ? (
                  <ul>
                    {r.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                ) : null}
                {r.unanswered.length && r.verdict !== 'avoid' ? (
                  <p class="small muted">Some questions above are not answered yet.</p>
                ) : null}
                <p>{m.summary}</p>
                <p class="small muted">{m.evidence}</p>
                <p>
                  <strong>How much:</strong> follow the label. If you are not sure, ask a pharmacist.
                </p>
              </div>
            );
          })}
          <p class="notice">
            Crick never suggests opioids such as codeine: for neck pain they do not help more than other
            options, and they carry real risks. Muscle relaxants and injections are for a doctor to decide.
          </p>
        </section>
      ) : null}
    </Screen>
  );
}
