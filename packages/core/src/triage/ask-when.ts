import { and, cmp, type Expr, eq, is, ne, not, oneOf, or } from './expr.js';
import type { FieldName } from './fields.js';

/** red-flags.json `evaluation.dangerous_mechanisms` (Canadian C-spine rule; pedestrian struck from NICE NG232). */
export const dangerousMechanisms = [
  'fall_height_1m_or_5_stairs',
  'high_speed_rollover_or_ejection',
  'diving_axial_load',
  'bicycle_collision',
  'motorised_recreational',
  'pedestrian_struck',
] as const;

/**
 * The Canadian C-spine rule's high-risk factors as red-flags.json 0.2 writes them (RF-E08
 * and the gates of the questions the rule forbids after such an answer: pressing on the
 * neck, turning the head).
 */
export const ccrHighRisk: Expr = or(
  cmp('age', '>=', 65),
  oneOf('trauma_mechanism', dangerousMechanisms),
  ne('arm_symptoms', 'none'),
  is('leg_symptoms'),
  is('inflammatory_arthritis'),
  is('previous_neck_surgery'),
);

/**
 * red-flags.json 0.2 `ask_when`, ported from its Python like the rules (a test checks each
 * against the spec's text). A field is asked only while its ask_when is not false given the
 * answers so far; the spec promises that when it is false the answer cannot change the level
 * (and a property test holds the port to that promise).
 */
export const askWhen: Readonly<Partial<Record<FieldName, Expr>>> = {
  breathless: is('sweating_clammy'),
  heart_failure_or_cvd: is('sweating_clammy'),
  trauma_mechanism: is('trauma'),
  head_struck: is('trauma'),
  head_injury_loc_or_intox: is('trauma'),
  anticoagulant: is('trauma'),
  neuro_progression: or(
    is('hand_clumsiness'),
    is('gait_balance_change'),
    is('lhermitte'),
    eq('arm_symptoms', 'both_arms'),
    is('leg_symptoms'),
  ),
  midline_tenderness: and(is('trauma'), not(ccrHighRisk)),
  ambulatory_since_injury: and(is('trauma'), is('midline_tenderness')),
  pain_onset_delayed: and(is('trauma'), is('midline_tenderness')),
  can_rotate_45_both: and(
    is('trauma'),
    not(ccrHighRisk),
    or(
      not(is('midline_tenderness')),
      eq('trauma_mechanism', 'simple_rear_end'),
      is('ambulatory_since_injury'),
      is('pain_onset_delayed'),
    ),
  ),
  thunderclap_headache: ne('headache', 'none'),
  headache_new_different: ne('headache', 'none'),
  chin_to_chest_difficult: or(is('fever'), ne('headache', 'none'), is('feels_very_unwell')),
  photophobia: or(is('fever'), ne('headache', 'none')),
  vomiting: or(is('fever'), ne('headache', 'none'), and(is('trauma'), is('head_struck'))),
  antipyretic_recent: and(
    not(is('fever')),
    or(is('chin_to_chest_difficult'), and(eq('headache', 'severe'), or(is('photophobia'), is('vomiting')))),
  ),
  pain_changed_after_manipulation: is('recent_neck_manipulation'),
  one_sided_pain_after_jolt: or(ne('headache', 'none'), is('dizziness_new'), is('visual_disturbance')),
  trismus_or_muffled_voice: or(is('sore_throat'), is('fever'), is('neck_swelling_rapid')),
  morning_stiffness_girdle: cmp('age', '>=', 50),
  gca_symptoms: cmp('age', '>=', 50),
  new_dopamine_blocker: is('involuntary_twisting'),
  mechanical_trigger: or(
    cmp('age', '<', 20),
    cmp('age', '>', 55),
    is('iv_drug_use'),
    is('immunosuppressed'),
    is('recent_spinal_procedure_or_infection'),
  ),
  first_episode: and(or(cmp('age', '<', 20), cmp('age', '>', 55)), not(is('mechanical_trigger'))),
  pain_trend: or(
    cmp('onset_days', '>=', 3),
    is('iv_drug_use'),
    is('immunosuppressed'),
    is('recent_spinal_procedure_or_infection'),
  ),
  otc_analgesia_ineffective: cmp('pain_0_10', '>=', 8),
  sex: or(ne('headache', 'none'), is('visual_disturbance')),
  pregnant_late_or_postpartum: and(
    ne('sex', 'M'),
    cmp('age', '>=', 12),
    cmp('age', '<', 56),
    or(ne('headache', 'none'), is('visual_disturbance')),
  ),
};
