import type { ArmPose, Keyframe, Pose } from '@crick/core';

/**
 * Poses between keyframes. Every field is optional in a keyframe, so missing
 * numbers read as the neutral 0; the hand target switches at the halfway point.
 */
const numericKeys = [
  'headTurn',
  'headTilt',
  'headNod',
  'headGlide',
  'shoulderRaiseLeft',
  'shoulderRaiseRight',
  'shoulderSqueeze',
  'trunkExtension',
] as const;
const armKeys = ['shoulderFlex', 'shoulderAbduct', 'elbow'] as const;

export type FullArm = {
  shoulderFlex: number;
  shoulderAbduct: number;
  elbow: number;
  hand: NonNullable<ArmPose['hand']>;
};
export type FullPose = { [K in (typeof numericKeys)[number]]: number } & {
  armLeft: FullArm;
  armRight: FullArm;
};

const fullArm = (a: ArmPose | undefined): FullArm => ({
  shoulderFlex: a?.shoulderFlex ?? 0,
  shoulderAbduct: a?.shoulderAbduct ?? 0,
  elbow: a?.elbow ?? 0,
  hand: a?.hand ?? 'free',
});

export function fullPose(p: Pose | undefined): FullPose {
  const out = { armLeft: fullArm(p?.armLeft), armRight: fullArm(p?.armRight) } as FullPose;
  for (const k of numericKeys) out[k] = p?.[k] ?? 0;
  return out;
}

const mix = (a: number, b: number, f: number) => a + (b - a) * f;
// Ease in and out, so the figure moves like a person, not a metronome.
const ease = (f: number) => f * f * (3 - 2 * f);

function mixArm(a: FullArm, b: FullArm, f: number): FullArm {
  const out = { hand: f < 0.5 ? a.hand : b.hand } as FullArm;
  for (const k of armKeys) out[k] = mix(a[k], b[k], f);
  return out;
}

export function mixPose(a: FullPose, b: FullPose, f: number): FullPose {
  const out = {
    armLeft: mixArm(a.armLeft, b.armLeft, f),
    armRight: mixArm(a.armRight, b.armRight, f),
  } as FullPose;
  for (const k of numericKeys) out[k] = mix(a[k], b[k], f);
  return out;
}

/** The pose at time `t` seconds into one repetition. */
export function poseAt(frames: readonly Keyframe[], t: number): FullPose {
  if (frames.length === 0) return fullPose(undefined);
  const first = frames[0] as Keyframe;
  if (t <= first.t) return fullPose(first.pose);
  for (let i = 1; i < frames.length; i++) {
    const b = frames[i] as Keyframe;
    if (t <= b.t) {
      const a = frames[i - 1] as Keyframe;
      const f = b.t === a.t ? 1 : (t - a.t) / (b.t - a.t);
      return mixPose(fullPose(a.pose), fullPose(b.pose), ease(f));
    }
  }
  return fullPose((frames[frames.length - 1] as Keyframe).pose);
}

/** The same movement to the other side: turns and tilts reversed, left and right swapped. */
export function mirrorPose(p: FullPose): FullPose {
  return {
    ...p,
    headTurn: -p.headTurn,
    headTilt: -p.headTilt,
    shoulderRaiseLeft: p.shoulderRaiseRight,
    shoulderRaiseRight: p.shoulderRaiseLeft,
    armLeft: p.armRight,
    armRight: p.armLeft,
  };
}

/** How far a pose is from another, weighing the head most: what the eye sees move. */
function distance(a: FullPose, b: FullPose): number {
  const arm = (x: FullArm, y: FullArm) =>
    Math.abs(x.shoulderFlex - y.shoulderFlex) + Math.abs(x.shoulderAbduct - y.shoulderAbduct);
  return (
    Math.abs(a.headTurn - b.headTurn) +
    Math.abs(a.headTilt - b.headTilt) +
    Math.abs(a.headNod - b.headNod) +
    10 * Math.abs(a.headGlide - b.headGlide) +
    30 *
      (Math.abs(a.shoulderRaiseLeft - b.shoulderRaiseLeft) +
        Math.abs(a.shoulderRaiseRight - b.shoulderRaiseRight)) +
    30 * Math.abs(a.shoulderSqueeze - b.shoulderSqueeze) +
    Math.abs(a.trunkExtension - b.trunkExtension) +
    0.3 * (arm(a.armLeft, b.armLeft) + arm(a.armRight, b.armRight))
  );
}

export interface KeyPose {
  readonly role: 'start' | 'target' | 'return';
  readonly label: string;
  readonly pose: FullPose;
}

/**
 * The three poses a person needs to copy a repetition: where it starts, the
 * target (the keyframe furthest from the start) and where it returns to.
 */
export function keyPoses(frames: readonly Keyframe[]): readonly KeyPose[] {
  const start = fullPose(frames[0]?.pose);
  let target = frames[0];
  for (const f of frames) {
    if (distance(fullPose(f.pose), start) > distance(fullPose(target?.pose), start)) target = f;
  }
  const last = frames.at(-1);
  return [
    { role: 'start', label: 'Start', pose: start },
    { role: 'target', label: target?.label ?? 'Target', pose: fullPose(target?.pose) },
    { role: 'return', label: last?.label ?? 'Back to centre', pose: fullPose(last?.pose) },
  ];
}
