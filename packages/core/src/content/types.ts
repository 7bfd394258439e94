/**
 * The shape of Crick's library. The data itself lives in @crick/content; the
 * engine takes it as an argument so the core stays pure and testable with a
 * small fake library.
 */

/** Where a person is in their recovery; sessions are built from the phases' exercises. */
export const phases = ['settle', 'loosen', 'strengthen', 'prevent'] as const;
export type Phase = (typeof phases)[number];

/** Where an exercise can be done. `anywhere` needs nothing but a seat or standing room. */
export type ExerciseSetting = 'desk' | 'home' | 'anywhere';

/** Where the person is today (intake). */
export type Place = 'desk' | 'home' | 'travelling';

export const equipmentKinds = [
  'towel',
  'ball',
  'band',
  'chair',
  'wall',
  'heat_pack',
  'ice',
  'pillow',
] as const;
export type Equipment = (typeof equipmentKinds)[number];

export type Position = 'sitting' | 'standing' | 'lying';

/** A movement that can be stuck; exercises say which ones they ease. */
export const movements = [
  'turn_left',
  'turn_right',
  'tilt_left',
  'tilt_right',
  'look_up',
  'look_down',
] as const;
export type Movement = (typeof movements)[number];

/**
 * What makes a person stop an exercise. Some of them name red-flag symptoms and
 * reopen the check: `triageFields` says which answers they set.
 */
export const stopSymptoms = [
  'sharp_pain',
  'arm_pain_spreading',
  'tingling',
  'dizziness',
  'vision_change',
  'sudden_headache',
  'feeling_faint',
  'pain_much_worse',
] as const;
export type StopSymptom = (typeof stopSymptoms)[number];

/**
 * Dosage of one exercise. A `hold` exercise holds each repetition for
 * `holdSeconds`; a `reps` exercise moves through `reps` repetitions at its own
 * pace (`secondsPerRep` is the time one takes, for timing the session).
 * `sides: 'each'` repeats the set on the left and the right.
 */
export interface Dosage {
  readonly kind: 'hold' | 'reps';
  readonly reps: number;
  readonly holdSeconds?: number;
  readonly secondsPerRep?: number;
  readonly sets: number;
  readonly sides: 'each' | 'none';
  readonly restSeconds: number;
}

/** One arm's position in degrees: shoulder 0 = hanging by the side, 90 = straight out front or to the side; elbow 0 = straight. */
export interface ArmPose {
  readonly shoulderFlex?: number;
  readonly shoulderAbduct?: number;
  readonly elbow?: number;
  /** Hand placed on something: `head` (resisting), `chin`, `lap`, `seat`, `behind_head`, `shoulder` (opposite shoulder), `band`. */
  readonly hand?:
    | 'free'
    | 'head_side'
    | 'forehead'
    | 'back_of_head'
    | 'chin'
    | 'lap'
    | 'seat'
    | 'behind_head'
    | 'opposite_shoulder'
    | 'band'
    | 'ball';
}

/**
 * A pose of the simple figure. Angles in degrees; every field optional so a
 * keyframe names only what moves. Signs: headTurn + = to the person's right;
 * headTilt + = right ear to right shoulder; headNod + = chin down (flexion);
 * headGlide + = chin forward (protraction), − = chin back (retraction), in cm;
 * shoulderRaise 0..1 = shrug; shoulderSqueeze 0..1 = blades together;
 * trunkExtension + = upper back arching back over a chair.
 */
export interface Pose {
  readonly headTurn?: number;
  readonly headTilt?: number;
  readonly headNod?: number;
  readonly headGlide?: number;
  readonly shoulderRaiseLeft?: number;
  readonly shoulderRaiseRight?: number;
  readonly shoulderSqueeze?: number;
  readonly trunkExtension?: number;
  readonly armLeft?: ArmPose;
  readonly armRight?: ArmPose;
}

/** A time-stamped pose within one repetition; `t` in seconds from the repetition's start. */
export interface Keyframe {
  readonly t: number;
  readonly pose: Pose;
  /** The name of the movement that reaches this pose ("Tilt", "Back to centre"): shown, spoken, and under the still. */
  readonly label?: string;
  /**
   * Which of the exercise's steps (from 0) says how to do the part of the repetition
   * that ends at this keyframe, when it is not simply the next step in order.
   */
  readonly step?: number;
}

/**
 * Where the figure is seen from: the side that shows the movement best. Front
 * for tilts and shrugs, above (looking down the turning axis) for turns, the side
 * for nods, chin tucks, glides and the shoulder blades.
 */
export const figureViews = ['front', 'above', 'side'] as const;
export type FigureView = (typeof figureViews)[number];

export interface Exercise {
  readonly id: string;
  readonly name: string;
  /** One sentence: what it does for the neck. */
  readonly purpose: string;
  readonly phases: readonly Phase[];
  readonly kind: 'stretch' | 'mobility' | 'strength' | 'rest';
  readonly position: Position;
  readonly settings: readonly ExerciseSetting[];
  readonly equipment: readonly Equipment[];
  /** Stuck movements it helps with (empty: general). */
  readonly eases: readonly Movement[];
  readonly dosage: Dosage;
  /** 3-6 short steps, each readable in the time given. */
  readonly steps: readonly string[];
  /** Spoken cues: at the start, at the halfway point of a hold, at the end of a hold, and between sides. */
  readonly cues: {
    readonly start: string;
    readonly halfway?: string;
    readonly end: string;
    readonly switchSides?: string;
  };
  readonly stopSymptoms: readonly StopSymptom[];
  readonly cautions: readonly string[];
  /** Where the figure is drawn from (one home: the library says it for each exercise). */
  readonly view: FigureView;
  /** One repetition's movement; the player loops it for each rep and mirrors it for the other side. */
  readonly keyframes: readonly Keyframe[];
  /** Ids from the sources list. */
  readonly sources: readonly string[];
  /** Where this seed article's version differs and why ours is different. */
  readonly note?: string;
}

/** Safe-use limits of a timed remedy, as numbers the timers enforce. */
export interface RemedyLimits {
  /** The suggested length of one use. */
  readonly minMinutes: number;
  readonly maxMinutes: number;
  /** Never longer than this, whatever the person asks. */
  readonly hardMaxMinutes: number;
  /** Minutes from the end of one use to the start of the next. */
  readonly minGapMinutes: number;
  readonly maxPerDay?: number;
  readonly notWhileAsleep: true;
  readonly needsBarrier: boolean;
}

export type RemedyKind = 'cold' | 'heat' | 'massage' | 'rest' | 'breathing';

export interface Remedy {
  readonly id: string;
  readonly kind: RemedyKind;
  readonly name: string;
  readonly summary: string;
  /** When it fits best, e.g. first 48 h after a strain. */
  readonly bestFor: string;
  readonly steps: readonly string[];
  readonly cautions: readonly string[];
  /** Conditions that rule it out, shown before a timer starts. */
  readonly skipIf: readonly string[];
  readonly limits?: RemedyLimits;
  readonly equipment: readonly Equipment[];
  readonly sources: readonly string[];
  readonly note?: string;
}

/** Answer fields the medicines questions use: the six in answer_schema plus the ones CLINICAL.md section 3 adds. */
export type MedicineSafetyField =
  | 'pregnant'
  | 'anticoagulant'
  | 'stomach_ulcer_history'
  | 'kidney_disease'
  | 'asthma_nsaid_sensitive'
  | 'heart_failure_or_cvd'
  | 'inflammatory_bowel_disease'
  | 'age_65_or_over'
  | 'liver_disease'
  | 'alcohol_heavy'
  | 'other_paracetamol_products';

export interface MedicineCaution {
  readonly field: MedicineSafetyField;
  /** `avoid`: do not use; `ask`: ask a pharmacist or doctor first. */
  readonly effect: 'avoid' | 'ask';
  readonly reason: string;
}

export interface Medicine {
  readonly id: string;
  readonly name: string;
  readonly group: 'oral_nsaid' | 'topical_nsaid' | 'aspirin' | 'paracetamol' | 'menthol';
  readonly examples: readonly string[];
  readonly summary: string;
  /** How sure we are, in plain words, with numbers where the sources give them. */
  readonly evidence: string;
  readonly cautions: readonly MedicineCaution[];
  /** Always the label: Crick never gives a dose. */
  readonly dose: 'follow_the_label';
  readonly sources: readonly string[];
}

export interface Habit {
  readonly id: string;
  readonly name: string;
  readonly why: string;
  readonly how: readonly string[];
  /** A reminder the app can schedule and export as .ics. */
  readonly reminder?:
    | { readonly kind: 'interval'; readonly everyMinutes: number }
    | { readonly kind: 'daily'; readonly time: string };
  readonly sources: readonly string[];
}

export interface Cause {
  readonly id: string;
  readonly name: string;
  /** A yes/no question that tells whether this cause applies. */
  readonly question: string;
  readonly explanation: string;
  readonly habits: readonly string[];
  readonly sources: readonly string[];
}

export interface LearnFact {
  readonly text: string;
  readonly sources: readonly string[];
}

export interface LearnPage {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly { readonly heading: string; readonly facts: readonly LearnFact[] }[];
  readonly keywords: readonly string[];
}

export interface Source {
  readonly id: string;
  readonly kind: 'seed' | 'guideline' | 'study' | 'review' | 'patient_info';
  readonly title: string;
  readonly cite: string;
  readonly url?: string;
}

export interface Library {
  readonly exercises: readonly Exercise[];
  readonly remedies: readonly Remedy[];
  readonly medicines: readonly Medicine[];
  readonly causes: readonly Cause[];
  readonly habits: readonly Habit[];
  readonly learn: readonly LearnPage[];
  readonly sources: readonly Source[];
}

export {
  DEFAULT_HOLD_SECONDS,
  DEFAULT_SECONDS_PER_REP,
  exerciseSeconds,
  holdSecondsOf,
  MOVE_SECONDS,
  READY_SECONDS,
  REST_BETWEEN_REPS_SECONDS,
  repetitionSeconds,
  restAfterRepetitionSeconds,
  setSeconds,
  sideSeconds,
} from './duration.js';
