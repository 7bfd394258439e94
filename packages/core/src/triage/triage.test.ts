import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveBoolFields } from './expr.js';
import { type Facts, type FieldName, fieldNames, fieldSpecs } from './fields.js';
import { levelRank, redFlagRules } from './rules.js';
import { triage } from './triage.js';

interface Vignette {
  id: string;
  answers: Facts;
  expected_triage: keyof typeof levelRank;
  source_rule: string;
}
const vignettes = JSON.parse(
  readFileSync(new URL('../../../../../shared/spec/vignettes-public.json', import.meta.url), 'utf8'),
) as Vignette[];

/** Red-flag fields: a "yes" can only push a rule towards firing. */
const redFlagFields = (() => {
  const all = new Map<FieldName, boolean>();
  for (const r of redFlagRules) {
    for (const [f, positive] of positiveBoolFields(r.when)) all.set(f, (all.get(f) ?? true) && positive);
  }
  return [...all].filter(([, positive]) => positive).map(([f]) => f);
})();

const anyFacts: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    fieldNames
      .filter((n) => !('medicinesOnly' in fieldSpecs[n]))
      .map((name) => {
        const s = fieldSpecs[name];
        const arb =
          s.type === 'bool'
            ? fc.constantFrom(true, false, 'unsure', null)
            : s.type === 'enum'
              ? fc.constantFrom(...(s.values ?? []), 'unsure', null)
              : name === 'age'
                ? fc.option(fc.integer({ min: 0, max: 100 }))
                : name === 'pain_0_10'
                  ? fc.option(fc.integer({ min: 0, max: 10 }))
                  : name === 'onset_days'
                    ? fc.option(fc.integer({ min: 0, max: 40 }))
                    : fc.constant('');
        return [name, arb];
      }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Facts>;

describe('triage', () => {
  for (const v of vignettes) {
    it(`sends public vignette ${v.id} to ${v.expected_triage}${v.source_rule.startsWith('RF') ? ` through ${v.source_rule}` : ''}`, () => {
      const outcome = triage(v.answers);
      expect(outcome.level).toBe(v.expected_triage);
      if (v.source_rule.startsWith('RF')) expect(outcome.fired.map((r) => r.id)).toContain(v.source_rule);
    });
  }

  it('is self-care with no reasons when an adult answers no to everything', () => {
    const outcome = triage({ age: 35, mechanical_trigger: true });
    expect(outcome).toMatchObject({ level: 'self_care', fired: [] });
  });

  it('never treats an unknown age as a young adult', () => {
    const outcome = triage({ mechanical_trigger: true, trauma: true, trauma_mechanism: 'fall_standing' });
    expect(outcome.level).toBe('emergency');
    expect(outcome.fired.find((r) => r.id === 'RF-E08')?.precautionary).toBe(true);
    expect(triage({ mechanical_trigger: true }).level).not.toBe('self_care');
  });

  it('counts "not sure" to an emergency question as yes', () => {
    const outcome = triage({ age: 30, rash_nonblanching: 'unsure' });
    expect(outcome.level).toBe('emergency');
    expect(outcome.fired[0]?.reason).toMatch(/^You were not sure about a rash/);
  });

  it('lets a "not sure" matter only where it could change a rule', () => {
    // Without a temperature, not being sure about light sensitivity cannot make RF-E02 fire.
    expect(triage({ age: 30, fever: false, photophobia: 'unsure', mechanical_trigger: true }).level).toBe(
      'self_care',
    );
  });

  it('explains every fired rule in plain words and gives the level’s action', () => {
    const outcome = triage({ age: 30, fever: true, chin_to_chest_difficult: true, headache: 'severe' });
    expect(outcome.level).toBe('emergency');
    for (const r of outcome.fired)
      expect(r.reason).toMatch(
        /^(You said .+, which can mean|You told us: .+\. With neck pain, that can mean) .+\.$/,
      );
    // A rule with a single sign names the sign the person gave, not the whole list.
    expect(triage({ age: 30, drooling_cannot_swallow_saliva: true }).fired[0]?.reason).toBe(
      'You told us: cannot swallow your own spit, or drooling. With neck pain, that can mean a threat to the airway, such as a deep throat infection.',
    );
    expect(outcome.action).toMatch(/emergency number/);
  });

  it('is the highest level among the fired rules', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const outcome = triage(facts);
        const top = Math.max(0, ...outcome.fired.map((r) => levelRank[r.level]));
        return levelRank[outcome.level] === top;
      }),
      { numRuns: 2000 },
    );
  });

  it('never lowers the level when a red-flag question is answered yes', () => {
    expect(redFlagFields.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(anyFacts, fc.constantFrom(...redFlagFields), (facts, field) => {
        const before = levelRank[triage(facts).level];
        const after = levelRank[triage({ ...facts, [field]: true }).level];
        return after >= before;
      }),
      { numRuns: 3000 },
    );
  });

  it('never lowers the level when "no" becomes "not sure"', () => {
    fc.assert(
      fc.property(anyFacts, fc.constantFrom(...redFlagFields), (facts, field) => {
        const no = levelRank[triage({ ...facts, [field]: false }).level];
        const unsure = levelRank[triage({ ...facts, [field]: 'unsure' }).level];
        return unsure >= no;
      }),
      { numRuns: 2000 },
    );
  });
});
