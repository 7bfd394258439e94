import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property.testkit.js';
import { cmp, is, positiveBoolFields } from './expr.js';
import { type Facts, type FieldName, fieldNames, fieldSpecs } from './fields.js';
import { levelRank, type RedFlagRule, redFlagRules } from './rules.js';
import { explain, questionNames, triage } from './triage.js';
import { assess } from './verdict.js';

interface Vignette {
  id: string;
  answers: Facts;
  expected_triage: keyof typeof levelRank;
  source_rule: string;
}
const vignettes = JSON.parse(
  readFileSync(new URL('../../spec/vignettes-public.json', import.meta.url), 'utf8'),
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
  it('has the 40 public vignettes of red-flags.json 0.2', () => {
    expect(vignettes).toHaveLength(40);
  });

  for (const v of vignettes) {
    // "RF-E08 (precaution)": the rule, and that it fired only as a precaution.
    const [rule, precaution] = v.source_rule.split(' ');
    it(`sends public vignette ${v.id} to ${v.expected_triage}${rule?.startsWith('RF') ? ` through ${v.source_rule}` : ''}`, () => {
      const outcome = triage(v.answers);
      expect(outcome.level).toBe(v.expected_triage);
      if (rule?.startsWith('RF')) {
        const fired = outcome.fired.find((r) => r.id === rule);
        expect(fired, `${rule} fired`).toBeDefined();
        expect(fired?.precautionary).toBe(precaution === '(precaution)');
      } else expect(outcome.fired).toEqual([]);
    });
  }

  it('is self-care with no reasons when an adult answers no to everything', () => {
    const outcome = triage({ age: 35, mechanical_trigger: true });
    expect(outcome).toMatchObject({ level: 'self_care', fired: [] });
  });

  it('never treats an unknown age as a young adult', () => {
    const outcome = triage({ mechanical_trigger: true, trauma: true, trauma_mechanism: 'fall_standing' });
    expect(outcome.fired.find((r) => r.id === 'RF-E08')?.reason).toMatch(/^You did not answer “Age”/);
    expect(outcome.level).toBe('emergency');
    expect(outcome.fired.find((r) => r.id === 'RF-E08')?.precautionary).toBe(true);
    expect(triage({ mechanical_trigger: true }).level).not.toBe('self_care');
  });

  it('reads "not sure" to a yes/no question as its unsure_as, and marks it', () => {
    const outcome = triage({ age: 30, rash_nonblanching: 'unsure' });
    expect(outcome.level).toBe('emergency');
    expect(outcome.fired[0]).toMatchObject({
      id: 'RF-E01',
      precautionary: false,
      unsure: ['rash_nonblanching'],
    });
    expect(outcome.fired[0]?.reason).toMatch(/^You were not sure about “A rash/);
    expect(outcome.unsure).toEqual(['rash_nonblanching']);
  });

  it('reads "not sure" to a reassuring question as no (unsure_as false)', () => {
    // Not sure whether there is an everyday cause: no cause, so a first neck pain at 60 is seen soon.
    const outcome = triage({ age: 60, first_episode: true, mechanical_trigger: 'unsure' });
    expect(outcome.fired.map((r) => [r.id, r.precautionary])).toEqual([['RF-S04', false]]);
    // Not sure about turning the head after an injury today: the neck is not cleared.
    expect(
      triage({ age: 30, trauma: true, onset_days: 0, can_rotate_45_both: 'unsure' }).fired.find(
        (r) => r.id === 'RF-E09',
      )?.precautionary,
    ).toBe(false);
  });

  it('reads "not sure" to a choice or a number as unknown, which fires as a precaution', () => {
    const weak = triage({ age: 30, trauma: true, onset_days: 5, weakness: 'unsure' });
    expect(weak.fired.find((r) => r.id === 'RF-E17')).toMatchObject({
      precautionary: true,
      unknown: ['weakness'],
    });
    const when = triage({ age: 70, trauma: true, onset_days: 'unsure', can_rotate_45_both: true });
    expect(when.level).toBe('emergency');
    expect(when.fired.find((r) => r.id === 'RF-E08')).toMatchObject({ precautionary: true });
    // Answered, the same injury five days ago is urgent, not an emergency.
    expect(triage({ age: 70, trauma: true, onset_days: 5, can_rotate_45_both: true }).level).toBe('urgent');
  });

  it('gives SOON, never a silent self-care, when nothing is answered', () => {
    const outcome = triage({});
    expect(outcome.level).toBe('soon');
    expect(outcome.fired.find((r) => r.id === 'RF-S10')).toMatchObject({
      precautionary: true,
      unknown: ['age'],
      reason: expect.stringMatching(/^You did not answer “Age”, so to be safe/),
    });
  });

  it('fires a precaution at every level it belongs to: an unknown pain score with painkillers that failed', () => {
    expect(triage({ age: 30, otc_analgesia_ineffective: true }).fired).toEqual([
      expect.objectContaining({ id: 'RF-S09', precautionary: true, unknown: ['pain_0_10'] }),
    ]);
  });

  it('counts an unknown term of a sum as 0 or 1 (RF-U11)', () => {
    // One sign and an age not given: a second sign cannot be ruled out.
    const one = triage({ weight_loss_unexplained: true, first_episode: true });
    expect(one.fired.find((r) => r.id === 'RF-U11')?.precautionary).toBe(true);
    // One sign at 30: the age term is false, so one sign is not two.
    expect(triage({ age: 30, weight_loss_unexplained: true }).fired.map((r) => r.id)).toEqual(['RF-S03']);
    expect(triage({ age: 30, weight_loss_unexplained: true, night_pain_unrelenting: true }).level).toBe(
      'urgent',
    );
  });

  it('treats a pedestrian struck by a vehicle as a dangerous mechanism', () => {
    const injury = { age: 30, trauma: true, onset_days: 0, can_rotate_45_both: true } as const;
    expect(triage({ ...injury, trauma_mechanism: 'pedestrian_struck' }).level).toBe('emergency');
    expect(triage({ ...injury, trauma_mechanism: 'other_low_energy' }).level).toBe('self_care');
  });

  it('keeps the named boundaries: age 65, onset_days 2 and pain 8 exactly', () => {
    const injury = {
      trauma: true,
      can_rotate_45_both: true,
      trauma_mechanism: 'fall_standing',
      mechanical_trigger: true,
    } as const;
    expect(triage({ ...injury, age: 65, onset_days: 1 }).level).toBe('emergency');
    expect(triage({ ...injury, age: 64, onset_days: 1 }).level).toBe('self_care');
    // Two days after the injury is past the Canadian C-spine rule's 48 hours: urgent, not an emergency.
    expect(triage({ ...injury, age: 65, onset_days: 2 }).level).toBe('urgent');
    const pain = { age: 30, otc_analgesia_ineffective: true } as const;
    expect(triage({ ...pain, pain_0_10: 8 }).level).toBe('soon');
    expect(triage({ ...pain, pain_0_10: 7 }).level).toBe('self_care');
  });

  it('accepts the deprecated 0.1 field cannot_cope_or_worried and reads it in no rule', () => {
    expect(triage({ age: 30, cannot_cope_or_worried: true })).toMatchObject({
      level: 'self_care',
      fired: [],
    });
    expect(triage({ age: 30, cannot_cope_pain: true }).fired.map((r) => r.id)).toEqual(['RF-S09']);
  });

  it('lets a "not sure" matter only where it could change a rule', () => {
    // Without a temperature, not being sure about light sensitivity cannot make RF-E02 fire.
    expect(triage({ age: 30, fever: false, photophobia: 'unsure', mechanical_trigger: true }).level).toBe(
      'self_care',
    );
    // Blind B40: not sure about bending the chin, with nothing else, stays self-care.
    expect(triage({ age: 30, chin_to_chest_difficult: 'unsure' }).level).toBe('self_care');
  });

  it('explains every fired rule in plain words and gives the level’s action', () => {
    const outcome = triage({
      age: 30,
      fever: true,
      chin_to_chest_difficult: true,
      headache: 'severe',
      headache_new_different: false,
    });
    expect(outcome.level).toBe('emergency');
    expect(outcome.fired.length).toBeGreaterThan(1);
    for (const r of outcome.fired)
      expect(r.reason).toMatch(
        /^(You said .+, which can mean|You told us: .+\. With neck pain, that can mean) .+\.$/,
      );
    // A rule with a single sign names the sign the person gave, not the whole list.
    expect(triage({ age: 30, drooling_cannot_swallow_saliva: true }).fired[0]?.reason).toBe(
      'You told us: drooling, cannot swallow spit. With neck pain, that can mean a threat to the airway, such as a deep throat infection.',
    );
    expect(outcome.action).toMatch(/emergency number/);
  });

  it('names the answers that made a rule true: the number given, and the choice in the person’s words', () => {
    expect(triage({ age: 30, otc_analgesia_ineffective: true, pain_0_10: 9 }).fired[0]?.reason).toBe(
      'You told us: pain now 9; painkillers at the label dose have not helped. With neck pain, that can mean that you need a plan from a clinician.',
    );
    expect(triage({ age: 30, arm_symptoms: 'one_arm' }).fired[0]?.reason).toBe(
      'You told us: pain or tingling into an arm (in one arm). With neck pain, that can mean a trapped nerve in the neck, which usually settles but needs an examination.',
    );
    expect(
      triage({ age: 30, onset_days: 5, weakness: 'one_arm_progressive' }).fired.find((r) => r.id === 'RF-U02')
        ?.reason,
    ).toBe(
      'You told us: a weak arm or leg (one arm, and it is getting worse). With neck pain, that can mean a trapped nerve that is losing strength.',
    );
  });

  it('names only answers from the part of a rule that held, not a true answer in a branch that did not', () => {
    // RF-U02: weakness getting worse, or any weakness that began in the last 2 days. The pain began
    // today, but the weakness is the worsening kind: the day it began is not why the rule fired.
    expect(
      triage({ age: 30, onset_days: 0, weakness: 'one_arm_progressive' }).fired.find((r) => r.id === 'RF-U02')
        ?.reason,
    ).toBe(
      'You told us: a weak arm or leg (one arm, and it is getting worse). With neck pain, that can mean a trapped nerve that is losing strength.',
    );
  });

  it('says first that a "not sure" was counted as yes, naming it', () => {
    expect(triage({ age: 30, rash_nonblanching: 'unsure' }).fired[0]?.reason).toBe(
      'You were not sure about “A rash that stays under a pressed glass”, so to be safe we count it as yes. With neck pain, that can mean meningitis or blood poisoning (sepsis).',
    );
  });

  it('tells a "not sure" apart from what the person told us, when both made a rule fire', () => {
    // RF-U08: 50 or over, and the signs of inflamed arteries (not sure, counted as yes).
    expect(triage({ age: 70, gca_symptoms: 'unsure' }).fired.find((r) => r.id === 'RF-U08')?.reason).toBe(
      'You were not sure about “New temple headache, tender scalp, or jaw pain when chewing”, so to be safe we count it as yes. You told us: age 70. With neck pain, that can mean inflamed arteries (giant cell arteritis).',
    );
  });

  it('names each "not sure" that made a rule fire, and a rule that fired on its answers has nothing left to settle', () => {
    const fired = triage({ age: 70, gca_symptoms: 'unsure', visual_disturbance: 'unsure' }).fired.find(
      (r) => r.id === 'RF-E14',
    );
    expect(fired).toMatchObject({
      precautionary: false,
      unknown: [],
      reason:
        'You were not sure about “New temple headache, tender scalp, or jaw pain when chewing” and “Blurred or lost sight”, so to be safe we count them as yes. You told us: age 70. With neck pain, that can mean inflamed arteries (giant cell arteritis) that can harm your sight.',
    });
  });

  it('names every answer a precaution lacks, "not sure" ones and untold ones, each list in full', () => {
    const facts = {
      age: 'unsure',
      onset_days: 'unsure',
      weakness: 'unsure',
      neuro_progression: 'unsure',
    } as const;
    expect(triage(facts).fired.find((r) => r.id === 'RF-E07')?.reason).toBe(
      'You were not sure about “A weak arm or leg” and “How fast the symptoms came”, so to be safe we cannot rule out weakness in both arms or the legs, new bladder or bowel trouble, numbness around the bottom, or leg or walking symptoms coming on within hours or days, which can mean pressure on the spinal cord.',
    );
    expect(
      triage({ trauma: true, age: 'unsure', onset_days: 'unsure' }).fired.find((r) => r.id === 'RF-E08')
        ?.reason,
    ).toMatch(/^You did not answer “Days since it started” or “Age”, so to be safe/);
  });

  it('gives the injury advice only for an emergency that an injury is part of', () => {
    const rash = triage({ age: 30, rash_nonblanching: true });
    expect(rash.level).toBe('emergency');
    expect(rash.afterInjury).toBe(false);
  });

  it('tells a rule of "two or more signs" that has a "no" in it in its own words', () => {
    expect(
      triage({ age: 40, weight_loss_unexplained: true, night_pain_unrelenting: true }).fired.find(
        (r) => r.id === 'RF-U11',
      )?.reason,
    ).toBe(
      'You said two or more warning signs together (such as weight loss, night pain, your age with no cause, weak immunity or feeling very unwell), which can mean a more serious cause, which is more likely when signs come together.',
    );
  });

  it('gives an age as "age 70" and another number after its words, and a choice with the option chosen', () => {
    expect(triage({ age: 70, gca_symptoms: true }).fired.find((r) => r.id === 'RF-U08')?.reason).toBe(
      'You told us: age 70; new temple headache, tender scalp, or jaw pain when chewing. With neck pain, that can mean inflamed arteries (giant cell arteritis).',
    );
    expect(
      triage({ age: 40, onset_days: 1, weakness: 'one_arm_stable' }).fired.find((r) => r.id === 'RF-U02')
        ?.reason,
    ).toBe(
      'You told us: a weak arm or leg (one arm, and it is not getting worse); days since it started 1. With neck pain, that can mean a trapped nerve that is losing strength.',
    );
    // The option's "Yes, " is dropped inside the sentence: "Yes, in both arms" is "(in both arms)".
    expect(
      triage({ age: 40, onset_days: 1, arm_symptoms: 'both_arms', sudden_unusual_pain: true }).fired.find(
        (r) => r.id === 'RF-S11',
      )?.reason,
    ).toBe(
      'You told us: pain or tingling into an arm (in both arms). With neck pain, that can mean slow pressure on the spinal cord, which a doctor should examine within days.',
    );
  });

  it('says of a precaution which answers were "not sure" and which were not given, in that order', () => {
    const outcome = triage({
      age: 30,
      weakness: 'unsure',
      trauma: true,
      onset_days: 5,
      can_rotate_45_both: true,
    });
    expect(outcome.fired.find((r) => r.id === 'RF-E07')).toMatchObject({
      unknown: ['weakness', 'neuro_progression'],
      // "Not sure" to a choice is unknown, not a yes/no read as its unsure_as.
      unsure: [],
      reason:
        'You were not sure about “A weak arm or leg”, and you did not answer “How fast the symptoms came”, so to be safe we cannot rule out weakness in both arms or the legs, new bladder or bowel trouble, numbness around the bottom, or leg or walking symptoms coming on within hours or days, which can mean pressure on the spinal cord.',
    });
    // A number answered "not sure" is the check's "rather not say": not given, not "not sure".
    expect(triage({ age: 'unsure' }).fired.find((r) => r.id === 'RF-S10')?.reason).toBe(
      'You did not answer “Age”, so to be safe we cannot rule out an age under 16, which can mean that a clinician should check, because neck pain in children has other causes.',
    );
    expect(triage({ age: 'unsure' }).unsure).toEqual(['age']);
  });

  it('tells a rule that a "no" helps to fire in its own words, not as a list of answers', () => {
    // RF-E08 reads "not" inside it (no arm symptoms counts against it): its own sentence, whatever was yes.
    const injury = {
      age: 70,
      trauma: true,
      onset_days: 1,
      can_rotate_45_both: true,
      trauma_mechanism: 'fall_standing',
    } as const;
    expect(triage(injury).fired.find((r) => r.id === 'RF-E08')?.reason).toBe(
      'You said an injury in the last 2 days together with being 65 or over, a high-risk kind of accident, tingling in the arms or legs, arthritis of the neck or past neck surgery, which can mean a broken bone in the neck.',
    );
  });

  it('does not say a "not sure" was counted as yes when another answer made the rule true', () => {
    const outcome = triage({ age: 30, hand_clumsiness: true, lhermitte: 'unsure' });
    const s11 = outcome.fired.find((r) => r.id === 'RF-S11');
    expect(s11?.unsure).toEqual(['lhermitte']);
    expect(s11?.reason).toMatch(/^You told us: clumsy hands; shocks when bending your head\. /);
  });

  it('tells an emergency to keep the head still only when an injury is among its reasons', () => {
    const fever = triage({ age: 30, fever: true, rash_nonblanching: true });
    expect(fever).toMatchObject({ level: 'emergency', afterInjury: false });
    expect(fever.action).not.toMatch(/injury/);
    const injury = triage({ age: 70, trauma: true, onset_days: 0 });
    expect(injury).toMatchObject({ level: 'emergency', afterInjury: true });
    expect(injury.action).toMatch(/After an injury, keep your head and neck still/);
    // An emergency for another reason, with an injury that is only urgent, is not one to keep still for.
    expect(
      triage({ age: 70, trauma: true, onset_days: 5, can_rotate_45_both: true, rash_nonblanching: true }),
    ).toMatchObject({ level: 'emergency', afterInjury: false });
    expect(
      triage({ age: 30, trauma: true, onset_days: 5, can_rotate_45_both: true, rash_nonblanching: true })
        .afterInjury,
    ).toBe(false);
    // An injury that is only urgent is not an emergency to keep still for.
    expect(triage({ age: 70, trauma: true, onset_days: 5, can_rotate_45_both: true }).afterInjury).toBe(
      false,
    );
  });

  it('is the highest level among the fired rules', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const outcome = triage(facts);
        const top = Math.max(0, ...outcome.fired.map((r) => levelRank[r.level]));
        return levelRank[outcome.level] === top;
      }),
      runs(2000),
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
      runs(3000),
    );
  });

  it('never lowers the level when "no" becomes "not sure"', () => {
    fc.assert(
      fc.property(anyFacts, fc.constantFrom(...redFlagFields), (facts, field) => {
        const no = levelRank[triage({ ...facts, [field]: false }).level];
        const unsure = levelRank[triage({ ...facts, [field]: 'unsure' }).level];
        return unsure >= no;
      }),
      runs(2000),
    );
  });
});

describe('a verdict explained', () => {
  it('gains a reason for each rule it fired, and nothing else changes', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const verdict = assess(facts);
        const outcome = explain(verdict, facts);
        expect(outcome.fired.map(({ reason, ...flag }) => flag)).toEqual(verdict.fired);
        expect(outcome.fired.every((f) => /^[A-Z].{20,}\.$/.test(f.reason))).toBe(true);
        expect({ ...outcome, fired: [] }).toEqual({ ...verdict, fired: [] });
      }),
      runs(1000),
    );
  });

  const wordless: RedFlagRule = { id: 'RF-X99', level: 'soon', when: is('fever'), sources: [] };
  const byAge: RedFlagRule = { id: 'RF-X98', level: 'soon', when: cmp('age', '>=', 50), sources: [] };

  it('names a rule without words by its id, and makes up no sign for it', () => {
    const [fired] = triage({ fever: true }, [wordless]).fired;
    expect(fired?.reason).toBe(
      'You told us: a temperature, or hot and shivery. With neck pain, that can mean a sign a clinician should check.',
    );
    const [precaution] = triage({}, [byAge]).fired;
    expect(precaution?.reason).toBe(
      'You did not answer “Age”, so to be safe we cannot rule out the answers of rule RF-X98, which can mean a sign a clinician should check.',
    );
  });

  it('keeps every rule of a verdict made by other rules, saying only what it knows of them', () => {
    const verdict = assess({ fever: true }, [wordless]);
    const outcome = explain(verdict, { fever: true });
    expect(outcome.fired.map((f) => [f.id, f.level, f.reason])).toEqual([
      ['RF-X99', 'soon', 'With neck pain, that can mean a sign a clinician should check.'],
    ]);
  });
});

describe('questions named in a reason', () => {
  it('are quoted labels, the last joined by the word given, and none for no question', () => {
    expect(questionNames([], 'and')).toBe('');
    expect(questionNames(['can_rotate_45_both'], 'or')).toBe('“Able to turn your head halfway to each side”');
    expect(questionNames(['age', 'onset_days'], 'or')).toBe('“Age” or “Days since it started”');
    expect(questionNames(['hand_clumsiness', 'age', 'onset_days'], 'and')).toBe(
      '“Clumsy hands”, “Age” and “Days since it started”',
    );
  });

  it('read as a sentence where an unanswered yes/no question leaves a precaution', () => {
    const reasons = triage({ trauma: true, onset_days: 0, age: 30 }).fired.map((f) => f.reason);
    expect(reasons.find((r) => r.includes('halfway'))).toMatch(
      /^You did not answer .*“Able to turn your head halfway to each side”.*, so to be safe we cannot rule out /,
    );
  });
});
