import type { Position } from '@crick/core';
import {
  arcArrow,
  FOREARM,
  lineArrow,
  type Pt,
  polyline,
  rad,
  reach,
  rot,
  UPPER_ARM,
} from './figure-geometry.js';
import type { FullArm, FullPose } from './pose.js';

/**
 * The figure from the front, for tilts, shrugs and the arms. It faces the person
 * and is drawn as their reflection in a mirror: when they tip their right ear
 * down, the figure's head tips to the screen's right, so copying it like a
 * mirror moves the right way. The pose stays in the person's own left and right;
 * only the drawing is flipped.
 */
const NECK = { x: 100, y: 96 };
const HEAD_R = 22;
const HEAD = { x: NECK.x, y: NECK.y - HEAD_R - 4 };

/** The reflection: the person's right on the screen's right. */
const mirror = (p: Pt): Pt => ({ x: 200 - p.x, y: p.y });

function arm(a: FullArm, s: Pt, other: Pt, side: 1 | -1, tilt: number, position: Position) {
  // side: -1 is the person's right (drawn on the left before the mirror), +1 their left.
  const onHead = (dx: number, dy: number) => rot({ x: HEAD.x + dx, y: HEAD.y + dy }, NECK, -tilt);
  const targets: Partial<Record<FullArm['hand'], Pt>> = {
    head_side: onHead(side * (HEAD_R + 2), -4),
    forehead: onHead(side * 4, -HEAD_R * 0.55),
    back_of_head: onHead(side * 10, -HEAD_R * 0.3),
    behind_head: onHead(side * 14, -HEAD_R * 0.2),
    chin: onHead(side * 2, HEAD_R * 0.95),
    opposite_shoulder: { x: other.x - side * 4, y: other.y + 6 },
    lap: { x: 100 + side * 16, y: position === 'sitting' ? 162 : 170 },
    seat: { x: 100 + side * 44, y: 172 },
  };
  const target = targets[a.hand];
  if (target) return reach(s, target, side === 1 ? 1 : -1);
  const f = rad(a.shoulderFlex);
  const ab = rad(a.shoulderAbduct);
  const elbow = { x: s.x + side * Math.sin(ab) * UPPER_ARM, y: s.y + Math.cos(ab) * Math.cos(f) * UPPER_ARM };
  const f2 = f + rad(a.elbow);
  return {
    elbow,
    hand: { x: elbow.x + side * Math.sin(ab) * FOREARM, y: elbow.y + Math.cos(ab) * Math.cos(f2) * FOREARM },
  };
}

/** Where the parts are, before the mirror. */
function joints(pose: FullPose, position: Position) {
  const squeeze = pose.shoulderSqueeze * 8;
  const chest = pose.trunkExtension * 0.15;
  const right = { x: 66 + squeeze, y: 110 - pose.shoulderRaiseRight * 12 - chest };
  const left = { x: 134 - squeeze, y: 110 - pose.shoulderRaiseLeft * 12 - chest };
  return {
    right,
    left,
    chest,
    armRight: arm(pose.armRight, right, left, -1, pose.headTilt, position),
    armLeft: arm(pose.armLeft, left, right, 1, pose.headTilt, position),
  };
}

/** The face's offset from the head's centre, face-on: a turn to the person's right moves it to the screen's left. */
const faceX = (pose: FullPose) => -Math.sin(rad(pose.headTurn)) * HEAD_R * 0.75;

export function FrontBody({ pose, position }: { pose: FullPose; position: Position }) {
  const j = joints(pose, position);
  const tilt = pose.headTilt;
  const scale = 1 + pose.headGlide * 0.03;
  const face = { x: faceX(pose), y: Math.sin(rad(pose.headNod)) * HEAD_R * 0.6 };
  const hips = position === 'sitting' ? 172 : 168;
  return (
    <g transform="matrix(-1 0 0 1 200 0)">
      {position === 'sitting' ? (
        <path d="M50 178h100M62 178v18M138 178v18" stroke-width="5" opacity="0.5" />
      ) : null}
      <path
        data-part="body"
        d={`M${j.right.x} ${j.right.y}Q100 ${100 - j.chest} ${j.left.x} ${j.left.y}L120 ${hips}H80Z`}
        fill="var(--soft)"
        stroke-width="5"
      />
      {position === 'sitting' ? (
        <path d="M84 172L78 174L76 198M116 172L122 174L124 198" />
      ) : (
        <path d="M90 168L86 198M110 168L114 198" />
      )}
      <path d={polyline(j.right, j.armRight.elbow, j.armRight.hand)} />
      <path d={polyline(j.left, j.armLeft.elbow, j.armLeft.hand)} />
      <circle
        data-part="hand-right"
        cx={j.armRight.hand.x.toFixed(1)}
        cy={j.armRight.hand.y.toFixed(1)}
        r="5"
        fill="currentColor"
      />
      <circle
        data-part="hand-left"
        cx={j.armLeft.hand.x.toFixed(1)}
        cy={j.armLeft.hand.y.toFixed(1)}
        r="5"
        fill="currentColor"
      />
      <g transform={`rotate(${(-tilt).toFixed(1)} ${NECK.x} ${NECK.y})`}>
        <path d={polyline(NECK, { x: NECK.x, y: NECK.y - 8 })} />
        <g transform={`translate(${HEAD.x} ${HEAD.y}) scale(${scale.toFixed(3)})`}>
          <path d={`M${-HEAD_R - 4} -2v8M${HEAD_R + 4} -2v8`} stroke-width="5" />
          <ellipse
            data-part="head"
            cx="0"
            cy="0"
            rx={HEAD_R}
            ry={HEAD_R + 3}
            fill="var(--surface)"
            stroke-width="5"
          />
          <g stroke-width="4" transform={`translate(${face.x.toFixed(1)} ${face.y.toFixed(1)})`}>
            <path d="M-8 -4h.1M8 -4h.1" stroke-width="6" />
            <path data-part="nose" d="M0 -1l-3 7h5" stroke-width="3" />
            <path d="M-5 12q5 3 10 0" stroke-width="3" />
          </g>
        </g>
      </g>
    </g>
  );
}

/**
 * The way to move, from the start pose to the target: an arc over the head for
 * a tilt, arrows up from the shoulders for a shrug, else along the hand that moves most.
 */
export function frontArrow(start: FullPose, target: FullPose, position: Position): string | null {
  const tilt = target.headTilt - start.headTilt;
  // Drawn as a reflection: a tilt to the person's right tips the head to the screen's right.
  if (Math.abs(tilt) >= 10) return arcArrow(NECK, 64, 0, Math.sign(tilt) * 38);
  const raise =
    (target.shoulderRaiseLeft + target.shoulderRaiseRight) / 2 -
    (start.shoulderRaiseLeft + start.shoulderRaiseRight) / 2;
  if (Math.abs(raise) >= 0.5) {
    const d = Math.sign(raise) * 20;
    return `${lineArrow({ x: 60, y: 100 + d / 2 }, { x: 60, y: 100 - d / 2 })}${lineArrow({ x: 140, y: 100 + d / 2 }, { x: 140, y: 100 - d / 2 })}`;
  }
  const a = joints(start, position);
  const b = joints(target, position);
  const moves = [
    [a.armRight.hand, b.armRight.hand],
    [a.armLeft.hand, b.armLeft.hand],
  ] as const;
  const [from, to] = moves.reduce((m, x) =>
    Math.hypot(x[1].x - x[0].x, x[1].y - x[0].y) > Math.hypot(m[1].x - m[0].x, m[1].y - m[0].y) ? x : m,
  );
  if (Math.hypot(to.x - from.x, to.y - from.y) < 15) return null;
  // Stop short of the hand, so the arrow does not hide it.
  const k = 0.8;
  return lineArrow(
    mirror(from),
    mirror({ x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k }),
  );
}
