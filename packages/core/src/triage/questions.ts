import type { FieldName } from './fields.js';

/**
 * The questions the check asks, in the order it asks them: emergency signs
 * first. Several yes/no signs share one screen ("any of these?"): a "no"
 * answers them all, a "yes" or "not sure" opens them one by one. The wording is
 * ours; the fields are red-flags.json's.
 */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export type CatalogueEntry =
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly text: string;
      readonly hint?: string;
      readonly items: readonly FieldName[];
      /** Asked only when this field was answered yes or not sure (follow-up screens). */
      readonly onlyIf?: FieldName;
    }
  | { readonly kind: 'single'; readonly id: string; readonly field: FieldName; readonly onlyIf?: FieldName };

/** How each field is asked on its own (when it is not part of a "no to all" screen). */
export interface FieldQuestion {
  readonly text: string;
  /** The short form used in a list of signs. */
  readonly label: string;
  readonly hint?: string;
  readonly options?: readonly ChoiceOption[];
  readonly number?: { readonly min: number; readonly max: number; readonly unit?: string };
}

export const fieldQuestions: Readonly<Partial<Record<FieldName, FieldQuestion>>> = {
  breathing_difficulty: {
    text: 'Are you struggling to breathe, or is your breathing noisy?',
    label: 'Struggling to breathe, or noisy breathing',
  },
  drooling_cannot_swallow_saliva: {
    text: 'Are you unable to swallow your own spit, or drooling?',
    label: 'Cannot swallow your own spit, or drooling',
  },
  neck_swelling_rapid: {
    text: 'Is part of your neck swelling up quickly?',
    label: 'Part of the neck swelling up quickly',
  },
  chest_pain: {
    text: 'Do you have pain, pressure or tightness in your chest?',
    label: 'Chest pain, pressure or tightness',
  },
  exertional_neck_jaw_pain: {
    text: 'Does neck or jaw pain come on when you exert yourself (stairs, a hill) and ease when you rest?',
    label: 'Neck or jaw pain that comes with effort and eases with rest',
  },
  breathless: { text: 'Are you short of breath?', label: 'Short of breath' },
  sweating_clammy: { text: 'Are you sweaty or clammy?', label: 'Sweaty or clammy' },
  confusion_drowsy_or_seizure: {
    text: 'Is the person confused, unusually sleepy or hard to wake, or has there been a fit?',
    label: 'Confused, very sleepy, or a fit',
  },
  thunderclap_headache: {
    text: 'Did a headache start suddenly and reach its worst within minutes, the worst you have ever had?',
    label: 'A sudden, very bad headache that peaked within minutes',
  },
  rash_nonblanching: {
    text: 'Do you have a rash or spots that do not fade when you press a clear glass on them?',
    label: 'A rash that does not fade under a pressed glass',
  },
  double_vision: { text: 'Do you have double vision?', label: 'Double vision' },
  slurred_speech: {
    text: 'Is your speech slurred, or are words hard to get out?',
    label: 'Slurred speech or trouble finding words',
  },
  swallowing_difficulty_new: {
    text: 'Do you have new trouble swallowing (food or drink going down the wrong way), not just a sore throat?',
    label: 'New trouble swallowing',
  },
  face_droop: { text: 'Has one side of your face dropped?', label: 'One side of the face drooping' },
  face_or_one_side_numbness: {
    text: 'Is your face, or one whole side of your body, numb?',
    label: 'Numb face, or one side of the body numb',
  },
  sudden_unsteadiness: {
    text: 'Have you suddenly become unable to walk straight or to coordinate your movements?',
    label: 'Suddenly unable to walk straight',
  },
  drop_attack: {
    text: 'Have you suddenly fallen because your legs gave way, without warning?',
    label: 'Sudden falls, legs giving way',
  },
  droopy_eyelid_small_pupil: {
    text: 'Has anyone noticed a drooping eyelid, or one pupil smaller than the other?',
    label: 'A drooping eyelid or one small pupil',
  },
  dizziness_new: {
    text: 'Since the neck pain started, have you had new dizziness, spinning or feeling off balance?',
    label: 'New dizziness, spinning or feeling off balance',
  },
  fever: {
    text: 'Do you have a temperature of 38 °C (100.4 °F) or more, or feel hot and shivery?',
    label: 'A temperature, or hot and shivery',
  },
  chin_to_chest_difficult: {
    text: 'Is it very painful or impossible to bend your head forward to touch your chin to your chest?',
    label: 'Cannot bend chin to chest',
  },
  headache: {
    text: 'Do you have a headache? How bad is it?',
    label: 'Headache',
    options: [
      { value: 'none', label: 'No headache' },
      { value: 'mild', label: 'Mild' },
      { value: 'moderate', label: 'Moderate' },
      { value: 'severe', label: 'Severe' },
    ],
  },
  photophobia: { text: 'Does normal light hurt your eyes?', label: 'Light hurts your eyes' },
  vomiting: { text: 'Have you been sick (vomiting)?', label: 'Being sick' },
  feels_very_unwell: {
    text: 'Do you feel very unwell in yourself, not just your neck?',
    label: 'Feeling very unwell in yourself',
  },
  trauma: {
    text: 'Did the pain start after an injury, accident, fall or a blow to the head or neck?',
    label: 'Started after an injury or fall',
  },
  trauma_mechanism: {
    text: 'What kind of injury was it?',
    label: 'Kind of injury',
    options: [
      { value: 'minor_bump', label: 'A small bump or knock' },
      { value: 'none', label: 'Another kind of injury' },
      { value: 'simple_rear_end', label: 'A car hit from behind at low speed' },
      { value: 'fall_standing', label: 'A fall from standing' },
      { value: 'contact_sport', label: 'A knock in sport' },
      { value: 'fall_height_1m_or_5_stairs', label: 'A fall from 1 metre or more, or down 5 or more stairs' },
      {
        value: 'high_speed_rollover_or_ejection',
        label: 'A fast crash, a rollover, or thrown from a vehicle',
      },
      { value: 'diving_axial_load', label: 'A diving accident, or a blow on top of the head' },
      { value: 'bicycle_collision', label: 'A bicycle crash' },
      { value: 'motorised_recreational', label: 'A crash on a quad bike, motorbike or similar' },
    ],
  },
  midline_tenderness: {
    text: 'When you press on the bones down the middle of the back of your neck, does it hurt?',
    label: 'Tender bones down the middle of the neck',
  },
  can_rotate_45_both: {
    text: 'Can you turn your head at least halfway towards each shoulder?',
    label: 'Can turn halfway to each side',
    hint: 'Only try this gently, and stop if it hurts sharply.',
  },
  head_injury_loc_or_intox: {
    text: 'With the injury, did you black out, or had you been drinking or taking drugs?',
    label: 'Blacked out, or drink or drugs',
  },
  arm_symptoms: {
    text: 'Do you have pain shooting into an arm, or pins and needles or numbness in an arm or hand?',
    label: 'Pain, pins and needles or numbness going into an arm or hand',
    options: [
      { value: 'none', label: 'No' },
      { value: 'one_arm', label: 'Yes, in one arm' },
      { value: 'both_arms', label: 'Yes, in both arms' },
    ],
  },
  weakness: {
    text: 'Is an arm, a hand or a leg weak?',
    label: 'Weakness in an arm, hand or leg',
    options: [
      { value: 'none', label: 'No weakness' },
      { value: 'one_arm_stable', label: 'One arm, and it is not getting worse' },
      { value: 'one_arm_progressive', label: 'One arm, and it is getting worse' },
      { value: 'both_arms', label: 'Both arms' },
      { value: 'legs', label: 'My legs' },
    ],
  },
  leg_symptoms: {
    text: 'Do you have numbness or pins and needles in your legs?',
    label: 'Numbness or pins and needles in the legs',
  },
  hand_clumsiness: {
    text: 'Have your hands become clumsy lately (buttons, writing, dropping things)?',
    label: 'Hands clumsy lately',
  },
  gait_balance_change: {
    text: 'Over days or weeks, has your walking or balance changed (unsteady, tripping)?',
    label: 'Walking or balance changing over days or weeks',
  },
  lhermitte: {
    text: 'Do you get an electric-shock feeling down your back or limbs when you bend your head forward?',
    label: 'Electric shocks down the back when bending the head',
  },
  bladder_bowel_change: {
    text: 'Do you have new trouble passing urine, or lost control of your bladder or bowel?',
    label: 'New bladder or bowel trouble',
  },
  saddle_numbness: {
    text: 'Is the skin around your bottom or genitals numb?',
    label: 'Numbness around the bottom or genitals',
  },
  history_cancer: {
    text: 'Have you ever had cancer (any kind, even if treated)?',
    label: 'Cancer, now or in the past',
  },
  iv_drug_use: { text: 'Do you inject drugs?', label: 'Injecting drugs' },
  immunosuppressed: {
    text: 'Is your immune system weakened (chemotherapy, transplant medicines, biologics, long-term high-dose steroids, HIV)?',
    label: 'A weakened immune system',
  },
  recent_spinal_procedure_or_infection: {
    text: 'Have you recently had a spinal injection or operation, or a serious infection?',
    label: 'A recent spinal injection or operation, or a serious infection',
  },
  bone_fragility: {
    text: 'Do you have osteoporosis (thin bones), or take steroid tablets long-term?',
    label: 'Osteoporosis, or long-term steroid tablets',
  },
  inflammatory_arthritis: {
    text: 'Do you have rheumatoid arthritis or ankylosing spondylitis?',
    label: 'Rheumatoid arthritis or ankylosing spondylitis',
  },
  previous_neck_surgery: {
    text: 'Have you had an operation on your neck?',
    label: 'An operation on your neck',
  },
  age: { text: 'How old are you?', label: 'Age', number: { min: 0, max: 120, unit: 'years' } },
  gca_symptoms: {
    text: 'Do you have a new headache at your temples, a scalp that hurts to brush, or jaw pain when chewing?',
    label: 'New temple headache, tender scalp or jaw pain when chewing',
  },
  visual_disturbance: {
    text: 'Has your sight been blurred, lost or doubled, even briefly?',
    label: 'Blurred, lost or double sight',
  },
  morning_stiffness_girdle: {
    text: 'Are both shoulders (or hips) stiff for more than 45 minutes every morning?',
    label: 'Both shoulders stiff for over 45 minutes every morning',
  },
  sudden_unusual_pain: {
    text: 'Did the pain come on suddenly and severely, unlike any before, with no awkward movement to explain it?',
    label: 'Sudden severe pain unlike before, with no awkward movement',
  },
  recent_neck_manipulation: {
    text: 'In the last few days, has anyone manipulated or "cracked" your neck?',
    label: 'Neck manipulated or "cracked" in the last few days',
  },
  involuntary_twisting: {
    text: 'Is your neck twisting or pulling your head by itself, without you controlling it?',
    label: 'Neck twisting by itself',
  },
  new_dopamine_blocker: {
    text: 'In the last few days, did you start an anti-sickness medicine (such as metoclopramide) or an antipsychotic?',
    label: 'Started a new anti-sickness or antipsychotic medicine',
  },
  night_pain_unrelenting: {
    text: 'Does the pain keep you awake at night and not ease whatever position you lie in, or if you get up?',
    label: 'Pain at night that no position eases',
  },
  weight_loss_unexplained: {
    text: 'Have you lost weight recently without trying?',
    label: 'Weight loss without trying',
  },
  onset_days: {
    text: 'How many days ago did this neck pain start? (0 means today)',
    label: 'Days since it started',
    number: { min: 0, max: 3650, unit: 'days' },
  },
  pain_trend: {
    text: 'Since it started, is it getting better, staying the same, or getting worse?',
    label: 'Trend',
    options: [
      { value: 'improving', label: 'Getting better' },
      { value: 'same', label: 'About the same' },
      { value: 'worse', label: 'Getting worse' },
    ],
  },
  pain_0_10: {
    text: 'How bad is the pain right now, from 0 (none) to 10 (the worst you can imagine)?',
    label: 'Pain now',
    number: { min: 0, max: 10 },
  },
  otc_analgesia_ineffective: {
    text: 'Have you taken paracetamol or ibuprofen as the label says, and it has not helped?',
    label: 'Painkillers taken as the label says have not helped',
  },
  cannot_cope_or_worried: {
    text: 'Are you finding it impossible to cope, or are you worried about it?',
    label: 'Finding it hard to cope, or worried',
  },
  recurrent_episodes: {
    text: 'Have you had 3 or more episodes like this in the last 12 months?',
    label: '3 or more episodes like this in the last year',
  },
  mechanical_trigger: {
    text: 'Is there an everyday reason for it: slept awkwardly, long hours at a desk, phone or wheel, lifting, sport, or a sudden turn of the head?',
    label: 'An everyday reason for it',
  },
  first_episode: {
    text: 'Is this the first time you have ever had neck pain like this?',
    label: 'First time',
    hint: 'If you are not sure, answer yes.',
  },
};

export const questionCatalogue: readonly CatalogueEntry[] = [
  {
    kind: 'group',
    id: 'breathing-chest',
    text: 'Right now, do you have any of these?',
    items: [
      'breathing_difficulty',
      'drooling_cannot_swallow_saliva',
      'neck_swelling_rapid',
      'chest_pain',
      'exertional_neck_jaw_pain',
      'breathless',
      'sweating_clammy',
    ],
  },
  {
    kind: 'group',
    id: 'brain',
    text: 'Do you have any of these?',
    items: ['confusion_drowsy_or_seizure', 'thunderclap_headache', 'rash_nonblanching'],
  },
  {
    kind: 'group',
    id: 'stroke-signs',
    text: 'Since the neck pain began, have you had any of these?',
    items: [
      'double_vision',
      'slurred_speech',
      'swallowing_difficulty_new',
      'face_droop',
      'face_or_one_side_numbness',
      'sudden_unsteadiness',
      'drop_attack',
      'droopy_eyelid_small_pupil',
      'dizziness_new',
    ],
  },
  { kind: 'single', id: 'fever', field: 'fever' },
  {
    kind: 'group',
    id: 'fever-signs',
    text: 'With the temperature, do you have any of these?',
    onlyIf: 'fever',
    items: ['chin_to_chest_difficult', 'headache', 'photophobia', 'vomiting', 'feels_very_unwell'],
  },
  { kind: 'single', id: 'trauma', field: 'trauma' },
  { kind: 'single', id: 'trauma-mechanism', field: 'trauma_mechanism', onlyIf: 'trauma' },
  {
    kind: 'group',
    id: 'injury-signs',
    text: 'Since the injury, do you have any of these?',
    onlyIf: 'trauma',
    items: ['midline_tenderness', 'head_injury_loc_or_intox'],
  },
  { kind: 'single', id: 'rotate', field: 'can_rotate_45_both' },
  { kind: 'single', id: 'age', field: 'age' },
  {
    kind: 'group',
    id: 'nerves',
    text: 'Do you have any of these?',
    items: [
      'arm_symptoms',
      'weakness',
      'leg_symptoms',
      'hand_clumsiness',
      'gait_balance_change',
      'lhermitte',
      'bladder_bowel_change',
      'saddle_numbness',
    ],
  },
  {
    kind: 'group',
    id: 'dizziness-cause',
    text: 'With the dizziness, did either of these happen?',
    onlyIf: 'dizziness_new',
    items: ['sudden_unusual_pain', 'recent_neck_manipulation'],
  },
  {
    kind: 'group',
    id: 'history',
    text: 'Do any of these apply to you?',
    items: [
      'history_cancer',
      'iv_drug_use',
      'immunosuppressed',
      'recent_spinal_procedure_or_infection',
      'bone_fragility',
      'inflammatory_arthritis',
      'previous_neck_surgery',
    ],
  },
  {
    kind: 'group',
    id: 'age-50-signs',
    text: 'Do you have any of these?',
    items: ['gca_symptoms', 'visual_disturbance', 'morning_stiffness_girdle'],
  },
  {
    kind: 'group',
    id: 'other-signs',
    text: 'Do you have any of these?',
    items: [
      'sudden_unusual_pain',
      'involuntary_twisting',
      'night_pain_unrelenting',
      'weight_loss_unexplained',
      'feels_very_unwell',
    ],
  },
  { kind: 'single', id: 'new-medicine', field: 'new_dopamine_blocker', onlyIf: 'involuntary_twisting' },
  { kind: 'single', id: 'onset', field: 'onset_days' },
  { kind: 'single', id: 'trend', field: 'pain_trend' },
  { kind: 'single', id: 'trigger', field: 'mechanical_trigger' },
  { kind: 'single', id: 'first-episode', field: 'first_episode' },
  {
    kind: 'group',
    id: 'coping',
    text: 'Do any of these apply?',
    items: ['otc_analgesia_ineffective', 'cannot_cope_or_worried', 'recurrent_episodes'],
  },
  { kind: 'single', id: 'pain', field: 'pain_0_10' },
];
