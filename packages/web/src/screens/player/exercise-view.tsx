import type { Dosage, Exercise } from '@crick/core';
import { Figure } from '../../components/figure.js';
import { fullPose, mirrorPose, poseAt } from '../../components/pose.js';
import type { Side } from './session-script.js';
import { repMs } from './session-script.js';
import { isMirrored } from './sides.js';

/**
 * The moving figure for one exercise, or, with reduced motion, its labelled
 * keyframes side by side. The keyframes span one repetition; they are stretched
 * to the repetition's length and mirrored for the side the library did not write.
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
  const mirror = isMirrored(exercise, side);
  const last = frames.at(-1)?.t ?? 1;
  const t = (tSeconds * 1000 * last) / repMs(dosage);
  if (stills) {
    const labelled = frames.filter((f) => f.label);
    // The still for the part of the repetition the timer is in now.
    const shown = labelled.length ? labelled : frames.slice(0, 3);
    const current = shown.reduce((at, f, i) => (f.t <= t ? i : at), 0);
    return (
      <div class="stills">
        {shown.map((f, i) => {
          const pose = fullPose(f.pose);
          return (
            <figure key={`${f.t}-${i}`} class={i === current ? 'now' : undefined}>
              <Figure
                pose={mirror ? mirrorPose(pose) : pose}
                position={exercise.position}
                label={`${exercise.name}: ${f.label ?? `step ${i + 1}`}`}
              />
              <figcaption>{f.label ?? `Step ${i + 1}`}</figcaption>
            </figure>
          );
        })}
      </div>
    );
  }
  const pose = poseAt(frames, t);
  return (
    <>
      <Figure
        pose={mirror ? mirrorPose(pose) : pose}
        position={exercise.position}
        label={`${exercise.name}, ${side ? `${side} side` : 'moving'}`}
      />
      {side ? <p class="small muted">Drawn like your reflection: copy it as you would a mirror.</p> : null}
    </>
  );
}
