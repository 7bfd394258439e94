import type { SyncRecord } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { toFhirBundle } from './fhir.js';

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
];

type Resource = Record<string, unknown> & { resourceType: string; id: string };
const bundle = toFhirBundle(person, records, new Date('2026-11-22T10:00:00.000Z')) as {
  resourceType: string;
  type: string;
  timestamp: string;
  entry: { fullUrl: string; resource: Resource }[];
};
const resources = bundle.entry.map((e) => e.resource);
const ofType = (t: string) => resources.filter((r) => r.resourceType === t);
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
    const observations = ofType('Observation');
    expect(observations).toHaveLength(2);
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

  it('leaves out deleted records and settings', () => {
    const ids = resources.map((r) => r.id);
    expect(ids).not.toContain(records[6]?.id);
    expect(ids).not.toContain(records[7]?.id);
    expect(ofType('Patient')).toEqual([expect.objectContaining({ id: person.id })]);
  });
});
