/**
 * The answer fields of red-flags.json `answer_schema`, with its defaults.
 * The wording of each question is ours (plain words, one idea each); the field
 * names, types, choices and defaults are the spec's and must not drift: a test
 * compares them with red-flags.json.
 */

export type FieldType = 'bool' | 'int' | 'number' | 'enum' | 'text';

interface FieldSpec {
  readonly type: FieldType;
  readonly default: boolean | number | string | null;
  readonly values?: readonly string[];
  /** Medicines safety only: never a triage input. */
  readonly medicinesOnly?: true;
}

const bool = (dflt = false): FieldSpec => ({ type: 'bool', default: dflt });
const medicines: FieldSpec = { type: 'bool', default: false, medicinesOnly: true };

export const fieldSpecs = {
  age: { type: 'int', default: null },
  sex: { type: 'enum', default: null, values: ['F', 'M', 'other'] },
  onset_days: { type: 'number', default: 0 },
  cause: { type: 'text', default: '' },
  mechanical_trigger: bool(),
  first_episode: bool(true),
  pain_0_10: { type: 'int', default: null },
  pain_trend: { type: 'enum', default: 'same', values: ['improving', 'same', 'worse'] },
  otc_analgesia_ineffective: bool(),
  cannot_cope_or_worried: bool(),
  recurrent_episodes: bool(),
  fever: bool(),
  chin_to_chest_difficult: bool(),
  headache: { type: 'enum', default: 'none', values: ['none', 'mild', 'moderate', 'severe'] },
  thunderclap_headache: bool(),
  photophobia: bool(),
  vomiting: bool(),
  rash_nonblanching: bool(),
  confusion_drowsy_or_seizure: bool(),
  feels_very_unwell: bool(),
  trauma: bool(),
  trauma_mechanism: {
    type: 'enum',
    default: 'none',
    values: [
      'none',
      'minor_bump',
      'simple_rear_end',
      'fall_standing',
      'contact_sport',
      'fall_height_1m_or_5_stairs',
      'high_speed_rollover_or_ejection',
      'diving_axial_load',
      'bicycle_collision',
      'motorised_recreational',
    ],
  },
  midline_tenderness: bool(),
  can_rotate_45_both: bool(true),
  head_injury_loc_or_intox: bool(),
  arm_symptoms: { type: 'enum', default: 'none', values: ['none', 'one_arm', 'both_arms'] },
  leg_symptoms: bool(),
  weakness: {
    type: 'enum',
    default: 'none',
    values: ['none', 'one_arm_stable', 'one_arm_progressive', 'both_arms', 'legs'],
  },
  hand_clumsiness: bool(),
  gait_balance_change: bool(),
  lhermitte: bool(),
  bladder_bowel_change: bool(),
  saddle_numbness: bool(),
  dizziness_new: bool(),
  double_vision: bool(),
  slurred_speech: bool(),
  swallowing_difficulty_new: bool(),
  drop_attack: bool(),
  face_or_one_side_numbness: bool(),
  sudden_unsteadiness: bool(),
  droopy_eyelid_small_pupil: bool(),
  face_droop: bool(),
  nausea: bool(),
  sudden_unusual_pain: bool(),
  recent_neck_manipulation: bool(),
  chest_pain: bool(),
  breathless: bool(),
  sweating_clammy: bool(),
  exertional_neck_jaw_pain: bool(),
  breathing_difficulty: bool(),
  drooling_cannot_swallow_saliva: bool(),
  neck_swelling_rapid: bool(),
  sore_throat: bool(),
  history_cancer: bool(),
  weight_loss_unexplained: bool(),
  night_pain_unrelenting: bool(),
  immunosuppressed: bool(),
  iv_drug_use: bool(),
  recent_spinal_procedure_or_infection: bool(),
  bone_fragility: bool(),
  inflammatory_arthritis: bool(),
  previous_neck_surgery: bool(),
  morning_stiffness_girdle: bool(),
  gca_symptoms: bool(),
  visual_disturbance: bool(),
  new_dopamine_blocker: bool(),
  involuntary_twisting: bool(),
  pregnant: medicines,
  anticoagulant: medicines,
  stomach_ulcer_history: medicines,
  kidney_disease: medicines,
  asthma_nsaid_sensitive: medicines,
  heart_failure_or_cvd: medicines,
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof fieldSpecs;
export const fieldNames = Object.keys(fieldSpecs) as FieldName[];

/** A field's answer. `unsure` is allowed for yes/no and choice fields; null or absent means not answered. */
export type Answer = boolean | number | string | null;
export type Facts = Partial<Record<FieldName, Answer>>;

export const UNSURE = 'unsure' as const;

export const isFieldName = (name: string): name is FieldName => Object.hasOwn(fieldSpecs, name);
export const specOf = (name: FieldName): FieldSpec => fieldSpecs[name];
