import { and, atLeast, cmp, type Expr, eq, is, ne, not, oneOf, or } from './expr.js';

export type Level = 'emergency' | 'urgent' | 'soon' | 'self_care';
export const levelRank: Readonly<Record<Level, number>> = { emergency: 3, urgent: 2, soon: 1, self_care: 0 };
export const levelsHighestFirst: readonly Level[] = ['emergency', 'urgent', 'soon', 'self_care'];

export interface RedFlagRule {
  /** The id in red-flags.json, e.g. RF-E01. */
  readonly id: string;
  readonly level: Exclude<Level, 'self_care'>;
  readonly when: Expr;
  /** What the person told us, in their terms ("a temperature and a stiff neck"). */
  readonly said: string;
  /** What that can mean, in plain words. */
  readonly means: string;
  readonly sources: readonly string[];
}

const dangerousMechanisms = [
  'fall_height_1m_or_5_stairs',
  'high_speed_rollover_or_ejection',
  'diving_axial_load',
  'bicycle_collision',
  'motorised_recreational',
] as const;

const anyLimbSymptom = or(ne('weakness', 'none'), ne('arm_symptoms', 'none'), is('leg_symptoms'));
const infectionRisk = or(
  is('iv_drug_use'),
  is('immunosuppressed'),
  is('recent_spinal_procedure_or_infection'),
);

/**
 * The 35 rules of red-flags.json (version 0.1-draft), ported by hand from its
 * Python expressions. `rules.test.ts` parses those expressions and checks that
 * each port gives the same answer on thousands of generated cases.
 */
export const redFlagRules: readonly RedFlagRule[] = [
  {
    id: 'RF-E01',
    level: 'emergency',
    when: is('rash_nonblanching'),
    said: 'a rash or spots that do not fade under a pressed glass',
    means: 'meningitis or blood poisoning (sepsis)',
    sources: ['NHS-MENINGITIS'],
  },
  {
    id: 'RF-E02',
    level: 'emergency',
    when: and(
      is('fever'),
      or(
        and(
          is('chin_to_chest_difficult'),
          or(ne('headache', 'none'), is('photophobia'), is('vomiting'), is('feels_very_unwell')),
        ),
        and(eq('headache', 'severe'), or(is('photophobia'), is('vomiting'))),
      ),
    ),
    said: 'a temperature with a stiff neck and headache, light hurting your eyes, being sick or feeling very unwell',
    means: 'meningitis or a brain infection',
    sources: ['NHS-MENINGITIS', 'CKS-NSNP'],
  },
  {
    id: 'RF-E03',
    level: 'emergency',
    when: is('confusion_drowsy_or_seizure'),
    said: 'confusion, unusual drowsiness or a fit',
    means: 'meningitis, bleeding in the brain, sepsis or a stroke',
    sources: ['NHS-MENINGITIS', 'NICE-NG228'],
  },
  {
    id: 'RF-E04',
    level: 'emergency',
    when: is('thunderclap_headache'),
    said: 'a sudden headache that peaked within minutes, the worst you have had',
    means: 'bleeding around the brain or a torn neck artery',
    sources: ['NICE-NG228', 'ICHD3-CAD'],
  },
  {
    id: 'RF-E05',
    level: 'emergency',
    when: or(
      is('double_vision'),
      is('slurred_speech'),
      is('swallowing_difficulty_new'),
      is('drop_attack'),
      is('face_or_one_side_numbness'),
      is('sudden_unsteadiness'),
      is('droopy_eyelid_small_pupil'),
      is('face_droop'),
    ),
    said: 'double vision, slurred speech, new trouble swallowing, sudden falls, numbness of the face or one side, sudden unsteadiness, a drooping eyelid or a drooping face',
    means: 'a stroke or a torn artery in the neck',
    sources: ['IFOMPT-2023', '5D3N', 'ACEP-CAD', 'ICHD3-CAD'],
  },
  {
    id: 'RF-E06',
    level: 'emergency',
    when: and(
      is('dizziness_new'),
      or(is('sudden_unusual_pain'), is('recent_neck_manipulation'), is('trauma')),
    ),
    said: 'new dizziness together with sudden unusual pain, a recent neck manipulation or an injury',
    means: 'a torn artery in the neck',
    sources: ['IFOMPT-2023', 'BARANY-CGD', 'ACEP-CAD'],
  },
  {
    id: 'RF-E07',
    level: 'emergency',
    when: or(oneOf('weakness', ['both_arms', 'legs']), is('bladder_bowel_change'), is('saddle_numbness')),
    said: 'weakness in both arms or the legs, new bladder or bowel trouble, or numbness around the bottom',
    means: 'pressure on the spinal cord',
    sources: ['DCM-ROYALFREE', 'CKS-SUMMARY-GPONLINE', 'GPREASONING'],
  },
  {
    id: 'RF-E08',
    level: 'emergency',
    when: and(
      is('trauma'),
      or(
        cmp('age', '>=', 65),
        oneOf('trauma_mechanism', dangerousMechanisms),
        ne('arm_symptoms', 'none'),
        is('leg_symptoms'),
      ),
    ),
    said: 'an injury together with being 65 or over, a high-risk kind of accident, or tingling in the arms or legs',
    means: 'a broken bone in the neck',
    sources: ['CCR', 'FELLER-2024'],
  },
  {
    id: 'RF-E09',
    level: 'emergency',
    when: and(
      is('trauma'),
      or(
        is('midline_tenderness'),
        not(is('can_rotate_45_both')),
        is('head_injury_loc_or_intox'),
        ne('weakness', 'none'),
      ),
    ),
    said: 'an injury with tender bones down the middle of the neck, not being able to turn your head halfway, weakness, a blackout or drink or drugs',
    means: 'an injury to the bones of the neck',
    sources: ['NEXUS', 'CCR'],
  },
  {
    id: 'RF-E10',
    level: 'emergency',
    when: or(is('chest_pain'), is('exertional_neck_jaw_pain'), and(is('breathless'), is('sweating_clammy'))),
    said: 'chest pain, neck or jaw pain that comes with effort, or breathlessness with sweating',
    means: 'a heart attack or angina',
    sources: ['NHS-HEARTATTACK'],
  },
  {
    id: 'RF-E11',
    level: 'emergency',
    when: or(is('breathing_difficulty'), is('drooling_cannot_swallow_saliva'), is('neck_swelling_rapid')),
    said: 'trouble breathing, not being able to swallow your saliva, or a neck that is swelling fast',
    means: 'a threat to the airway, such as a deep throat infection',
    sources: ['RPA'],
  },
  {
    id: 'RF-E12',
    level: 'emergency',
    when: and(is('fever'), infectionRisk, anyLimbSymptom),
    said: 'a temperature, a raised infection risk and weakness, tingling or numbness in a limb',
    means: 'an infection pressing on the spinal cord (an abscess)',
    sources: ['SEA', 'CKS-NSNP'],
  },
  {
    id: 'RF-E13',
    level: 'emergency',
    when: and(
      is('history_cancer'),
      or(
        ne('weakness', 'none'),
        ne('arm_symptoms', 'none'),
        is('leg_symptoms'),
        is('gait_balance_change'),
        is('hand_clumsiness'),
      ),
    ),
    said: 'cancer in the past together with arm symptoms, weakness, leg symptoms, clumsy hands or unsteady walking',
    means: 'cancer pressing on the spinal cord, which needs help at once',
    sources: ['NICE-MSCC'],
  },
  {
    id: 'RF-E14',
    level: 'emergency',
    when: and(cmp('age', '>=', 50), is('gca_symptoms'), is('visual_disturbance')),
    said: 'being 50 or over with a new temple headache, tender scalp or jaw pain when chewing, and a change in your sight',
    means: 'inflamed arteries (giant cell arteritis) that can harm your sight',
    sources: ['GCA'],
  },
  {
    id: 'RF-U01',
    level: 'urgent',
    when: is('fever'),
    said: 'a temperature of 38 °C or more',
    means: 'an infection, which a clinician needs to check',
    sources: ['CKS-NSNP', 'NHS-MENINGITIS', 'MAYO-NECK'],
  },
  {
    id: 'RF-U02',
    level: 'urgent',
    when: eq('weakness', 'one_arm_progressive'),
    said: 'weakness in one arm or hand that is getting worse',
    means: 'a trapped nerve that is losing strength',
    sources: ['CKS-RADIC'],
  },
  {
    id: 'RF-U03',
    level: 'urgent',
    when: or(
      is('hand_clumsiness'),
      is('gait_balance_change'),
      is('lhermitte'),
      eq('arm_symptoms', 'both_arms'),
      is('leg_symptoms'),
    ),
    said: 'clumsy hands, changed walking or balance, electric shocks when you bend your head, or tingling in both arms or the legs',
    means: 'pressure on the spinal cord in the neck',
    sources: ['DCM-MYELOPATHYORG', 'GPREASONING', 'DCM-ROYALFREE'],
  },
  {
    id: 'RF-U04',
    level: 'urgent',
    when: is('history_cancer'),
    said: 'that you have had cancer',
    means: 'that a new neck pain needs checking the same day',
    sources: ['NICE-MSCC', 'CKS-NSNP'],
  },
  {
    id: 'RF-U05',
    level: 'urgent',
    when: is('sudden_unusual_pain'),
    said: 'sudden, severe pain unlike before, with no awkward movement to explain it',
    means: 'a torn artery in the neck',
    sources: ['ICHD3-CAD', 'IFOMPT-2023', 'ACEP-CAD'],
  },
  {
    id: 'RF-U06',
    level: 'urgent',
    when: is('dizziness_new'),
    said: 'new dizziness since the pain began',
    means: 'a problem with blood flow or balance that needs checking today',
    sources: ['BARANY-CGD', 'IFOMPT-2023'],
  },
  {
    id: 'RF-U07',
    level: 'urgent',
    when: and(
      infectionRisk,
      or(not(is('mechanical_trigger')), is('night_pain_unrelenting'), eq('pain_trend', 'worse')),
    ),
    said: 'a raised infection risk with no everyday cause, pain at night or pain getting worse',
    means: 'an infection in the spine',
    sources: ['SEA', 'CKS-NSNP'],
  },
  {
    id: 'RF-U08',
    level: 'urgent',
    when: and(cmp('age', '>=', 50), is('gca_symptoms')),
    said: 'being 50 or over with a new temple headache, tender scalp or jaw pain when chewing',
    means: 'inflamed arteries (giant cell arteritis)',
    sources: ['GCA', 'PMR'],
  },
  {
    id: 'RF-U09',
    level: 'urgent',
    when: and(is('involuntary_twisting'), is('new_dopamine_blocker')),
    said: 'a neck that twists by itself after starting a new anti-sickness or antipsychotic medicine',
    means: 'a reaction to that medicine',
    sources: ['RCEM-DYSTONIA'],
  },
  {
    id: 'RF-U10',
    level: 'urgent',
    when: and(is('trauma'), or(is('bone_fragility'), is('inflammatory_arthritis'))),
    said: 'an injury with fragile bones, long-term steroids or inflammatory arthritis',
    means: 'a broken bone even after a small knock',
    sources: ['CKS-NSNP', 'PHARM-CPD'],
  },
  {
    id: 'RF-U11',
    level: 'urgent',
    when: atLeast(
      2,
      is('weight_loss_unexplained'),
      is('night_pain_unrelenting'),
      and(or(cmp('age', '>', 55), cmp('age', '<', 20)), is('first_episode'), not(is('mechanical_trigger'))),
      or(is('immunosuppressed'), is('iv_drug_use')),
      is('bone_fragility'),
      or(is('inflammatory_arthritis'), is('previous_neck_surgery')),
      is('feels_very_unwell'),
    ),
    said: 'two or more warning signs together (such as weight loss, night pain, your age with no cause, weak immunity, fragile bones, arthritis or feeling very unwell)',
    means: 'a more serious cause, which is more likely when signs come together',
    sources: ['DEVON-NECK', 'CKS-NSNP'],
  },
  {
    id: 'RF-S01',
    level: 'soon',
    when: or(eq('arm_symptoms', 'one_arm'), eq('weakness', 'one_arm_stable')),
    said: 'pain, tingling or numbness going down one arm',
    means: 'a trapped nerve in the neck, which usually settles but needs an examination',
    sources: ['CKS-RADIC', 'NHS-NECK', 'DEVON-NECK'],
  },
  {
    id: 'RF-S02',
    level: 'soon',
    when: is('night_pain_unrelenting'),
    said: 'pain that keeps you awake whatever position you lie in',
    means: 'a cause other than a strained muscle',
    sources: ['CKS-NSNP', 'CKS-SUMMARY-GPONLINE'],
  },
  {
    id: 'RF-S03',
    level: 'soon',
    when: is('weight_loss_unexplained'),
    said: 'weight loss without trying',
    means: 'an illness elsewhere in the body',
    sources: ['CKS-NSNP'],
  },
  {
    id: 'RF-S04',
    level: 'soon',
    when: and(
      or(cmp('age', '<', 20), cmp('age', '>', 55)),
      is('first_episode'),
      not(is('mechanical_trigger')),
    ),
    said: 'a first-ever neck pain with no everyday reason, at an age (under 20 or over 55) when other causes are more common',
    means: 'a cause that a doctor should look for',
    sources: ['CKS-SUMMARY-GPONLINE', 'PHARM-CPD'],
  },
  {
    id: 'RF-S05',
    level: 'soon',
    when: or(is('bone_fragility'), is('inflammatory_arthritis'), is('previous_neck_surgery')),
    said: 'fragile bones or long-term steroids, inflammatory arthritis, or past neck surgery',
    means: 'that your neck needs a clinician’s look before exercises',
    sources: ['CKS-SUMMARY-GPONLINE', 'PHARM-CPD'],
  },
  {
    id: 'RF-S06',
    level: 'soon',
    when: infectionRisk,
    said: 'injecting drugs, weak immunity, or a recent spinal procedure or serious infection',
    means: 'a small risk of infection that a clinician should rule out',
    sources: ['CKS-NSNP', 'SEA'],
  },
  {
    id: 'RF-S07',
    level: 'soon',
    when: and(cmp('age', '>=', 50), is('morning_stiffness_girdle')),
    said: 'being 50 or over with both shoulders stiff for more than 45 minutes every morning',
    means: 'an inflammatory condition (polymyalgia rheumatica)',
    sources: ['PMR'],
  },
  {
    id: 'RF-S08',
    level: 'soon',
    when: or(
      and(cmp('onset_days', '>=', 7), ne('pain_trend', 'improving')),
      cmp('onset_days', '>=', 21),
      and(eq('pain_trend', 'worse'), cmp('onset_days', '>=', 3)),
    ),
    said: 'a week or more without improvement, three weeks in all, or pain getting worse after the first days',
    means: 'that recovery is slower than expected',
    sources: ['TORTICOLLIS', 'NHS-NECK', 'MAYO-NECK'],
  },
  {
    id: 'RF-S09',
    level: 'soon',
    when: or(
      and(cmp('pain_0_10', '>=', 8, true), is('otc_analgesia_ineffective')),
      is('cannot_cope_or_worried'),
      is('recurrent_episodes'),
    ),
    said: 'severe pain that painkillers have not helped, finding it hard to cope, or three or more episodes this year',
    means: 'that you need a plan from a clinician',
    sources: ['NHS-NECK'],
  },
  {
    id: 'RF-S10',
    level: 'soon',
    when: cmp('age', '<', 16),
    said: 'an age under 16',
    means: 'that a clinician should check, because neck pain in children has other causes',
    sources: ['DEVON-NECK', 'RDS-PAED'],
  },
];

export const ruleById = (id: string): RedFlagRule | undefined => redFlagRules.find((r) => r.id === id);
