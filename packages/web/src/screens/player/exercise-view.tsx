import type { Dosage, Exercise } from '@crick/core';
import { Figure } from '../../components/figure.js';
import { type FullPose, keyPoses, mirrorPose, poseAt } from '../../components/pose.js';
import type { Side } from './session-script.js';
import { repMs } from './session-script.js';
import { isMirrored } from './sides.js';

/** The start, target and return poses for one side, in the person's own left and right. */
export function sidedKeyPoses(exercise: Exercise, side: Side) {
  const mirror = isMirrored(exercise, side);
  return keyPoses(exercise.keyframes).map((k) => ({ ...k, pose: mirror ? mirrorPose(k.pose) : k.pose }));
}

/** Labelled stills of start, target and return: the figure for reduced motion, and the library's pictures. */
export function ExerciseStills({
  exercise,
  side,
  current,
}: {
  exercise: Exercise;
  side: Side;
  current?: number | undefined;
}) {
  const poses = sidedKeyPoses(exercise, side);
  const target = poses.find((k) => k.role === 'target');
  return (
    <div class="stills">
      {poses.map((k, i) => (
        <figure key={k.role} class={i === current ? 'now' : undefined} data-still={k.role}>
          <Figure
            pose={k.pose}
            position={exercise.position}
            view={exercise.view}
            label={`${exercise.name}: ${k.label}`}
            // The start shows where to go: the target's outline and an arrow the way there.
            {...(k.role === 'start' && target ? { guide: { start: k.pose, target: target.pose } } : {})}
          />
          <figcaption>{`${i + 1}. ${k.label}`}</figcaption>
        </figure>
      ))}
    </div>
  );
}

/**
 * The moving figure for one exercise, over a faint outline of its target with an
 * arrow the way to go; with reduced motion, its labelled stills. The keyframes
 * span one repetition; they are stretched to the repetition's length and
 * mirrored for the side the library did not write.
 */
export function ExerciseView({
  exercise,
  dosage,
  side,
  tSeconds,
  stills,
}: {
  exercise: Exercise;
  dosage: Dosage;
  side: Side;
  tSeconds: number;
  stills: boolean;
}) {
  const frames = exercise.keyframes;
  const last = frames.at(-1)?.t ?? 1;
  const t = (tSeconds * 1000 * last) / repMs(dosage);
  const [start, target] = sidedKeyPoses(exercise, side);
  if (stills) {
    // The still for the part of the repetition the timer is in: the target once moving, the return at the end.
    const targetAt = frames.find((f) => f.label === target?.label)?.t ?? 0;
    const current = t <= 0 ? 0 : t < targetAt ? 0 : t < last - 0.01 ? 1 : 2;
    return <ExerciseStills exercise={exercise} side={side} current={current} />;
  }
  const pose: FullPose = isMirrored(exercise, side) ? mirrorPose(poseAt(frames, t)) : poseAt(frames, t);
  return (
    <>
      <Figure
        pose={pose}
        position={exercise.position}
        view={exercise.view}
        label={`${exercise.name}, ${side ? `${side} side` : 'moving'}`}
        {...(start && target ? { guide: { start: start.pose, target: target.pose } } : {})}
      />
      {side && exercise.view === 'front' ? (
        <p class="small muted">Drawn like your reflection: copy it as you would a mirror.</p>
      ) : null}
    </>
  );
}
