import type { FieldName } from './fields.js';

/**
 * The questions the check asks, in the order it asks them: age and when it
 * started, then the emergency signs. Several signs share one screen ("any of
 * these?"): a "no" answers them all, a "yes" or "not sure" opens them one by
 * one, each in full. Which screens are shown follows each field's ask_when
 * (ask-when.ts). The wording is ours; the fields and their meaning are
 * red-flags.json's.
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
    }
  | { readonly kind: 'single'; readonly id: string; readonly field: FieldName };

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
  age: {
    text: 'How old are you?',
    label: 'Age',
    hint: 'For someone else? Give their age.',
    number: { min: 0, max: 120, unit: 'years' },
  },
  onset_days: {
    text: 'How many days ago did the pain start?',
    label: 'Days since it started',
    hint: '0 means today.',
    number: { min: 0, max: 3650, unit: 'days' },
  },
  confusion_drowsy_or_seizure: {
    text: 'Is the person confused, unusually sleepy or hard to wake, or has there been a fit?',
    label: 'Confused, very drowsy, or a fit',
  },
  breathing_difficulty: {
    text: 'Are you struggling to breathe, or is your breathing noisy?',
    label: 'Struggling to breathe',
  },
  drooling_cannot_swallow_saliva: {
    text: 'Are you unable to swallow your own spit, or drooling?',
    label: 'Drooling, cannot swallow spit',
  },
  neck_swelling_rapid: { text: 'Is part of your neck swelling up quickly?', label: 'Neck swelling fast' },
  chest_pain: {
    text: 'Do you have pain, pressure or tightness in your chest?',
    label: 'Chest pain or tightness',
  },
  exertional_neck_jaw_pain: {
    text: 'Did pain, heaviness or tightness in your neck or jaw come on while you were exerting yourself (a hill, stairs, carrying)? Answer yes whether it went away with rest or is still there.',
    label: 'Neck or jaw pain from effort',
  },
  sweating_clammy: { text: 'Are you sweaty or clammy?', label: 'Sweaty or clammy' },
  breathless: { text: 'Are you short of breath?', label: 'Short of breath' },
  heart_failure_or_cvd: {
    text: 'Do you have heart disease (angina, a heart attack or stent in the past), heart failure, a past stroke, or blood pressure that is not under control?',
    label: 'Heart disease, a past stroke, or high blood pressure',
  },
  rash_nonblanching: {
    text: 'Do you have spots or a rash that do not fade when you press the side of a clear glass on them? On brown or black skin, look where the skin is paler: palms, soles, inside the eyelids or the roof of the mouth.',
    label: 'A rash that stays under a pressed glass',
  },
  fever: {
    text: 'Do you have a temperature of 38 °C (100.4 °F) or more? With no thermometer: do you feel hot and shivery?',
    label: 'A temperature, or hot and shivery',
  },
  feels_very_unwell: {
    text: 'Do you feel very unwell in yourself, not just in your neck?',
    label: 'Feeling very unwell',
  },
  trauma: {
    text: 'Did the pain start after an injury, an accident, a fall, or a blow to the head or neck?',
    label: 'Started after an injury or fall',
  },
  trauma_mechanism: {
    text: 'What kind of injury was it? If more than one fits, choose the one lowest in the list.',
    label: 'Kind of injury',
    options: [
      { value: 'minor_bump', label: 'A small knock or bump' },
      { value: 'simple_rear_end', label: 'A car hit from behind at low speed, with no rollover' },
      { value: 'fall_standing', label: 'A fall from standing' },
      { value: 'contact_sport', label: 'A tackle or collision in sport' },
      { value: 'other_low_energy', label: 'Another gentle injury' },
      { value: 'fall_height_1m_or_5_stairs', label: 'A fall from 1 metre or more, or down 5 or more stairs' },
      {
        value: 'high_speed_rollover_or_ejection',
        label: 'A fast crash (over about 60 mph or 100 km/h), a rollover, or thrown from a vehicle',
      },
      {
        value: 'diving_axial_load',
        label: 'A diving accident, or a heavy blow or weight on top of the head',
      },
      { value: 'bicycle_collision', label: 'A bicycle crash' },
      { value: 'motorised_recreational', label: 'A crash on a motorbike, quad bike or similar' },
      { value: 'pedestrian_struck', label: 'Hit by a vehicle while on foot' },
    ],
  },
  head_struck: {
    text: 'In the injury, did your head hit something, or did something hit it?',
    label: 'Your head was hit',
  },
  head_injury_loc_or_intox: {
    text: 'With the injury, did you black out, is there a gap in your memory around it, or had you been drinking or taking drugs?',
    label: 'A blackout, a memory gap, or drink or drugs',
  },
  anticoagulant: {
    text: 'Do you take a blood thinner: warfarin, apixaban, rivaroxaban, edoxaban, dabigatran or heparin injections, or clopidogrel, ticagrelor or prasugrel? (Low-dose aspirin alone does not count.)',
    label: 'You take a blood thinner',
  },
  arm_symptoms: {
    text: 'Do you have pain shooting below the shoulder into an arm, or pins and needles or numbness in an arm or hand?',
    label: 'Pain or tingling into an arm',
    options: [
      { value: 'none', label: 'No' },
      { value: 'one_arm', label: 'Yes, in one arm' },
      { value: 'both_arms', label: 'Yes, in both arms' },
    ],
  },
  leg_symptoms: {
    text: 'Do you have numbness or pins and needles in your legs?',
    label: 'Numb or tingling legs',
  },
  weakness: {
    text: 'Is an arm or a leg weak? If more than one fits, choose the one lowest in the list.',
    label: 'A weak arm or leg',
    options: [
      { value: 'none', label: 'No weakness' },
      { value: 'one_arm_stable', label: 'One arm, and it is not getting worse' },
      { value: 'one_arm_progressive', label: 'One arm, and it is getting worse' },
      { value: 'both_arms', label: 'Both arms' },
      { value: 'legs', label: 'One leg or both legs' },
    ],
  },
  bladder_bowel_change: {
    text: 'Is it newly hard to pass urine, or have you lost control of your bladder or bowel?',
    label: 'New bladder or bowel trouble',
  },
  saddle_numbness: {
    text: 'Is the skin around your bottom or genitals numb?',
    label: 'Numb bottom or genitals',
  },
  hand_clumsiness: {
    text: 'Have both your hands become clumsy (buttons, writing, picking up small things)? A weak grip in one hand is asked under weakness.',
    label: 'Clumsy hands',
  },
  gait_balance_change: {
    text: 'Has your walking or balance changed: unsteady, stiff legs, tripping?',
    label: 'Changed walking or balance',
  },
  lhermitte: {
    text: 'Do you get an electric-shock feeling down your back or limbs when you bend your head forward?',
    label: 'Shocks when bending your head',
  },
  neuro_progression: {
    text: 'How fast have these hand, arm, leg or walking symptoms come on or got worse?',
    label: 'How fast the symptoms came',
    options: [
      { value: 'hours_to_days', label: 'Within hours or days' },
      { value: 'weeks', label: 'Over weeks' },
      { value: 'months_or_longer', label: 'Over months or longer' },
      { value: 'not_changing', label: 'They are not changing' },
    ],
  },
  bone_fragility: {
    text: 'Do you have osteoporosis (thin bones), or take steroid tablets long-term?',
    label: 'Osteoporosis or long-term steroids',
  },
  inflammatory_arthritis: {
    text: 'Do you have rheumatoid arthritis, ankylosing spondylitis, psoriatic arthritis, or another condition that makes the neck bones unstable (such as Down syndrome)?',
    label: 'Inflammatory arthritis',
  },
  previous_neck_surgery: { text: 'Have you had an operation on your neck?', label: 'Past neck surgery' },
  midline_tenderness: {
    text: 'Only if you can do it without moving your head: press gently on the bony bumps down the middle of the back of your neck. Does it hurt?',
    label: 'Tender bones down the middle of the neck',
    hint: 'If you cannot tell, answer "Not sure".',
  },
  ambulatory_since_injury: {
    text: 'Since the injury, have you been up and walking about at any time?',
    label: 'Up and walking since the injury',
  },
  pain_onset_delayed: {
    text: 'Did the neck pain start a while after the injury, rather than straight away?',
    label: 'The pain started a while after the injury',
  },
  can_rotate_45_both: {
    text: 'Slowly, and stopping if it hurts sharply or anything tingles: can you turn your head at least halfway towards each shoulder?',
    label: 'Able to turn your head halfway to each side',
  },
  headache: {
    text: 'Do you have a headache now, or have you had one since the neck pain started? How bad was it at its worst?',
    label: 'A headache, now or since',
    options: [
      { value: 'none', label: 'No headache' },
      { value: 'mild', label: 'Mild' },
      { value: 'moderate', label: 'Moderate' },
      { value: 'severe', label: 'Severe' },
    ],
  },
  thunderclap_headache: {
    text: 'Did the headache start suddenly and reach its worst within a few minutes, the worst you have ever had? Answer yes even if it began while lifting, exercising, straining, coughing or during sex.',
    label: 'A headache that peaked within minutes',
  },
  headache_new_different: {
    text: 'Is this headache new for you, or clearly different from headaches you have had before (stronger, in another place, or it feels different)?',
    label: 'A headache that is new or different for you',
  },
  chin_to_chest_difficult: {
    text: 'Is your neck so stiff that you cannot bring your chin towards your chest, even slowly? Do not try this after an injury.',
    label: 'Too stiff to bend chin to chest',
  },
  photophobia: { text: 'Does normal light hurt your eyes?', label: 'Light hurts your eyes' },
  vomiting: { text: 'Have you been sick (vomiting)?', label: 'Being sick' },
  antipyretic_recent: {
    text: 'In the last 6 hours, have you taken paracetamol, ibuprofen, aspirin or another medicine that lowers a temperature?',
    label: 'A fever-lowering medicine in the last 6 hours',
  },
  dizziness_new: {
    text: 'Since the neck pain started, have you had new dizziness, a spinning feeling, or felt off balance?',
    label: 'New dizziness',
  },
  double_vision: { text: 'Do you have double vision?', label: 'Double vision' },
  visual_disturbance: {
    text: 'Since the neck pain started, has your sight been blurred, or have you lost part or all of the sight in one or both eyes, even for a few minutes?',
    label: 'Blurred or lost sight',
  },
  slurred_speech: {
    text: 'Is your speech slurred, or are words hard to get out?',
    label: 'Slurred speech',
  },
  swallowing_difficulty_new: {
    text: 'Do you have new trouble swallowing (food or drink going down the wrong way, choking), not just a sore throat?',
    label: 'New trouble swallowing',
  },
  drop_attack: {
    text: 'Have you suddenly fallen to the ground without warning, your legs giving way?',
    label: 'Sudden falls',
  },
  face_or_one_side_numbness: {
    text: 'Is your face, or one whole side of your body, numb?',
    label: 'Numb face or one side',
  },
  sudden_unsteadiness: {
    text: 'Have you suddenly become unable to walk straight or to coordinate your movements?',
    label: 'Sudden unsteadiness',
  },
  droopy_eyelid_small_pupil: {
    text: 'Has anyone noticed a drooping eyelid, or one pupil smaller than the other?',
    label: 'Drooping eyelid or small pupil',
  },
  face_droop: { text: 'Has one side of your face dropped?', label: 'A drooping face' },
  sudden_unusual_pain: {
    text: 'Did the neck or head pain come on suddenly and severely, unlike any pain you have had before? Answer yes even if it began during exercise, lifting, straining, sex, or a turn or jolt of the head.',
    label: 'Sudden severe pain unlike before',
  },
  recent_neck_manipulation: {
    text: 'In the last 2 weeks, has anyone manipulated or "cracked" your neck (a chiropractor, osteopath, physiotherapist or friend)?',
    label: 'Neck cracked or manipulated in 2 weeks',
  },
  pain_changed_after_manipulation: {
    text: 'Since that manipulation, is your neck pain new, clearly worse, or different from before (sharper, or on one side)? Mild soreness that is easing does not count.',
    label: 'Pain new, worse or different since the manipulation',
  },
  one_sided_pain_after_jolt: {
    text: 'Did this pain begin straight after a sudden turn or jolt of the head, a small knock or a neck "crack", and is it on one side, spreading from the neck up into the back of the head, behind the ear, the face or around the eye?',
    label: 'One-sided pain into the head after a jolt',
  },
  sore_throat: {
    text: 'Do you have a sore throat, or have you had a sore throat or a cold in the last 2 weeks?',
    label: 'Sore throat or cold in 2 weeks',
  },
  trismus_or_muffled_voice: {
    text: 'Is it hard to open your mouth fully, or has your voice become muffled, as if talking with a hot potato in your mouth?',
    label: 'Hard to open your mouth, or a muffled voice',
  },
  history_cancer: {
    text: 'Have you ever had cancer (any kind, even if treated)?',
    label: 'Cancer, ever',
  },
  weight_loss_unexplained: {
    text: 'Have you lost weight recently without trying?',
    label: 'Weight loss without trying',
  },
  night_pain_unrelenting: {
    text: 'Does the pain keep you awake at night and not ease whatever position you lie in, or if you get up?',
    label: 'Night pain no position eases',
  },
  immunosuppressed: {
    text: 'Is your immune system weakened: chemotherapy, transplant medicines, biologics or medicines such as methotrexate, long-term steroid tablets, HIV, no working spleen, or kidney dialysis?',
    label: 'Weak immune system',
  },
  iv_drug_use: { text: 'Do you inject drugs?', label: 'Injecting drugs' },
  recent_spinal_procedure_or_infection: {
    text: 'In the last 3 months, have you had a spinal injection or operation, or a serious infection (of the blood, kidney, chest, skin or a wound, or a heart valve)?',
    label: 'Spinal procedure or serious infection in 3 months',
  },
  morning_stiffness_girdle: {
    text: 'Are both shoulders (or hips) stiff for more than 45 minutes every morning?',
    label: 'Both shoulders stiff for over 45 minutes every morning',
  },
  gca_symptoms: {
    text: 'Do you have a new headache at your temples, a scalp that hurts to brush, or a jaw that aches when you chew and eases when you stop?',
    label: 'New temple headache, tender scalp, or jaw pain when chewing',
  },
  involuntary_twisting: {
    text: 'Is your neck twisting or pulling your head by itself, without you controlling it?',
    label: 'Neck twisting by itself',
  },
  new_dopamine_blocker: {
    text: 'In the last few days, did you start an anti-sickness medicine (such as metoclopramide or prochlorperazine) or an antipsychotic?',
    label: 'A new anti-sickness or antipsychotic medicine',
  },
  mechanical_trigger: {
    text: 'Is there an everyday reason for this pain: you slept awkwardly, spent long hours at a desk, a screen or the wheel, carried or lifted something, or overdid exercise?',
    label: 'An everyday reason for it',
  },
  first_episode: {
    text: 'Is this the first time you have had neck pain like this?',
    label: 'First time',
    hint: 'If this pain is new, different or much worse than before, answer yes.',
  },
  recurrent_episodes: {
    text: 'In the last 12 months, have you had 3 or more separate bouts of neck pain like this, each lasting a day or more, with pain-free time between them?',
    label: '3 or more bouts this year',
  },
  pain_0_10: {
    text: 'How bad is the pain now, from 0 to 10?',
    label: 'Pain now',
    hint: '0 is none, 10 the worst.',
    number: { min: 0, max: 10 },
  },
  pain_trend: {
    text: 'Since it started, is the pain getting better, staying about the same, or getting worse?',
    label: 'Trend',
    options: [
      { value: 'improving', label: 'Getting better' },
      { value: 'same', label: 'About the same' },
      { value: 'worse', label: 'Getting worse' },
    ],
  },
  otc_analgesia_ineffective: {
    text: 'Have you taken paracetamol or ibuprofen at the dose on the label for at least a day, and it has not helped enough?',
    label: 'Painkillers at the label dose have not helped',
    hint: 'If you have not tried them yet, answer no.',
  },
  cannot_cope_pain: {
    text: 'Is the pain stopping you from coping with daily life: sleeping, working, or looking after yourself or others?',
    label: 'Pain stops you coping',
  },
  sex: {
    text: 'What is your sex? We ask only to know whether to ask about pregnancy.',
    label: 'Sex',
    options: [
      { value: 'F', label: 'Female' },
      { value: 'M', label: 'Male' },
      { value: 'other', label: 'Another answer' },
    ],
  },
  pregnant_late_or_postpartum: {
    text: 'Are you more than 20 weeks pregnant, or have you given birth in the last 6 weeks?',
    label: 'Late pregnancy, or a birth in the last 6 weeks',
  },
  worried_serious_cause: {
    text: 'Are you worried this could be something serious?',
    label: 'Worried it is something serious',
  },
  cannot_cope_or_worried: {
    text: 'Are you finding it impossible to cope, or are you worried about it?',
    label: 'Finding it hard to cope, or worried (asked before version 0.2)',
  },
  nausea: { text: 'Do you feel as if you might be sick?', label: 'Feeling sick' },
};

/**
 * The screens, in red-flags.json's order where one answer gates another (a field comes
 * after every field its ask_when reads). Fields never asked in a check (roles other than
 * input and gate) are not here.
 */
export const questionCatalogue: readonly CatalogueEntry[] = [
  { kind: 'single', id: 'age', field: 'age' },
  { kind: 'single', id: 'onset', field: 'onset_days' },
  {
    kind: 'group',
    id: 'right-now',
    text: 'Any of these right now?',
    items: [
      'breathing_difficulty',
      'drooling_cannot_swallow_saliva',
      'neck_swelling_rapid',
      'chest_pain',
      'exertional_neck_jaw_pain',
      'sweating_clammy',
      'confusion_drowsy_or_seizure',
      'rash_nonblanching',
      'fever',
    ],
  },
  {
    kind: 'group',
    id: 'with-sweating',
    text: 'With the sweating, do either of these apply?',
    items: ['breathless', 'heart_failure_or_cvd'],
  },
  {
    kind: 'group',
    id: 'since-it-began',
    text: 'Since the pain began, any of these?',
    items: [
      'double_vision',
      'visual_disturbance',
      'slurred_speech',
      'swallowing_difficulty_new',
      'face_droop',
      'face_or_one_side_numbness',
      'sudden_unsteadiness',
      'drop_attack',
      'droopy_eyelid_small_pupil',
      'dizziness_new',
      'sudden_unusual_pain',
    ],
  },
  {
    kind: 'group',
    id: 'nerves',
    text: 'Any of these?',
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
  { kind: 'single', id: 'nerves-speed', field: 'neuro_progression' },
  {
    kind: 'group',
    id: 'history',
    text: 'Do any of these apply?',
    items: [
      'trauma',
      'recent_neck_manipulation',
      'sore_throat',
      'history_cancer',
      'immunosuppressed',
      'iv_drug_use',
      'recent_spinal_procedure_or_infection',
      'bone_fragility',
      'inflammatory_arthritis',
      'previous_neck_surgery',
      'involuntary_twisting',
    ],
  },
  {
    kind: 'group',
    id: 'more',
    text: 'Any of these?',
    items: [
      'headache',
      'feels_very_unwell',
      'night_pain_unrelenting',
      'weight_loss_unexplained',
      'recurrent_episodes',
      'cannot_cope_pain',
    ],
  },
  { kind: 'single', id: 'trauma-mechanism', field: 'trauma_mechanism' },
  {
    kind: 'group',
    id: 'injury',
    text: 'About the injury: do any of these apply?',
    items: ['head_struck', 'head_injury_loc_or_intox', 'anticoagulant'],
  },
  { kind: 'single', id: 'midline', field: 'midline_tenderness' },
  { kind: 'single', id: 'walked', field: 'ambulatory_since_injury' },
  { kind: 'single', id: 'pain-later', field: 'pain_onset_delayed' },
  { kind: 'single', id: 'rotate', field: 'can_rotate_45_both' },
  {
    kind: 'group',
    id: 'headache-kind',
    text: 'Is the headache like this?',
    items: ['thunderclap_headache', 'headache_new_different'],
  },
  {
    kind: 'group',
    id: 'meningitis-signs',
    text: 'Do you have any of these?',
    items: ['chin_to_chest_difficult', 'photophobia', 'vomiting'],
  },
  { kind: 'single', id: 'fever-medicine', field: 'antipyretic_recent' },
  { kind: 'single', id: 'jolt', field: 'one_sided_pain_after_jolt' },
  { kind: 'single', id: 'after-manipulation', field: 'pain_changed_after_manipulation' },
  { kind: 'single', id: 'mouth-voice', field: 'trismus_or_muffled_voice' },
  { kind: 'single', id: 'sex', field: 'sex' },
  { kind: 'single', id: 'pregnancy', field: 'pregnant_late_or_postpartum' },
  {
    kind: 'group',
    id: 'age-50-signs',
    text: 'Do you have either of these?',
    items: ['gca_symptoms', 'morning_stiffness_girdle'],
  },
  { kind: 'single', id: 'new-medicine', field: 'new_dopamine_blocker' },
  { kind: 'single', id: 'trigger', field: 'mechanical_trigger' },
  { kind: 'single', id: 'first-episode', field: 'first_episode' },
  { kind: 'single', id: 'trend', field: 'pain_trend' },
  { kind: 'single', id: 'pain', field: 'pain_0_10' },
  { kind: 'single', id: 'painkillers', field: 'otc_analgesia_ineffective' },
];
