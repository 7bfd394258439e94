import type { Position } from '@crick/core';
import {
  add,
  arcArrow,
  FOREARM,
  lineArrow,
  type Pt,
  polyline,
  reach,
  rot,
  UPPER_ARM,
} from './figure-geometry.js';
import type { FullArm, FullPose } from './pose.js';

/**
 * The figure from the side, facing the screen's right: for nods, chin tucks,
 * glides, the upper back and the shoulder blades, which move forward and back
 * and barely show from the front.
 */
const HEAD_R = 21;
/** Pixels per centimetre of glide: a real glide is small, the drawing shows it clearly. */
const GLIDE_PX = 6;

function joints(pose: FullPose, position: Position) {
  const hip: Pt = position === 'standing' ? { x: 96, y: 132 } : { x: 84, y: 168 };
  const raise = (pose.shoulderRaiseLeft + pose.shoulderRaiseRight) / 2;
  // Leaning back over a chair turns the trunk about the hip; squeezing the blades draws the shoulder back.
  const top = rot({ x: hip.x, y: hip.y - 62 }, hip, -pose.trunkExtension);
  const shoulder = { x: top.x - pose.shoulderSqueeze * 7, y: top.y - raise * 10 };
  const neckBase = { x: top.x + 4, y: top.y - 6 };
  // The head rides on the top of the neck; a glide moves it straight forward or back.
  const neckTop = { x: neckBase.x + 3 + pose.headGlide * GLIDE_PX, y: neckBase.y - 14 };
  const onHead = (dx: number, dy: number) => rot(add(neckTop, { x: dx, y: dy }), neckTop, pose.headNod);
  return { hip, top, shoulder, neckBase, neckTop, onHead, chestOut: pose.shoulderSqueeze * 4 };
}

function arm(a: FullArm, j: ReturnType<typeof joints>) {
  const targets: Partial<Record<FullArm['hand'], Pt>> = {
    head_side: j.onHead(3, -18),
    forehead: j.onHead(HEAD_R + 8, -24),
    back_of_head: j.onHead(-HEAD_R + 2, -20),
    behind_head: j.onHead(-HEAD_R + 6, -34),
    chin: j.onHead(HEAD_R, 0),
    opposite_shoulder: { x: j.shoulder.x + 16, y: j.shoulder.y + 8 },
    lap: { x: j.hip.x + 32, y: j.hip.y - 8 },
    seat: { x: j.hip.x + 4, y: j.hip.y + 8 },
  };
  const target = targets[a.hand];
  // Elbows bend down and back, as a real arm does reaching up to the head or forward.
  if (target) return reach(j.shoulder, target, target.y < j.shoulder.y ? -1 : 1);
  const upper = rot({ x: j.shoulder.x, y: j.shoulder.y + UPPER_ARM }, j.shoulder, -a.shoulderFlex);
  const hand = rot({ x: upper.x, y: upper.y + FOREARM }, upper, -(a.shoulderFlex + a.elbow));
  return { elbow: upper, hand };
}

export function SideBody({ pose, position }: { pose: FullPose; position: Position }) {
  const j = joints(pose, position);
  const a = arm(pose.armLeft, j);
  const knee = { x: j.hip.x + 44, y: j.hip.y };
  return (
    <g>
      {position === 'sitting' ? (
        <path
          d={`M${j.hip.x - 14} 176h58M${j.hip.x - 10} 176v22M${j.hip.x + 40} 176v22M${j.hip.x - 14} 176V112`}
          stroke-width="5"
          opacity="0.5"
        />
      ) : null}
      {position === 'sitting' ? (
        <path d={polyline(j.hip, knee, { x: knee.x, y: 198 })} />
      ) : (
        <path d={polyline(j.hip, { x: j.hip.x + 2, y: 198 })} />
      )}
      <path
        data-part="body"
        d={`M${j.hip.x - 12} ${j.hip.y}Q${j.top.x - 16} ${(j.hip.y + j.top.y) / 2} ${j.shoulder.x - 8} ${j.top.y}L${j.neckBase.x} ${j.neckBase.y}Q${j.top.x + 18 + j.chestOut} ${j.top.y + 14} ${j.hip.x + 12} ${j.hip.y}Z`}
        fill="var(--soft)"
        stroke-width="5"
      />
      <path d={polyline(j.neckBase, j.neckTop)} stroke-width="9" />
      <g
        transform={`translate(${j.neckTop.x.toFixed(1)} ${j.neckTop.y.toFixed(1)}) rotate(${pose.headNod.toFixed(1)})`}
      >
        <circle data-part="head" cx="2" cy="-20" r={HEAD_R} fill="var(--surface)" stroke-width="5" />
        <path data-part="nose" d={`M${HEAD_R} -27l8 9l-8 3`} stroke-width="4" fill="var(--surface)" />
        <path d="M13 -27h.1" stroke-width="6" />
        <path d={`M${HEAD_R - 4} -6h-5`} stroke-width="3" />
        <path d="M-3 -24q-5 4 0 9" stroke-width="3" />
      </g>
      <path d={polyline(j.shoulder, a.elbow, a.hand)} />
      <circle cx={a.hand.x.toFixed(1)} cy={a.hand.y.toFixed(1)} r="5" fill="currentColor" />
    </g>
  );
}

/** A straight arrow before the face for a glide, an arc for a nod, one at the back for the blades or the upper back. */
export function sideArrow(start: FullPose, target: FullPose, position: Position): string | null {
  const a = joints(start, position);
  const glide = target.headGlide - start.headGlide;
  const face = a.onHead(HEAD_R + 22, -20);
  if (Math.abs(glide) >= 1) {
    const d = Math.sign(glide) * 22;
    return lineArrow({ x: face.x - d / 2, y: face.y - 20 }, { x: face.x + d / 2, y: face.y - 20 });
  }
  const nod = target.headNod - start.headNod;
  // About the top of the neck, on the face side: chin down turns clockwise.
  if (Math.abs(nod) >= 8) return arcArrow(a.neckTop, 48, 60, 60 + Math.sign(nod) * 40);
  const squeeze = target.shoulderSqueeze - start.shoulderSqueeze;
  if (Math.abs(squeeze) >= 0.4)
    return lineArrow(
      { x: a.shoulder.x - 18, y: a.shoulder.y + 14 },
      { x: a.shoulder.x - 40, y: a.shoulder.y + 14 },
    );
  const lean = target.trunkExtension - start.trunkExtension;
  if (Math.abs(lean) >= 8) return arcArrow(a.hip, 80, 0, -Math.sign(lean) * 24);
  return null;
}
