import { ccrHighRisk, dangerousMechanisms } from './ask-when.js';
import { and, atLeast, cmp, type Expr, eq, is, ne, not, oneOf, or } from './expr.js';

export type Level = 'emergency' | 'urgent' | 'soon' | 'self_care';
export const levelRank: Readonly<Record<Level, number>> = { emergency: 3, urgent: 2, soon: 1, self_care: 0 };
export const levelsHighestFirst: readonly Level[] = ['emergency', 'urgent', 'soon', 'self_care'];

/** The version of red-flags.json these rules port; stored with each triage. */
export const rulesVersion = '0.2';

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

/**
 * The 52 rules of red-flags.json (version 0.2), in its order, ported from its Python
 * expressions. `rules.test.ts` parses those expressions and checks that each port
 * gives the same answer on thousands of generated, fully answered cases.
 */
export const redFlagRules: readonly RedFlagRule[] = [
  {
    id: 'RF-E01',
    level: 'emergency',
    when: is('rash_nonblanching'),
    said: 'a rash or spots that do not fade under a pressed glass',
    means: 'meningitis or blood poisoning (sepsis)',
    sources: ['NHS-MENINGITIS', 'NICE-NG240'],
  },
  {
    id: 'RF-E02',
    level: 'emergency',
    when: and(
      or(
        is('fever'),
        and(is('antipyretic_recent'), or(is('feels_very_unwell'), is('headache_new_different'))),
      ),
      or(
        and(
          is('chin_to_chest_difficult'),
          or(ne('headache', 'none'), is('photophobia'), is('vomiting'), is('feels_very_unwell')),
        ),
        and(eq('headache', 'severe'), or(is('photophobia'), is('vomiting'))),
      ),
    ),
    said: 'a temperature (or a fever medicine that may hide one) with a stiff neck and a headache, light hurting your eyes, being sick or feeling very unwell',
    means: 'meningitis or a brain infection',
    sources: ['NHS-MENINGITIS', 'CKS-NSNP', 'NICE-NG240'],
  },
  {
    id: 'RF-E03',
    level: 'emergency',
    when: is('confusion_drowsy_or_seizure'),
    said: 'confusion, unusual drowsiness or a fit',
    means: 'meningitis, bleeding in the brain, sepsis or a stroke',
    sources: ['NHS-MENINGITIS', 'NICE-NG228', 'NICE-NG240'],
  },
  {
    id: 'RF-E04',
    level: 'emergency',
    when: or(
      is('thunderclap_headache'),
      and(is('sudden_unusual_pain'), oneOf('headache', ['moderate', 'severe']), is('headache_new_different')),
    ),
    said: 'a sudden headache that peaked within minutes',
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
    sources: ['IFOMPT-2023', '5D3N', 'ACEP-CAD', 'ICHD3-CAD', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-E06',
    level: 'emergency',
    when: and(
      is('dizziness_new'),
      or(
        is('sudden_unusual_pain'),
        is('recent_neck_manipulation'),
        is('one_sided_pain_after_jolt'),
        and(oneOf('headache', ['moderate', 'severe']), is('headache_new_different')),
      ),
    ),
    said: 'new dizziness together with sudden unusual pain, a neck manipulation, one-sided pain after a jolt, or a new headache',
    means: 'a torn artery in the neck',
    sources: ['IFOMPT-2023', 'BARANY-CGD', 'ACEP-CAD', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-E07',
    level: 'emergency',
    when: or(
      oneOf('weakness', ['both_arms', 'legs']),
      is('bladder_bowel_change'),
      is('saddle_numbness'),
      and(or(is('gait_balance_change'), is('leg_symptoms')), eq('neuro_progression', 'hours_to_days')),
    ),
    said: 'weakness in both arms or the legs, new bladder or bowel trouble, numbness around the bottom, or leg or walking symptoms coming on within hours or days',
    means: 'pressure on the spinal cord',
    sources: ['DCM-ROYALFREE', 'CKS-SUMMARY-GPONLINE', 'GPREASONING'],
  },
  {
    id: 'RF-E08',
    level: 'emergency',
    when: and(is('trauma'), cmp('onset_days', '<', 2), ccrHighRisk),
    said: 'an injury in the last 2 days together with being 65 or over, a high-risk kind of accident, tingling in the arms or legs, arthritis of the neck or past neck surgery',
    means: 'a broken bone in the neck',
    sources: ['CCR', 'FELLER-2024', 'NICE-NG41', 'NICE-NG232'],
  },
  {
    id: 'RF-E09',
    level: 'emergency',
    when: and(
      is('trauma'),
      cmp('onset_days', '<', 2),
      or(
        is('head_injury_loc_or_intox'),
        not(is('can_rotate_45_both')),
        and(
          is('midline_tenderness'),
          not(
            or(
              eq('trauma_mechanism', 'simple_rear_end'),
              is('ambulatory_since_injury'),
              is('pain_onset_delayed'),
            ),
          ),
        ),
      ),
    ),
    said: 'an injury in the last 2 days with a blackout, a memory gap, drink or drugs, not being able to turn your head halfway, or tender neck bones',
    means: 'an injury to the bones of the neck',
    sources: ['CCR', 'NEXUS', 'NICE-NG41'],
  },
  {
    id: 'RF-E10',
    level: 'emergency',
    when: or(
      is('chest_pain'),
      and(is('exertional_neck_jaw_pain'), cmp('age', '>=', 30)),
      and(is('sweating_clammy'), or(is('breathless'), is('heart_failure_or_cvd'), cmp('age', '>=', 40))),
    ),
    said: 'chest pain, neck or jaw pain that came on with effort, or sweating with breathlessness, heart disease or an age of 40 or over',
    means: 'a heart attack or angina',
    sources: ['NHS-HEARTATTACK', 'AHA-CHESTPAIN-2021'],
  },
  {
    id: 'RF-E11',
    level: 'emergency',
    when: or(is('breathing_difficulty'), is('drooling_cannot_swallow_saliva'), is('neck_swelling_rapid')),
    said: 'trouble breathing, not being able to swallow your saliva, or a neck that is swelling fast',
    means: 'a threat to the airway, such as a deep throat infection',
    sources: ['RPA', 'NICE-NG84'],
  },
  {
    id: 'RF-E12',
    level: 'emergency',
    when: and(
      is('fever'),
      or(is('iv_drug_use'), is('immunosuppressed'), is('recent_spinal_procedure_or_infection')),
      or(
        ne('weakness', 'none'),
        ne('arm_symptoms', 'none'),
        is('leg_symptoms'),
        is('hand_clumsiness'),
        is('gait_balance_change'),
      ),
    ),
    said: 'a temperature, a raised infection risk and weakness, tingling, clumsy hands or unsteady walking',
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
        is('lhermitte'),
      ),
    ),
    said: 'cancer in the past together with arm symptoms, weakness, leg symptoms, clumsy hands, unsteady walking or electric shocks',
    means: 'cancer pressing on the spinal cord, which needs help at once',
    sources: ['NICE-NG234'],
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
    id: 'RF-E15',
    level: 'emergency',
    when: and(
      is('chin_to_chest_difficult'),
      oneOf('headache', ['moderate', 'severe']),
      or(is('photophobia'), is('vomiting')),
      or(is('feels_very_unwell'), is('headache_new_different')),
    ),
    said: 'a neck too stiff to bend forward, a bad headache, light hurting your eyes or being sick, with feeling very unwell or a new headache',
    means: 'meningitis or bleeding around the brain, even without a temperature',
    sources: ['NICE-NG240', 'NICE-NG228'],
  },
  {
    id: 'RF-E16',
    level: 'emergency',
    when: and(
      is('sudden_unusual_pain'),
      or(ne('arm_symptoms', 'none'), is('leg_symptoms'), ne('weakness', 'none')),
    ),
    said: 'sudden severe pain unlike before, and now pain, tingling or weakness in an arm or leg',
    means: 'bleeding or a torn artery pressing on nerves',
    sources: ['SSEH', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-E17',
    level: 'emergency',
    when: and(is('trauma'), ne('weakness', 'none')),
    said: 'weakness in an arm or leg after an injury',
    means: 'an injury to the spinal cord or its nerves',
    sources: ['NEXUS', 'NICE-NG41'],
  },
  {
    id: 'RF-E18',
    level: 'emergency',
    when: and(
      is('trauma'),
      is('head_struck'),
      or(
        is('anticoagulant'),
        and(
          cmp('onset_days', '<', 2),
          or(is('head_injury_loc_or_intox'), is('vomiting'), ne('headache', 'none')),
        ),
      ),
    ),
    said: 'a knock to the head with a blood thinner, or with a blackout, being sick or a headache since',
    means: 'bleeding inside the head',
    sources: ['NICE-NG232'],
  },
  {
    id: 'RF-E19',
    level: 'emergency',
    when: and(
      is('visual_disturbance'),
      or(
        is('recent_neck_manipulation'),
        is('trauma'),
        is('sudden_unusual_pain'),
        is('one_sided_pain_after_jolt'),
        and(ne('headache', 'none'), is('headache_new_different')),
      ),
    ),
    said: 'a change in your sight together with an injury, a neck manipulation, sudden pain, one-sided pain after a jolt or a new headache',
    means: 'a torn neck artery starving the eye or brain of blood',
    sources: ['AHA-CAD-2014', 'NICE-NG128'],
  },
  {
    id: 'RF-E20',
    level: 'emergency',
    when: and(is('trismus_or_muffled_voice'), or(is('fever'), is('sore_throat'), is('neck_swelling_rapid'))),
    said: 'trouble opening your mouth or a muffled voice, with a sore throat, a temperature or a swelling neck',
    means: 'an abscess in the throat',
    sources: ['NICE-NG84', 'RPA'],
  },
  {
    id: 'RF-U01',
    level: 'urgent',
    when: is('fever'),
    said: 'a temperature of 38 \u00b0C or more',
    means: 'an infection, which a clinician needs to check',
    sources: ['CKS-NSNP', 'NHS-MENINGITIS', 'MAYO-NECK', 'NICE-NG240'],
  },
  {
    id: 'RF-U02',
    level: 'urgent',
    when: or(
      eq('weakness', 'one_arm_progressive'),
      and(eq('weakness', 'one_arm_stable'), cmp('onset_days', '<', 2)),
    ),
    said: 'weakness in one arm or hand that is getting worse, or that began in the last 2 days',
    means: 'a trapped nerve that is losing strength',
    sources: ['CKS-RADIC'],
  },
  {
    id: 'RF-U03',
    level: 'urgent',
    when: and(
      or(
        is('hand_clumsiness'),
        is('gait_balance_change'),
        is('lhermitte'),
        eq('arm_symptoms', 'both_arms'),
        is('leg_symptoms'),
      ),
      or(is('gait_balance_change'), oneOf('neuro_progression', ['hours_to_days', 'weeks'])),
    ),
    said: 'clumsy hands, electric shocks, or tingling in both arms or the legs coming on over days or weeks, or a change in your walking',
    means: 'pressure on the spinal cord in the neck',
    sources: ['DCM-MYELOPATHYORG', 'GPREASONING', 'DCM-ROYALFREE', 'AOSPINE-DCM-2017'],
  },
  {
    id: 'RF-U04',
    level: 'urgent',
    when: is('history_cancer'),
    said: 'that you have had cancer',
    means: 'that a new neck pain needs checking the same day',
    sources: ['NICE-NG234', 'CKS-NSNP'],
  },
  {
    id: 'RF-U05',
    level: 'urgent',
    when: is('sudden_unusual_pain'),
    said: 'sudden, severe pain unlike before',
    means: 'a torn artery in the neck',
    sources: ['ICHD3-CAD', 'IFOMPT-2023', 'ACEP-CAD', 'AHA-CAD-2014'],
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
      or(is('iv_drug_use'), is('immunosuppressed'), is('recent_spinal_procedure_or_infection')),
      or(
        not(is('mechanical_trigger')),
        is('night_pain_unrelenting'),
        eq('pain_trend', 'worse'),
        is('feels_very_unwell'),
      ),
    ),
    said: 'a raised infection risk with no everyday cause, pain at night, pain getting worse or feeling very unwell',
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
    when: and(
      is('trauma'),
      or(is('bone_fragility'), is('inflammatory_arthritis'), is('previous_neck_surgery')),
    ),
    said: 'an injury with fragile bones, long-term steroids, inflammatory arthritis or past neck surgery',
    means: 'a broken bone even after a small knock',
    sources: ['CKS-NSNP', 'PHARM-CPD', 'CCR'],
  },
  {
    id: 'RF-U11',
    level: 'urgent',
    when: atLeast(
      2,
      is('weight_loss_unexplained'),
      is('night_pain_unrelenting'),
      and(or(cmp('age', '>', 55), cmp('age', '<', 20)), is('first_episode'), not(is('mechanical_trigger'))),
      or(is('immunosuppressed'), is('iv_drug_use'), is('recent_spinal_procedure_or_infection')),
      is('feels_very_unwell'),
    ),
    said: 'two or more warning signs together (such as weight loss, night pain, your age with no cause, weak immunity or feeling very unwell)',
    means: 'a more serious cause, which is more likely when signs come together',
    sources: ['DEVON-NECK', 'CKS-NSNP', 'NICE-NG12'],
  },
  {
    id: 'RF-U12',
    level: 'urgent',
    when: and(
      is('headache_new_different'),
      or(
        eq('headache', 'severe'),
        and(ne('headache', 'none'), or(is('photophobia'), is('vomiting'), is('chin_to_chest_difficult'))),
      ),
    ),
    said: 'a headache that is new or different for you and severe, or with light hurting your eyes, being sick or a stiff neck',
    means: 'bleeding around the brain, a torn artery or meningitis',
    sources: ['NICE-NG228', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-U13',
    level: 'urgent',
    when: and(ne('headache', 'none'), is('headache_new_different'), is('one_sided_pain_after_jolt')),
    said: 'a new headache with one-sided pain that began after a jolt or turn of the head',
    means: 'a torn artery in the neck, before it causes other signs',
    sources: ['AHA-CAD-2014', 'ICHD3-CAD', 'IFOMPT-2023'],
  },
  {
    id: 'RF-U14',
    level: 'urgent',
    when: and(
      is('trauma'),
      or(
        cmp('age', '>=', 65),
        oneOf('trauma_mechanism', dangerousMechanisms),
        ne('arm_symptoms', 'none'),
        is('leg_symptoms'),
        is('midline_tenderness'),
        not(is('can_rotate_45_both')),
        is('head_injury_loc_or_intox'),
      ),
    ),
    said: 'an injury with being 65 or over, a high-risk accident, tingling, tender neck bones, not turning your head halfway, or a blackout, drink or drugs',
    means: 'a broken bone or torn ligament in the neck, which needs an X-ray or scan today',
    sources: ['CCR', 'NICE-NG41', 'NEXUS'],
  },
  {
    id: 'RF-U15',
    level: 'urgent',
    when: and(
      is('trauma'),
      or(
        is('anticoagulant'),
        and(is('head_struck'), or(is('head_injury_loc_or_intox'), is('vomiting'), ne('headache', 'none'))),
      ),
    ),
    said: 'an injury while on a blood thinner, or a knock to the head with a blackout, being sick or a headache since',
    means: 'slow bleeding after the injury',
    sources: ['NICE-NG232', 'SSEH'],
  },
  {
    id: 'RF-U16',
    level: 'urgent',
    when: and(is('visual_disturbance'), or(eq('headache', 'none'), is('headache_new_different'))),
    said: 'a change in your sight since the neck pain began',
    means:
      'a short loss of blood flow to the eye or brain (a mini-stroke), which needs checking within a day',
    sources: ['NICE-NG128', 'AHA-CAD-2014', 'GCA'],
  },
  {
    id: 'RF-U17',
    level: 'urgent',
    when: and(is('pregnant_late_or_postpartum'), or(ne('headache', 'none'), is('visual_disturbance'))),
    said: 'a headache or change in sight late in pregnancy or soon after giving birth',
    means: 'high blood pressure of pregnancy (pre-eclampsia) or a blood clot',
    sources: ['NICE-NG133'],
  },
  {
    id: 'RF-U18',
    level: 'urgent',
    when: and(cmp('age', '<', 16), is('sore_throat')),
    said: 'being under 16 with a sore throat or a cold in the last 2 weeks',
    means: 'a slipped joint at the top of the neck after an infection, or a throat abscess',
    sources: ['RCH-TORTICOLLIS', 'RDS-PAED'],
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
    means: 'that your neck needs a clinician\u2019s look before exercises',
    sources: ['CKS-SUMMARY-GPONLINE', 'PHARM-CPD'],
  },
  {
    id: 'RF-S06',
    level: 'soon',
    when: or(is('iv_drug_use'), is('immunosuppressed'), is('recent_spinal_procedure_or_infection')),
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
    when: or(and(cmp('pain_0_10', '>=', 8), is('otc_analgesia_ineffective')), is('cannot_cope_pain')),
    said: 'severe pain that painkillers have not helped, or pain that stops you coping with daily life',
    means: 'that you need a plan from a clinician',
    sources: ['NHS-NECK'],
  },
  {
    id: 'RF-S10',
    level: 'soon',
    when: cmp('age', '<', 16),
    said: 'an age under 16',
    means: 'that a clinician should check, because neck pain in children has other causes',
    sources: ['DEVON-NECK', 'RDS-PAED', 'RCH-TORTICOLLIS'],
  },
  {
    id: 'RF-S11',
    level: 'soon',
    when: or(is('hand_clumsiness'), is('lhermitte'), eq('arm_symptoms', 'both_arms'), is('leg_symptoms')),
    said: 'clumsy hands, electric shocks when you bend your head, or tingling in both arms or the legs',
    means: 'slow pressure on the spinal cord, which a doctor should examine within days',
    sources: ['AOSPINE-DCM-2017', 'DCM-MYELOPATHYORG', 'CKS-NSNP'],
  },
  {
    id: 'RF-S12',
    level: 'soon',
    when: is('recurrent_episodes'),
    said: 'three or more bouts like this in the last year',
    means: 'that a physiotherapy plan would help',
    sources: ['CKS-NSNP', 'NHS-NECK'],
  },
  {
    id: 'RF-S13',
    level: 'soon',
    when: is('involuntary_twisting'),
    said: 'a neck that twists or pulls by itself',
    means: 'a muscle condition (dystonia), not an ordinary crick',
    sources: ['RCEM-DYSTONIA', 'RCH-TORTICOLLIS'],
  },
  {
    id: 'RF-U19',
    level: 'urgent',
    when: and(is('recent_neck_manipulation'), is('pain_changed_after_manipulation')),
    said: 'neck pain that is new, worse or different since your neck was manipulated',
    means: 'a torn artery in the neck',
    sources: ['IFOMPT-2023', 'AHA-CAD-2014'],
  },
];

export const ruleById = (id: string): RedFlagRule | undefined => redFlagRules.find((r) => r.id === id);
