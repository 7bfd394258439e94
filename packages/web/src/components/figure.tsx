import type { Position } from '@crick/core';
import type { FullArm, FullPose } from './pose.js';

/**
 * The exercise figure, drawn from a pose: a calm front view where turns move
 * the face, tilts tip the head, nods drop the face, shrugs lift the shoulders
 * and hands reach their targets. Pure: the same pose always draws the same picture.
 */
const NECK = { x: 100, y: 96 };
const HEAD_R = 22;
const UPPER = 36;
const FORE = 34;
const rad = (d: number) => (d * Math.PI) / 180;

type Pt = { x: number; y: number };
const rot = (p: Pt, c: Pt, deg: number): Pt => {
  const a = rad(deg);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  return { x: c.x + dx * Math.cos(a) - dy * Math.sin(a), y: c.y + dx * Math.sin(a) + dy * Math.cos(a) };
};

/** Two-link reach: where the elbow goes so the hand lands on the target, bent outward. */
function reach(s: Pt, t: Pt, side: number): { elbow: Pt; hand: Pt } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const d = Math.min(Math.hypot(dx, dy), UPPER + FORE - 0.5);
  const base = Math.atan2(dy, dx);
  const bend = Math.acos(
    Math.max(-1, Math.min(1, (UPPER * UPPER + d * d - FORE * FORE) / (2 * UPPER * d || 1))),
  );
  const a = base - side * bend;
  const elbow = { x: s.x + UPPER * Math.cos(a), y: s.y + UPPER * Math.sin(a) };
  const b = Math.atan2(t.y - elbow.y, t.x - elbow.x);
  return { elbow, hand: { x: elbow.x + FORE * Math.cos(b), y: elbow.y + FORE * Math.sin(b) } };
}

function arm(a: FullArm, s: Pt, other: Pt, side: number, head: Pt, tilt: number, position: Position) {
  // side: -1 is the person's right (the viewer's left), +1 their left.
  const onHead = (dx: number, dy: number) => rot({ x: head.x + dx, y: head.y + dy }, NECK, -tilt);
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
  if (target) return reach(s, target, side);
  const f = rad(a.shoulderFlex);
  const ab = rad(a.shoulderAbduct);
  const upper = { x: side * Math.sin(ab) * UPPER, y: Math.cos(ab) * Math.cos(f) * UPPER };
  const elbow = { x: s.x + upper.x, y: s.y + upper.y };
  const f2 = f + rad(a.elbow);
  const hand = { x: elbow.x + side * Math.sin(ab) * FORE, y: elbow.y + Math.cos(ab) * Math.cos(f2) * FORE };
  return { elbow, hand };
}

/**
 * The figure faces the person and is drawn as their reflection in a mirror: when
 * they turn to their own left, the figure turns to the screen's left, so copying
 * it like a mirror moves the right way. The pose itself stays in the person's
 * own left and right; only the drawing is flipped.
 */
export const DRAWN_AS_MIRROR = true;

/** Where the face is drawn, from the head's centre: negative is the screen's left. */
export function drawnFaceX(pose: FullPose): number {
  return DRAWN_AS_MIRROR ? -faceOnX(pose) : faceOnX(pose);
}
/** The face's offset in the unflipped, face-on drawing: a turn to the person's right moves it to the screen's left. */
const faceOnX = (pose: FullPose) => -Math.sin(rad(pose.headTurn)) * HEAD_R * 0.75;

/** Which way the head is drawn tipped: negative is towards the screen's left. */
export function drawnTilt(pose: FullPose): number {
  // Face-on, a tilt to the person's right tips the head to the screen's left.
  return DRAWN_AS_MIRROR ? pose.headTilt : -pose.headTilt;
}

export function Figure({ pose, position, label }: { pose: FullPose; position: Position; label: string }) {
  const squeeze = pose.shoulderSqueeze * 8;
  const chest = pose.trunkExtension * 0.15;
  const right = { x: 66 + squeeze, y: 110 - pose.shoulderRaiseRight * 12 - chest };
  const left = { x: 134 - squeeze, y: 110 - pose.shoulderRaiseLeft * 12 - chest };
  const tilt = pose.headTilt;
  const scale = 1 + pose.headGlide * 0.03;
  const head = { x: NECK.x, y: NECK.y - HEAD_R - 4 };
  const face = {
    x: faceOnX(pose),
    y: Math.sin(rad(pose.headNod)) * HEAD_R * 0.6,
  };
  const r = arm(pose.armRight, right, left, -1, head, tilt, position);
  const l = arm(pose.armLeft, left, right, 1, head, tilt, position);
  const line = (a: Pt, b: Pt) => `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
  const body = (
    <g fill="none" stroke="currentColor" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
      {position === 'sitting' ? (
        <path d="M50 178h100M62 178v18M138 178v18" stroke-width="5" opacity="0.5" />
      ) : null}
      <path d={`M${right.x} ${right.y}Q100 ${104 - chest} ${left.x} ${left.y}`} />
      <path d={`M100 ${104 - chest}L100 172`} />
      <path d={`${line(right, r.elbow)}L${r.hand.x.toFixed(1)} ${r.hand.y.toFixed(1)}`} />
      <path d={`${line(left, l.elbow)}L${l.hand.x.toFixed(1)} ${l.hand.y.toFixed(1)}`} />
      {position === 'sitting' ? (
        <path d="M100 172L78 174L76 198M100 172L122 174L124 198" />
      ) : (
        <path d="M100 172L86 198M100 172L114 198" />
      )}
      <g transform={`rotate(${(-tilt).toFixed(1)} ${NECK.x} ${NECK.y})`}>
        <path d={line(NECK, { x: NECK.x, y: NECK.y - 6 })} />
        <g transform={`translate(${head.x} ${head.y}) scale(${scale.toFixed(3)})`}>
          <ellipse cx="0" cy="0" rx={HEAD_R} ry={HEAD_R + 3} fill="var(--surface)" stroke-width="5" />
          <g stroke-width="4" transform={`translate(${face.x.toFixed(1)} ${face.y.toFixed(1)})`}>
            <path d="M-8 -4h.1M8 -4h.1" stroke-width="6" />
            <path d="M0 -1l-2 6h3" stroke-width="3" />
            <path d="M-5 11q5 3 10 0" stroke-width="3" />
          </g>
        </g>
      </g>
    </g>
  );
  const drawn = DRAWN_AS_MIRROR ? <g transform="matrix(-1 0 0 1 200 0)">{body}</g> : body;
  return (
    <svg class="figure" viewBox="0 0 200 205" role="img" aria-label={`${label} (drawn like your reflection)`}>
      {position === 'lying' ? (
        // Seen from above, lying on a mat with the head to the left.
        <>
          <rect x="2" y="48" width="196" height="124" rx="14" fill="var(--soft)" />
          <g transform="rotate(-90 100 110) translate(0 -10)">{drawn}</g>
        </>
      ) : (
        drawn
      )}
    </svg>
  );
}
