import type { Library } from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLibrary, everyItemCitesKnownSources, learnPagesHaveFacts, uniqueIds } from './check.js';
import {
  avoided,
  causeById,
  clinicianOnly,
  exerciseById,
  habitById,
  library,
  medicineById,
  remedyById,
  seedExerciseIds,
  sourceById,
} from './index.js';

const extras = { clinicianOnly, avoided };

/** The `sources` ids of the spec's red-flags.json (copied: the spec is outside the repo). */
const redFlagSourceIds = [
  'CKS-NSNP',
  'CKS-SUMMARY-GPONLINE',
  'CKS-RADIC',
  'DEVON-NECK',
  'NHS-NECK',
  'NHS-MENINGITIS',
  'NICE-NG228',
  'IFOMPT-2023',
  '5D3N',
  'ICHD3-CAD',
  'ACEP-CAD',
  'BARANY-CGD',
  'CCR',
  'NEXUS',
  'FELLER-2024',
  'QTF-WAD',
  'DCM-ROYALFREE',
  'DCM-MYELOPATHYORG',
  'GPREASONING',
  'NHS-HEARTATTACK',
  'RPA',
  'SEA',
  'NICE-MSCC',
  'GCA',
  'PMR',
  'RCEM-DYSTONIA',
  'PHARM-CPD',
  'TORTICOLLIS',
  'MAYO-NECK',
  'RDS-PAED',
];

describe('the whole library', () => {
  it('passes every check', () => {
    expect(checkLibrary(library, extras, seedExerciseIds)).toEqual([]);
  });

  it('gives every learn page sections of sourced facts', () => {
    expect(learnPagesHaveFacts(library)).toEqual([]);
    for (const id of [
      'what-is-a-spasm',
      'symptoms',
      'causes',
      'needs-a-doctor',
      'what-helps',
      'expected-course',
      'when-to-see-a-gp',
      'about-sources',
    ]) {
      expect(library.learn.map((p) => p.id)).toContain(id);
    }
  });

  it('gives every item a unique id', () => {
    expect(uniqueIds(library)).toEqual([]);
  });

  it('cites only sources it lists, and every item cites at least one', () => {
    expect(everyItemCitesKnownSources(library, extras)).toEqual([]);
  });

  it('has items of every kind', () => {
    expect(library.exercises.length).toBeGreaterThanOrEqual(20);
    expect(library.remedies.length).toBeGreaterThanOrEqual(7);
    expect(library.medicines.map((m) => m.group).sort()).toEqual(
      ['aspirin', 'menthol', 'oral_nsaid', 'paracetamol', 'topical_nsaid'].sort(),
    );
    expect(library.causes.length).toBeGreaterThanOrEqual(13);
    expect(library.habits.length).toBeGreaterThanOrEqual(11);
    expect(library.learn.length).toBeGreaterThanOrEqual(7);
  });
});

describe('sources', () => {
  it('lists the five seed articles by their README titles', () => {
    expect(sourceById('SEED-000')?.title).toBe('How to get rid of a neck muscle spasm (consumer article)');
    expect(sourceById('SEED-001')?.title).toBe('How to Relieve a Neck Muscle Spasm (consumer article)');
    expect(sourceById('SEED-002')?.title).toBe('Tips to Release Muscle Spasm (neck-pain clinic article)');
    expect(sourceById('SEED-003')?.title).toBe('Neck Spasms guide (Injurymap)');
    expect(sourceById('SEED-004')?.title).toBe('Neck Spasm - Symptoms, Causes and Treatment (Dr. Mary)');
  });

  it('lists every source id of red-flags.json', () => {
    const missing = redFlagSourceIds.filter((id) => !sourceById(id));
    expect(missing).toEqual([]);
  });

  it('lists the studies CLINICAL.md names', () => {
    for (const id of [
      'GARRA-2010',
      'COCHRANE-MASSAGE-2024',
      'DERRY-2015',
      'MACHADO-2015',
      'OPAL-2023',
      'CLELAND-2008',
      'KOVACS-2008',
      'HUSH-2011',
      'NIA-EXERCISE',
      'PSFS',
      'SEMIGRAN-2015',
    ]) {
      expect(sourceById(id), id).toBeDefined();
    }
  });
});

describe('lookups', () => {
  it('find items by id and return undefined for unknown ids', () => {
    expect(exerciseById('chin-tuck')?.name).toBe('Chin tuck');
    expect(remedyById('cold-pack')?.kind).toBe('cold');
    expect(medicineById('paracetamol')?.group).toBe('paracetamol');
    expect(causeById('phone-cradling')?.habits).toContain('phone-habits');
    expect(habitById('micro-breaks')?.reminder?.kind).toBe('interval');
    expect(exerciseById('no-such-exercise')).toBeUndefined();
  });
});

function allCitedIds(): string[] {
  return [
    ...library.exercises.flatMap((e) => e.sources),
    ...library.remedies.flatMap((r) => r.sources),
    ...library.medicines.flatMap((m) => m.sources),
    ...library.causes.flatMap((c) => c.sources),
    ...library.habits.flatMap((h) => h.sources),
    ...library.learn.flatMap((p) => p.sections.flatMap((s) => s.facts.flatMap((f) => f.sources))),
  ];
}

describe('the checks catch a broken library', () => {
  const without = <K extends keyof Library>(key: K, value: Library[K]): Library => ({
    ...library,
    [key]: value,
  });

  it('reports a cited source that has been removed', () => {
    const broken = without(
      'sources',
      library.sources.filter((s) => s.id !== 'GARRA-2010'),
    );
    expect(checkLibrary(broken, extras, seedExerciseIds).join('\n')).toMatch(/unknown source "GARRA-2010"/);
  });

  it('reports the removal of any source that something cites', () => {
    const cited = [...new Set(allCitedIds())];
    fc.assert(
      fc.property(fc.constantFrom(...cited), (id) => {
        const broken = without(
          'sources',
          library.sources.filter((s) => s.id !== id),
        );
        return everyItemCitesKnownSources(broken, extras).some((p) => p.includes(`"${id}"`));
      }),
      runs(100),
    );
  });

  it('reports a learn page section with no facts', () => {
    const broken = without(
      'learn',
      library.learn.map((p, i) => (i === 0 ? { ...p, sections: [{ heading: 'Empty', facts: [] }] } : p)),
    );
    expect(learnPagesHaveFacts(broken)).not.toEqual([]);
  });

  it('reports an item that cites nothing', () => {
    const broken = without(
      'habits',
      library.habits.map((h, i) => (i === 0 ? { ...h, sources: [] } : h)),
    );
    expect(checkLibrary(broken, extras, seedExerciseIds).join('\n')).toMatch(/cites no source/);
  });

  it('reports an exercise that has lost a step', () => {
    const broken = without(
      'exercises',
      library.exercises.map((e) => (e.id === 'chin-tuck' ? { ...e, steps: e.steps.slice(0, 2) } : e)),
    );
    expect(checkLibrary(broken, extras, seedExerciseIds).join('\n')).toMatch(/chin-tuck: 2 steps/);
  });

  it('reports an exercise without a dosage', () => {
    const broken = without(
      'exercises',
      library.exercises.map((e) => (e.id === 'ear-to-shoulder' ? ({ ...e, dosage: undefined } as never) : e)),
    );
    expect(checkLibrary(broken, extras, seedExerciseIds).join('\n')).toMatch(/ear-to-shoulder: no dosage/);
  });

  it('reports an exercise without keyframes', () => {
    const broken = without(
      'exercises',
      library.exercises.map((e) => (e.id === 'ostrich-glide' ? { ...e, keyframes: [] } : e)),
    );
    expect(checkLibrary(broken, extras, seedExerciseIds).join('\n')).toMatch(/ostrich-glide: 0 keyframes/);
  });

  it('reports a missing seed exercise', () => {
    const broken = without(
      'exercises',
      library.exercises.filter((e) => e.id !== 'ball-against-wall'),
    );
    expect(checkLibrary(broken, extras, seedExerciseIds).join('\n')).toMatch(/ball-against-wall missing/);
  });
});
