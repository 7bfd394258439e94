/**
 * The answer fields of red-flags.json 0.2 `answer_schema`, in its order (the order
 * questions are asked), with its types, choices, defaults, `unsure_as` and roles.
 * The wording of each question is ours (questions.ts); these facts about each field
 * are the spec's and must not drift: a test compares them with red-flags.json.
 * `ask_when` lives in ask-when.ts (it is logic over these fields).
 */

export type FieldType = 'bool' | 'int' | 'number' | 'enum' | 'text';

/**
 * What a field is for. Only `input` and `gate` fields are asked in triage; `after_result`
 * is asked with the result, `medicines` by the medicines section, and `record_only` and
 * `deprecated` are kept only so stored records stay valid.
 */
export type FieldRole = 'input' | 'gate' | 'after_result' | 'medicines' | 'record_only' | 'deprecated';

export interface FieldSpec {
  readonly type: FieldType;
  /** Null means unknown: a rule reading it cannot be settled without the answer. */
  readonly default: boolean | number | string | null;
  readonly values?: readonly string[];
  /** Yes/no fields: the answer "not sure" stands for (the one that raises concern). */
  readonly unsureAs?: boolean;
  readonly role: FieldRole;
}

const yesNo = (dflt: boolean | null, unsureAs: boolean, role: FieldRole = 'input'): FieldSpec => ({
  type: 'bool',
  default: dflt,
  unsureAs,
  role,
});

export const fieldSpecs = {
  age: { type: 'int', default: null, role: 'input' },
  onset_days: { type: 'number', default: 0, role: 'input' },
  confusion_drowsy_or_seizure: yesNo(false, true),
  breathing_difficulty: yesNo(false, true),
  drooling_cannot_swallow_saliva: yesNo(false, true),
  neck_swelling_rapid: yesNo(false, true),
  chest_pain: yesNo(false, true),
  exertional_neck_jaw_pain: yesNo(false, true),
  sweating_clammy: yesNo(false, true),
  breathless: yesNo(false, true),
  heart_failure_or_cvd: yesNo(false, true),
  rash_nonblanching: yesNo(false, true),
  fever: yesNo(false, true),
  feels_very_unwell: yesNo(false, true),
  trauma: yesNo(false, true),
  trauma_mechanism: {
    type: 'enum',
    default: 'none',
    values: [
      'none',
      'minor_bump',
      'simple_rear_end',
      'fall_standing',
      'contact_sport',
      'other_low_energy',
      'fall_height_1m_or_5_stairs',
      'high_speed_rollover_or_ejection',
      'diving_axial_load',
      'bicycle_collision',
      'motorised_recreational',
      'pedestrian_struck',
    ],
    role: 'input',
  },
  head_struck: yesNo(null, true),
  head_injury_loc_or_intox: yesNo(false, true),
  anticoagulant: yesNo(false, true),
  arm_symptoms: { type: 'enum', default: 'none', values: ['none', 'one_arm', 'both_arms'], role: 'input' },
  leg_symptoms: yesNo(false, true),
  weakness: {
    type: 'enum',
    default: 'none',
    values: ['none', 'one_arm_stable', 'one_arm_progressive', 'both_arms', 'legs'],
    role: 'input',
  },
  bladder_bowel_change: yesNo(false, true),
  saddle_numbness: yesNo(false, true),
  hand_clumsiness: yesNo(false, true),
  gait_balance_change: yesNo(false, true),
  lhermitte: yesNo(false, true),
  neuro_progression: {
    type: 'enum',
    default: null,
    values: ['hours_to_days', 'weeks', 'months_or_longer', 'not_changing'],
    role: 'input',
  },
  bone_fragility: yesNo(false, true),
  inflammatory_arthritis: yesNo(false, true),
  previous_neck_surgery: yesNo(false, true),
  midline_tenderness: yesNo(false, true),
  ambulatory_since_injury: yesNo(null, false),
  pain_onset_delayed: yesNo(null, false),
  can_rotate_45_both: yesNo(null, false),
  headache: { type: 'enum', default: 'none', values: ['none', 'mild', 'moderate', 'severe'], role: 'input' },
  thunderclap_headache: yesNo(false, true),
  headache_new_different: yesNo(null, true),
  chin_to_chest_difficult: yesNo(false, true),
  photophobia: yesNo(false, true),
  vomiting: yesNo(false, true),
  antipyretic_recent: yesNo(false, true),
  dizziness_new: yesNo(false, true),
  double_vision: yesNo(false, true),
  visual_disturbance: yesNo(false, true),
  slurred_speech: yesNo(false, true),
  swallowing_difficulty_new: yesNo(false, true),
  drop_attack: yesNo(false, true),
  face_or_one_side_numbness: yesNo(false, true),
  sudden_unsteadiness: yesNo(false, true),
  droopy_eyelid_small_pupil: yesNo(false, true),
  face_droop: yesNo(false, true),
  sudden_unusual_pain: yesNo(false, true),
  recent_neck_manipulation: yesNo(false, true),
  pain_changed_after_manipulation: yesNo(false, true),
  one_sided_pain_after_jolt: yesNo(false, true),
  sore_throat: yesNo(false, true),
  trismus_or_muffled_voice: yesNo(false, true),
  history_cancer: yesNo(false, true),
  weight_loss_unexplained: yesNo(false, true),
  night_pain_unrelenting: yesNo(false, true),
  immunosuppressed: yesNo(false, true),
  iv_drug_use: yesNo(false, true),
  recent_spinal_procedure_or_infection: yesNo(false, true),
  morning_stiffness_girdle: yesNo(false, true),
  gca_symptoms: yesNo(false, true),
  involuntary_twisting: yesNo(false, true),
  new_dopamine_blocker: yesNo(false, true),
  mechanical_trigger: yesNo(false, false),
  first_episode: yesNo(true, true),
  recurrent_episodes: yesNo(false, true),
  pain_0_10: { type: 'int', default: null, role: 'input' },
  pain_trend: { type: 'enum', default: 'same', values: ['improving', 'same', 'worse'], role: 'input' },
  otc_analgesia_ineffective: yesNo(false, true),
  cannot_cope_pain: yesNo(false, true),
  sex: { type: 'enum', default: null, values: ['F', 'M', 'other'], role: 'gate' },
  pregnant_late_or_postpartum: yesNo(false, true),
  worried_serious_cause: yesNo(false, true, 'after_result'),
  cannot_cope_or_worried: yesNo(false, true, 'deprecated'),
  cause: { type: 'text', default: '', role: 'record_only' },
  nausea: yesNo(false, true, 'record_only'),
  pregnant: yesNo(false, true, 'medicines'),
  stomach_ulcer_history: yesNo(false, true, 'medicines'),
  kidney_disease: yesNo(false, true, 'medicines'),
  asthma_nsaid_sensitive: yesNo(false, true, 'medicines'),
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof fieldSpecs;
export const fieldNames = Object.keys(fieldSpecs) as FieldName[];

/** A field's answer. `unsure` is allowed for every field but text; null or absent means not answered. */
export type Answer = boolean | number | string | null;
export type Facts = Partial<Record<FieldName, Answer>>;

export const UNSURE = 'unsure' as const;

export const isFieldName = (name: string): name is FieldName => Object.hasOwn(fieldSpecs, name);
export const specOf = (name: FieldName): FieldSpec => fieldSpecs[name];
/** Fields the triage questionnaire may ask (the spec's `input` and `gate` roles). */
export const isAskedInTriage = (name: FieldName): boolean => {
  const role = specOf(name).role;
  return role === 'input' || role === 'gate';
};
