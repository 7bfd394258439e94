import {
  type Equipment,
  type Exercise,
  type FigureView,
  figureViews,
  type Keyframe,
  type Library,
  type Movement,
  movements,
  type Pose,
  phases,
  type RemedyLimits,
  repetitionSeconds,
  type StopSymptom,
} from '@crick/core';
import type { AvoidedMedicine, ClinicianOnlyNote } from './medicines.js';

// The library's rules as pure checks. Each returns the problems it finds (empty
// when all is well), so a test can show a check passes on the real library and
// fails on a copy with something removed. The CLI can reuse them too.

export interface Extras {
  readonly clinicianOnly: readonly ClinicianOnlyNote[];
  readonly avoided: readonly AvoidedMedicine[];
}

export const MAX_STEP_CHARS = 90;
/** CLINICAL.md section 2: stretch holds 10-30 s, 3-5 repetitions. */
export const STRETCH_HOLD = { min: 10, max: 30 } as const;
export const STRETCH_REPS = { min: 3, max: 5 } as const;
/** Isometric holds, e.g. 5-10 s (CLINICAL.md section 2 via the brief). */
export const STRENGTH_HOLD = { min: 5, max: 10 } as const;

export const coldLimitsRule: RemedyLimits = {
  minMinutes: 10,
  maxMinutes: 15,
  hardMaxMinutes: 20,
  minGapMinutes: 60,
  notWhileAsleep: true,
  needsBarrier: true,
};
export const heatLimitsRule: RemedyLimits = {
  minMinutes: 15,
  maxMinutes: 20,
  hardMaxMinutes: 20,
  minGapMinutes: 60,
  notWhileAsleep: true,
  needsBarrier: true,
};

/** Every neck movement must stop on these (CLINICAL.md stop rules). */
export const requiredNeckStops: readonly StopSymptom[] = [
  'sharp_pain',
  'arm_pain_spreading',
  'tingling',
  'dizziness',
];

const mirroredPairs: readonly (readonly [Movement, Movement])[] = [
  ['turn_left', 'turn_right'],
  ['tilt_left', 'tilt_right'],
];

export const forbiddenWords =
  /opioid|codeine|tramadol|morphine|oxycodone|hydrocodone|propoxyphene|co-proxamol|narcotic/i;

/** Dose amounts a medicine text must never give: Crick only says "follow the label". */
export const doseAmount =
  /\b\d+(\.\d+)?\s*(mg|milligrams?|ml|millilitres?|mcg|g)\b|\btablets?\s+(a|per)\s+day\b|\bevery\s+\d+\s*(-\s*\d+\s*)?hours?\b|\b\d+\s+times\s+(a|per)\s+day\b/i;

/** Plausible joint ranges for the figure (degrees, cm, 0..1). */
export const poseBounds: Record<keyof Omit<Pose, 'armLeft' | 'armRight'>, readonly [number, number]> = {
  headTurn: [-80, 80],
  headTilt: [-45, 45],
  headNod: [-40, 45],
  headGlide: [-4, 4],
  shoulderRaiseLeft: [0, 1],
  shoulderRaiseRight: [0, 1],
  shoulderSqueeze: [0, 1],
  trunkExtension: [0, 30],
};
export const armBounds = {
  shoulderFlex: [0, 180],
  shoulderAbduct: [0, 180],
  elbow: [0, 150],
} as const;

/** One repetition's length, as the core's `repetitionSeconds` counts it; undefined without a dosage. */
export function exerciseRepetitionSeconds(e: Exercise): number | undefined {
  const d = e.dosage as Exercise['dosage'] | undefined;
  return d ? repetitionSeconds(d) : undefined;
}

export function uniqueIds(lib: Library): string[] {
  const problems: string[] = [];
  const groups = {
    exercises: lib.exercises,
    remedies: lib.remedies,
    medicines: lib.medicines,
    causes: lib.causes,
    habits: lib.habits,
    learn: lib.learn,
    sources: lib.sources,
  };
  for (const [name, items] of Object.entries(groups)) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id)) problems.push(`${name}: bad id "${id}"`);
      if (seen.has(id)) problems.push(`${name}: duplicate id "${id}"`);
      seen.add(id);
    }
  }
  return problems;
}

/** Every citing thing in the library, with a label for messages. */
function citations(lib: Library, extras: Extras): { where: string; sources: readonly string[] }[] {
  return [
    ...lib.exercises.map((e) => ({ where: `exercise ${e.id}`, sources: e.sources })),
    ...lib.remedies.map((r) => ({ where: `remedy ${r.id}`, sources: r.sources })),
    ...lib.medicines.map((m) => ({ where: `medicine ${m.id}`, sources: m.sources })),
    ...lib.causes.map((c) => ({ where: `cause ${c.id}`, sources: c.sources })),
    ...lib.habits.map((h) => ({ where: `habit ${h.id}`, sources: h.sources })),
    ...lib.learn.flatMap((p) =>
      p.sections.flatMap((s) =>
        s.facts.map((f, i) => ({ where: `learn ${p.id} / ${s.heading} #${i + 1}`, sources: f.sources })),
      ),
    ),
    ...extras.clinicianOnly.map((c) => ({ where: `clinician-only ${c.id}`, sources: c.sources })),
    ...extras.avoided.map((a) => ({ where: `avoided ${a.id}`, sources: a.sources })),
  ];
}

export function everyItemCitesKnownSources(lib: Library, extras: Extras): string[] {
  const known = new Set(lib.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const { where, sources } of citations(lib, extras)) {
    if (sources.length === 0) problems.push(`${where}: cites no source`);
    for (const id of sources) if (!known.has(id)) problems.push(`${where}: unknown source "${id}"`);
  }
  for (const s of lib.sources) {
    if (!s.title.trim() || !s.cite.trim()) problems.push(`source ${s.id}: needs a title and a citation`);
  }
  return problems;
}

export function stepsAreShort(lib: Library): string[] {
  const problems: string[] = [];
  const items = [
    ...lib.exercises.map((e) => ({ where: `exercise ${e.id}`, steps: e.steps })),
    ...lib.remedies.map((r) => ({ where: `remedy ${r.id}`, steps: r.steps })),
  ];
  for (const { where, steps } of items) {
    if (steps.length < 3 || steps.length > 6) problems.push(`${where}: ${steps.length} steps, want 3-6`);
    for (const step of steps) {
      if (!step.trim()) problems.push(`${where}: empty step`);
      if (step.length > MAX_STEP_CHARS)
        problems.push(`${where}: step over ${MAX_STEP_CHARS} chars: "${step}"`);
    }
  }
  return problems;
}

const within = (x: number | undefined, r: { min: number; max: number }) =>
  x !== undefined && x >= r.min && x <= r.max;

export function dosageInRange(e: Exercise): string[] {
  const d = e.dosage as Exercise['dosage'] | undefined;
  if (!d) return [`exercise ${e.id}: no dosage`];
  const problems: string[] = [];
  const p = (m: string) => problems.push(`exercise ${e.id}: ${m}`);
  if (!Number.isInteger(d.reps) || d.reps < 1) p(`reps ${d.reps}`);
  if (!Number.isInteger(d.sets) || d.sets < 1) p(`sets ${d.sets}`);
  if (!(d.restSeconds >= 0)) p(`rest ${d.restSeconds}`);
  if (d.kind === 'hold' && !(d.holdSeconds !== undefined && d.holdSeconds > 0)) p('hold without holdSeconds');
  if (d.kind === 'reps' && !(d.secondsPerRep !== undefined && d.secondsPerRep > 0))
    p('reps without secondsPerRep');
  if (e.kind === 'stretch') {
    if (d.kind !== 'hold') p('a stretch is held');
    if (!within(d.holdSeconds, STRETCH_HOLD)) p(`stretch hold ${d.holdSeconds} s outside 10-30`);
    if (!within(d.reps, STRETCH_REPS)) p(`stretch reps ${d.reps} outside 3-5`);
  }
  if (e.kind === 'strength' && d.kind === 'hold' && !within(d.holdSeconds, STRENGTH_HOLD)) {
    p(`strength hold ${d.holdSeconds} s outside 5-10`);
  }
  return problems;
}

function poseProblems(pose: Pose): string[] {
  const problems: string[] = [];
  for (const [key, [lo, hi]] of Object.entries(poseBounds)) {
    const v = pose[key as keyof typeof poseBounds];
    if (v !== undefined && !(v >= lo && v <= hi)) problems.push(`${key} ${v} outside ${lo}..${hi}`);
  }
  for (const side of ['armLeft', 'armRight'] as const) {
    const arm = pose[side];
    if (!arm) continue;
    for (const [key, [lo, hi]] of Object.entries(armBounds)) {
      const v = arm[key as keyof typeof armBounds];
      if (v !== undefined && !(v >= lo && v <= hi)) problems.push(`${side}.${key} ${v} outside ${lo}..${hi}`);
    }
  }
  return problems;
}

const isNeutralHead = (p: Pose) =>
  (p.headTurn ?? 0) === 0 && (p.headTilt ?? 0) === 0 && (p.headNod ?? 0) === 0 && (p.headGlide ?? 0) === 0;

export function keyframesPlausible(e: Exercise): string[] {
  const frames = (e.keyframes as readonly Keyframe[] | undefined) ?? [];
  const p = (m: string) => `exercise ${e.id}: ${m}`;
  if (frames.length < 2) return [p(`${frames.length} keyframes, want at least 2`)];
  const problems: string[] = [];
  const first = frames[0] as Keyframe;
  const last = frames[frames.length - 1] as Keyframe;
  if (first.t !== 0) problems.push(p('first keyframe not at t=0'));
  for (let i = 1; i < frames.length; i++) {
    if (!((frames[i] as Keyframe).t > (frames[i - 1] as Keyframe).t))
      problems.push(p(`keyframe ${i} not after ${i - 1}`));
  }
  const rep = exerciseRepetitionSeconds(e);
  if (rep !== undefined && Math.abs(last.t - rep) > 1)
    problems.push(p(`last keyframe at ${last.t} s, one repetition is ${rep} s`));
  if (!isNeutralHead(first.pose) || !isNeutralHead(last.pose))
    problems.push(p('must start and end head-neutral'));
  if (JSON.stringify(first.pose) !== JSON.stringify(last.pose))
    problems.push(p('must end in its start pose'));
  if (frames.every((f) => JSON.stringify(f.pose) === JSON.stringify(first.pose)))
    problems.push(p('nothing moves'));
  if (!first.label) problems.push(p('first keyframe needs a label'));
  for (const f of frames) {
    if (f.step !== undefined && !(Number.isInteger(f.step) && f.step >= 0 && f.step < e.steps.length))
      problems.push(p(`t=${f.t}: step ${f.step} is not one of its ${e.steps.length} steps`));
  }
  for (const f of frames) for (const m of poseProblems(f.pose)) problems.push(p(`t=${f.t}: ${m}`));
  return problems;
}

export function exerciseIsComplete(e: Exercise): string[] {
  const problems: string[] = [];
  const p = (m: string) => problems.push(`exercise ${e.id}: ${m}`);
  if (!e.name.trim() || !e.purpose.trim()) p('needs a name and a purpose');
  if (e.phases.length === 0) p('belongs to no phase');
  if (e.settings.length === 0) p('has no setting');
  if (!e.cues.start.trim() || !e.cues.end.trim()) p('needs start and end cues');
  if (e.dosage?.sides === 'each' && !e.cues.switchSides) p('one-sided: needs a switch-sides cue');
  if (e.stopSymptoms.length === 0) p('no stop symptoms');
  if (e.kind !== 'rest') {
    for (const s of requiredNeckStops) if (!e.stopSymptoms.includes(s)) p(`must stop on ${s}`);
  }
  if (e.cautions.length === 0) p('no cautions');
  if (e.position === 'lying' && e.settings.includes('desk')) p('lying is never at a desk');
  if (e.dosage?.sides === 'each') {
    // Mirrored on the other side, so it eases both directions of a pair or neither.
    for (const [a, b] of mirroredPairs) {
      if (e.eases.includes(a) !== e.eases.includes(b)) p(`one-sided but eases only one of ${a}/${b}`);
    }
  }
  return problems;
}

/** A head movement this large (degrees; a glide of 1 cm) is what the figure must show. */
const SHOWN_DEGREES = 15;
const SHOWN_GLIDE_CM = 1;

/**
 * The view that shows an exercise's biggest head movement: a tilt from the front,
 * a turn from above, a nod or a glide from the side. Undefined when the head
 * hardly moves (presses, shrugs, shoulder blades), where the library's choice stands.
 */
export function viewForMovement(e: Exercise): FigureView | undefined {
  const most = (k: 'headTurn' | 'headTilt' | 'headNod' | 'headGlide') =>
    Math.max(0, ...e.keyframes.map((f) => Math.abs(f.pose[k] ?? 0)));
  if (most('headGlide') >= SHOWN_GLIDE_CM) return 'side';
  const [name, degrees] = (
    [
      ['front', most('headTilt')],
      ['above', most('headTurn')],
      ['side', most('headNod')],
    ] as const
  ).reduce((a, b) => (b[1] > a[1] ? b : a));
  return degrees >= SHOWN_DEGREES ? name : undefined;
}

export function figureViewFits(e: Exercise): string[] {
  const view = e.view as FigureView | undefined;
  if (!view || !figureViews.includes(view)) return [`exercise ${e.id}: no figure view`];
  const best = viewForMovement(e);
  return best && best !== view
    ? [`exercise ${e.id}: drawn from ${view}, its movement shows from ${best}`]
    : [];
}

export function exercisesSound(lib: Library): string[] {
  return lib.exercises.flatMap((e) => [
    ...exerciseIsComplete(e),
    ...dosageInRange(e),
    ...keyframesPlausible(e),
    ...figureViewFits(e),
  ]);
}

/** What each place has without anyone packing it (as the planner assumes). */
export const placeEquipment: Readonly<Record<'desk' | 'home', readonly Equipment[]>> = {
  desk: ['chair', 'wall'],
  home: ['chair', 'wall', 'pillow', 'towel'],
};

/** Can this exercise be done at the place with what is normally there? */
export function doableAt(e: Exercise, place: 'desk' | 'home'): boolean {
  if (!e.equipment.every((x) => placeEquipment[place].includes(x))) return false;
  if (place === 'desk') return e.settings.includes('desk') && e.position !== 'lying';
  return e.settings.includes('home') || e.settings.includes('anywhere');
}

/** Each phase and each stuck movement has at least two exercises for a desk and two for home. */
export function coverage(lib: Library): string[] {
  const problems: string[] = [];
  for (const place of ['desk', 'home'] as const) {
    const here = lib.exercises.filter((e) => doableAt(e, place));
    for (const phase of phases) {
      const n = here.filter((e) => e.phases.includes(phase)).length;
      if (n < 2) problems.push(`phase ${phase}: ${n} exercises for ${place}`);
    }
    for (const m of movements) {
      const n = here.filter((e) => e.eases.includes(m)).length;
      if (n < 2) problems.push(`movement ${m}: ${n} exercises for ${place}`);
    }
  }
  return problems;
}

/** Learn pages: something to read, and every fact sourced (sources checked above). */
export function learnPagesHaveFacts(lib: Library): string[] {
  const problems: string[] = [];
  for (const page of lib.learn) {
    if (!page.title.trim() || !page.summary.trim())
      problems.push(`learn ${page.id}: needs a title and summary`);
    if (page.sections.length === 0) problems.push(`learn ${page.id}: no sections`);
    for (const s of page.sections) {
      if (s.facts.length === 0) problems.push(`learn ${page.id} / ${s.heading}: no facts`);
    }
  }
  return problems;
}

export function seedExercisesPresent(lib: Library, seedIds: readonly string[]): string[] {
  const problems: string[] = [];
  if (lib.exercises.length < 20) problems.push(`${lib.exercises.length} exercises, want at least 20`);
  for (const id of seedIds) {
    const e = lib.exercises.find((x) => x.id === id);
    if (!e) problems.push(`seed exercise ${id} missing`);
    else if (!e.sources.some((s) => s.startsWith('SEED-')))
      problems.push(`seed exercise ${id} cites no seed`);
  }
  return problems;
}

export function remedyLimitsMatchClinical(lib: Library): string[] {
  const problems: string[] = [];
  const rules = { cold: coldLimitsRule, heat: heatLimitsRule } as const;
  for (const r of lib.remedies) {
    if (r.kind !== 'cold' && r.kind !== 'heat') continue;
    if (JSON.stringify(r.limits) !== JSON.stringify(rules[r.kind])) {
      problems.push(`remedy ${r.id}: limits ${JSON.stringify(r.limits)} differ from CLINICAL.md`);
    }
    if (r.skipIf.length === 0) problems.push(`remedy ${r.id}: needs skip conditions`);
  }
  for (const kind of ['cold', 'heat'] as const) {
    if (!lib.remedies.some((r) => r.kind === kind)) problems.push(`no ${kind} remedy`);
  }
  return problems;
}

/** Every string reachable from a value, with its path. */
export function allStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * No opioid or propoxyphene anywhere, except in the `avoided` explanations and
 * the bibliographic entries they cite (a trial's title names its drug; a
 * citation is not a suggestion).
 */
export function noForbiddenMedicines(lib: Library, extras: Extras): string[] {
  const citedByAvoided = new Set(extras.avoided.flatMap((a) => a.sources));
  const scanned = {
    ...lib,
    sources: lib.sources.filter((s) => !citedByAvoided.has(s.id)),
    clinicianOnly: extras.clinicianOnly,
  };
  return allStrings(scanned)
    .filter(({ text }) => forbiddenWords.test(text))
    .map(({ path, text }) => `${path}: mentions a medicine Crick never suggests: "${text}"`);
}

export function medicinesGiveNoDoses(lib: Library, extras: Extras): string[] {
  const problems = allStrings({ medicines: lib.medicines, clinicianOnly: extras.clinicianOnly })
    .filter(({ text }) => doseAmount.test(text))
    .map(({ path, text }) => `${path}: gives a dose: "${text}"`);
  for (const m of lib.medicines) {
    if (m.dose !== 'follow_the_label') problems.push(`medicine ${m.id}: dose must be follow_the_label`);
  }
  return problems;
}

export function causesPointToHabits(lib: Library): string[] {
  const known = new Set(lib.habits.map((h) => h.id));
  const problems: string[] = [];
  for (const c of lib.causes) {
    if (c.habits.length === 0) problems.push(`cause ${c.id}: no habit answers it`);
    for (const h of c.habits) if (!known.has(h)) problems.push(`cause ${c.id}: unknown habit "${h}"`);
    if (!c.question.trim().endsWith('?')) problems.push(`cause ${c.id}: question must be a question`);
  }
  for (const h of lib.habits) {
    const r = h.reminder;
    if (r?.kind === 'daily' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(r.time))
      problems.push(`habit ${h.id}: bad time`);
    if (r?.kind === 'interval' && !(r.everyMinutes > 0)) problems.push(`habit ${h.id}: bad interval`);
  }
  return problems;
}

/** All checks together; empty means the library is sound. */
export function checkLibrary(lib: Library, extras: Extras, seedIds: readonly string[]): string[] {
  return [
    ...uniqueIds(lib),
    ...everyItemCitesKnownSources(lib, extras),
    ...stepsAreShort(lib),
    ...exercisesSound(lib),
    ...coverage(lib),
    ...seedExercisesPresent(lib, seedIds),
    ...remedyLimitsMatchClinical(lib),
    ...noForbiddenMedicines(lib, extras),
    ...medicinesGiveNoDoses(lib, extras),
    ...causesPointToHabits(lib),
    ...learnPagesHaveFacts(lib),
  ];
}
