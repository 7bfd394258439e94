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
    sources: ['NHS-MENINGITIS', 'CKS-NSNP', 'NICE-NG240'],
  },
  {
    id: 'RF-E03',
    level: 'emergency',
    when: is('confusion_drowsy_or_seizure'),
    sources: ['NHS-MENINGITIS', 'NICE-NG228', 'NICE-NG240'],
  },
  {
    id: 'RF-E04',
    level: 'emergency',
    when: or(
      is('thunderclap_headache'),
      and(is('sudden_unusual_pain'), oneOf('headache', ['moderate', 'severe']), is('headache_new_different')),
    ),
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
    sources: ['DCM-ROYALFREE', 'CKS-SUMMARY-GPONLINE', 'GPREASONING'],
  },
  {
    id: 'RF-E08',
    level: 'emergency',
    when: and(is('trauma'), cmp('onset_days', '<', 2), ccrHighRisk),
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
    sources: ['NHS-HEARTATTACK', 'AHA-CHESTPAIN-2021'],
  },
  {
    id: 'RF-E11',
    level: 'emergency',
    when: or(is('breathing_difficulty'), is('drooling_cannot_swallow_saliva'), is('neck_swelling_rapid')),
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
    sources: ['NICE-NG234'],
  },
  {
    id: 'RF-E14',
    level: 'emergency',
    when: and(cmp('age', '>=', 50), is('gca_symptoms'), is('visual_disturbance')),
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
    sources: ['NICE-NG240', 'NICE-NG228'],
  },
  {
    id: 'RF-E16',
    level: 'emergency',
    when: and(
      is('sudden_unusual_pain'),
      or(ne('arm_symptoms', 'none'), is('leg_symptoms'), ne('weakness', 'none')),
    ),
    sources: ['SSEH', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-E17',
    level: 'emergency',
    when: and(is('trauma'), ne('weakness', 'none')),
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
    sources: ['AHA-CAD-2014', 'NICE-NG128'],
  },
  {
    id: 'RF-E20',
    level: 'emergency',
    when: and(is('trismus_or_muffled_voice'), or(is('fever'), is('sore_throat'), is('neck_swelling_rapid'))),
    sources: ['NICE-NG84', 'RPA'],
  },
  {
    id: 'RF-U01',
    level: 'urgent',
    when: is('fever'),
    sources: ['CKS-NSNP', 'NHS-MENINGITIS', 'MAYO-NECK', 'NICE-NG240'],
  },
  {
    id: 'RF-U02',
    level: 'urgent',
    when: or(
      eq('weakness', 'one_arm_progressive'),
      and(eq('weakness', 'one_arm_stable'), cmp('onset_days', '<', 2)),
    ),
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
    sources: ['DCM-MYELOPATHYORG', 'GPREASONING', 'DCM-ROYALFREE', 'AOSPINE-DCM-2017'],
  },
  {
    id: 'RF-U04',
    level: 'urgent',
    when: is('history_cancer'),
    sources: ['NICE-NG234', 'CKS-NSNP'],
  },
  {
    id: 'RF-U05',
    level: 'urgent',
    when: is('sudden_unusual_pain'),
    sources: ['ICHD3-CAD', 'IFOMPT-2023', 'ACEP-CAD', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-U06',
    level: 'urgent',
    when: is('dizziness_new'),
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
    sources: ['SEA', 'CKS-NSNP'],
  },
  {
    id: 'RF-U08',
    level: 'urgent',
    when: and(cmp('age', '>=', 50), is('gca_symptoms')),
    sources: ['GCA', 'PMR'],
  },
  {
    id: 'RF-U09',
    level: 'urgent',
    when: and(is('involuntary_twisting'), is('new_dopamine_blocker')),
    sources: ['RCEM-DYSTONIA'],
  },
  {
    id: 'RF-U10',
    level: 'urgent',
    when: and(
      is('trauma'),
      or(is('bone_fragility'), is('inflammatory_arthritis'), is('previous_neck_surgery')),
    ),
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
    sources: ['NICE-NG228', 'AHA-CAD-2014'],
  },
  {
    id: 'RF-U13',
    level: 'urgent',
    when: and(ne('headache', 'none'), is('headache_new_different'), is('one_sided_pain_after_jolt')),
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
    sources: ['NICE-NG232', 'SSEH'],
  },
  {
    id: 'RF-U16',
    level: 'urgent',
    when: and(is('visual_disturbance'), or(eq('headache', 'none'), is('headache_new_different'))),
    sources: ['NICE-NG128', 'AHA-CAD-2014', 'GCA'],
  },
  {
    id: 'RF-U17',
    level: 'urgent',
    when: and(is('pregnant_late_or_postpartum'), or(ne('headache', 'none'), is('visual_disturbance'))),
    sources: ['NICE-NG133'],
  },
  {
    id: 'RF-U18',
    level: 'urgent',
    when: and(cmp('age', '<', 16), is('sore_throat')),
    sources: ['RCH-TORTICOLLIS', 'RDS-PAED'],
  },
  {
    id: 'RF-S01',
    level: 'soon',
    when: or(eq('arm_symptoms', 'one_arm'), eq('weakness', 'one_arm_stable')),
    sources: ['CKS-RADIC', 'NHS-NECK', 'DEVON-NECK'],
  },
  {
    id: 'RF-S02',
    level: 'soon',
    when: is('night_pain_unrelenting'),
    sources: ['CKS-NSNP', 'CKS-SUMMARY-GPONLINE'],
  },
  {
    id: 'RF-S03',
    level: 'soon',
    when: is('weight_loss_unexplained'),
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
    sources: ['CKS-SUMMARY-GPONLINE', 'PHARM-CPD'],
  },
  {
    id: 'RF-S05',
    level: 'soon',
    when: or(is('bone_fragility'), is('inflammatory_arthritis'), is('previous_neck_surgery')),
    sources: ['CKS-SUMMARY-GPONLINE', 'PHARM-CPD'],
  },
  {
    id: 'RF-S06',
    level: 'soon',
    when: or(is('iv_drug_use'), is('immunosuppressed'), is('recent_spinal_procedure_or_infection')),
    sources: ['CKS-NSNP', 'SEA'],
  },
  {
    id: 'RF-S07',
    level: 'soon',
    when: and(cmp('age', '>=', 50), is('morning_stiffness_girdle')),
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
    sources: ['TORTICOLLIS', 'NHS-NECK', 'MAYO-NECK'],
  },
  {
    id: 'RF-S09',
    level: 'soon',
    when: or(and(cmp('pain_0_10', '>=', 8), is('otc_analgesia_ineffective')), is('cannot_cope_pain')),
    sources: ['NHS-NECK'],
  },
  {
    id: 'RF-S10',
    level: 'soon',
    when: cmp('age', '<', 16),
    sources: ['DEVON-NECK', 'RDS-PAED', 'RCH-TORTICOLLIS'],
  },
  {
    id: 'RF-S11',
    level: 'soon',
    when: or(is('hand_clumsiness'), is('lhermitte'), eq('arm_symptoms', 'both_arms'), is('leg_symptoms')),
    sources: ['AOSPINE-DCM-2017', 'DCM-MYELOPATHYORG', 'CKS-NSNP'],
  },
  {
    id: 'RF-S12',
    level: 'soon',
    when: is('recurrent_episodes'),
    sources: ['CKS-NSNP', 'NHS-NECK'],
  },
  {
    id: 'RF-S13',
    level: 'soon',
    when: is('involuntary_twisting'),
    sources: ['RCEM-DYSTONIA', 'RCH-TORTICOLLIS'],
  },
  {
    id: 'RF-U19',
    level: 'urgent',
    when: and(is('recent_neck_manipulation'), is('pain_changed_after_manipulation')),
    sources: ['IFOMPT-2023', 'AHA-CAD-2014'],
  },
];

export const ruleById = (id: string): RedFlagRule | undefined => redFlagRules.find((r) => r.id === id);
