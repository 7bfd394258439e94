import { createHash } from 'node:crypto';
import type { CheckIn, Intake, RemedyUse, SessionLog, SyncRecord, TriageRecord } from '@crick/core';

// Codes from CLINICAL.md section 5.
const SNOMED = 'http://snomed.info/sct';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const LOINC = 'http://loinc.org';
const PAIN_SEVERITY = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

/** A stable UUID (version-5 style) for a resource that has no record of its own. */
function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Resource = { resourceType: string; id: string } & Record<string, unknown>;

const ref = (id: string) => ({ reference: `urn:uuid:${id}` });
const conditionCategory = [
  {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' },
    ],
  },
];
const riskOf: Record<string, string> = {
  emergency: 'high',
  urgent: 'high',
  soon: 'moderate',
  self_care: 'low',
};

/** The condition the person came with, self-reported, onset from the intake when there is one. */
function conditions(patientId: string, intake: Intake | undefined): Resource[] {
  const common = {
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional' }],
    },
    category: conditionCategory,
    subject: ref(patientId),
    ...(intake ? { onsetDateTime: intake.startedOn } : {}),
  };
  return [
    {
      resourceType: 'Condition',
      id: uuidFrom(`${patientId}/condition/neck-pain`),
      ...common,
      code: {
        coding: [
          { system: SNOMED, code: '81680005', display: 'Neck pain' },
          { system: ICD10, code: 'M54.2', display: 'Cervicalgia' },
        ],
        text: 'Neck pain',
      },
    },
    {
      resourceType: 'Condition',
      id: uuidFrom(`${patientId}/condition/spasm`),
      ...common,
      code: {
        coding: [
          { system: SNOMED, code: '45352006', display: 'Spasm' },
          { system: ICD10CM, code: 'M62.838', display: 'Other muscle spasm' },
        ],
        text: 'Neck muscle spasm',
      },
    },
  ];
}

function painObservation(patientId: string, id: string, c: CheckIn): Resource {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }],
      },
    ],
    code: { coding: [PAIN_SEVERITY], text: 'Neck pain, 0-10' },
    subject: ref(patientId),
    effectiveDateTime: c.at ?? c.date,
    valueInteger: c.pain,
    ...(c.note ? { note: [{ text: c.note }] } : {}),
  };
}

function sessionProcedure(patientId: string, id: string, s: SessionLog): Resource {
  const notes = [
    s.exerciseIds.length > 0 ? `Exercises: ${s.exerciseIds.join(', ')}` : undefined,
    s.painBefore !== undefined && s.painAfter !== undefined
      ? `Pain ${s.painBefore} before, ${s.painAfter} after (0-10)`
      : undefined,
    s.stopSymptom ? `Stopped for: ${String(s.stopSymptom).replaceAll('_', ' ')}` : undefined,
  ].filter((n): n is string => n !== undefined);
  return {
    resourceType: 'Procedure',
    id,
    status: s.completed ? 'completed' : 'stopped',
    code: { text: 'Guided neck exercise session' },
    subject: ref(patientId),
    performedDateTime: s.startedAt ?? s.date,
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
  };
}

function remedyProcedure(patientId: string, id: string, r: RemedyUse): Resource {
  const start = new Date(r.startedAt);
  const end = new Date(start.getTime() + r.minutes * 60_000);
  return {
    resourceType: 'Procedure',
    id,
    status: 'completed',
    code: { text: r.kind === 'cold' ? 'Cold application to the neck' : 'Heat application to the neck' },
    subject: ref(patientId),
    performedPeriod: Number.isNaN(end.getTime())
      ? { start: r.startedAt }
      : { start: r.startedAt, end: end.toISOString() },
  };
}

function triageRiskAssessment(patientId: string, id: string, t: TriageRecord): Resource {
  return {
    resourceType: 'RiskAssessment',
    id,
    status: 'final',
    subject: ref(patientId),
    occurrenceDateTime: t.at,
    method: { text: 'Crick red-flag triage' },
    prediction: [
      {
        outcome: { text: `Triage level: ${String(t.level).replace('_', ' ')}` },
        qualitativeRisk: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/risk-probability',
              code: riskOf[String(t.level)] ?? 'moderate',
            },
          ],
        },
      },
    ],
    ...(t.fired.length > 0 ? { note: [{ text: `Red flags: ${t.fired.join(', ')}` }] } : {}),
  };
}

/**
 * A FHIR R4 collection Bundle of the person's records: the Patient, the
 * condition, pain check-ins as Observations, sessions and cold/heat as
 * Procedures, triage as RiskAssessments. References are by urn:uuid, which
 * each entry's fullUrl carries.
 */
export function toFhirBundle(
  person: { id: string; email: string },
  records: readonly SyncRecord[],
  now: Date,
): Record<string, unknown> {
  const live = records.filter((r) => !r.deleted && r.data !== null);
  const intakes = live.filter((r) => r.type === 'intake');
  const intake = intakes.at(-1)?.data as Intake | undefined;
  const resources: Resource[] = [
    { resourceType: 'Patient', id: person.id, telecom: [{ system: 'email', value: person.email }] },
    ...conditions(person.id, intake),
  ];
  for (const r of live) {
    if (r.type === 'checkIn') resources.push(painObservation(person.id, r.id, r.data as CheckIn));
    else if (r.type === 'session') resources.push(sessionProcedure(person.id, r.id, r.data as SessionLog));
    else if (r.type === 'remedyUse') resources.push(remedyProcedure(person.id, r.id, r.data as RemedyUse));
    else if (r.type === 'triage')
      resources.push(triageRiskAssessment(person.id, r.id, r.data as TriageRecord));
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
