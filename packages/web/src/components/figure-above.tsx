import type { Position } from '@crick/core';
import { arcArrow, type Pt, polyline, rad } from './figure-geometry.js';
import type { FullArm, FullPose } from './pose.js';

/**
 * The figure from above, looking down the axis a turn goes round: the nose
 * points the way the face looks, forward is up the screen and the person's right
 * is on the screen's right, as if looking over their head. Lying on the back, it is
 * seen from behind the head, with the face to the ceiling at the top.
 */
const HEAD = { x: 100, y: 104 };
const HEAD_R = 27;
const SHOULDER_Y = 122;

/** Where a hand on the head is, for the side it is on (+1 the person's right, on the screen's right). */
function handOnHead(a: FullArm, side: 1 | -1, centre: Pt, turn: number): Pt | null {
  const around = (deg: number, r: number): Pt => ({
    x: centre.x + r * Math.sin(rad(turn + deg)),
    y: centre.y - r * Math.cos(rad(turn + deg)),
  });
  switch (a.hand) {
    case 'head_side':
      return around(side * 90, HEAD_R + 5);
    case 'forehead':
    case 'chin':
      return around(side * 12, HEAD_R + 5);
    case 'back_of_head':
    case 'behind_head':
      return around(180 - side * 30, HEAD_R + 4);
    default:
      return null;
  }
}

export function AboveBody({ pose, position }: { pose: FullPose; position: Position }) {
  const turn = pose.headTurn;
  // A tilt and a nod move the head's top a little sideways or forward in this view.
  const centre = {
    x: HEAD.x + Math.sin(rad(pose.headTilt)) * 12,
    y: HEAD.y - Math.sin(rad(pose.headNod)) * 10 + pose.headGlide * -4,
  };
  const squeeze = pose.shoulderSqueeze * 6;
  const hands = (
    [
      [pose.armRight, 1],
      [pose.armLeft, -1],
    ] as const
  ).map(([a, side]) => ({ side, at: handOnHead(a, side, centre, turn) }));
  return (
    <g>
      {position === 'lying' ? (
        <>
          <path d="M8 176H192" stroke-width="5" opacity="0.5" />
          <ellipse cx="100" cy="150" rx="58" ry="14" fill="var(--soft)" stroke-width="4" opacity="0.7" />
        </>
      ) : null}
      <path
        data-part="body"
        d={`M${30 + squeeze} ${SHOULDER_Y}Q${30 + squeeze} ${SHOULDER_Y - 22} 100 ${SHOULDER_Y - 22}Q${170 - squeeze} ${SHOULDER_Y - 22} ${170 - squeeze} ${SHOULDER_Y}Q${170 - squeeze} ${SHOULDER_Y + 22} 100 ${SHOULDER_Y + 22}Q${30 + squeeze} ${SHOULDER_Y + 22} ${30 + squeeze} ${SHOULDER_Y}Z`}
        fill="var(--soft)"
        stroke-width="5"
      />
      {hands.map(({ side, at }) =>
        at ? (
          <g key={side}>
            <path d={polyline({ x: side === 1 ? 162 : 38, y: SHOULDER_Y }, at)} />
            <circle cx={at.x.toFixed(1)} cy={at.y.toFixed(1)} r="7" fill="currentColor" />
          </g>
        ) : null,
      )}
      <g transform={`rotate(${turn.toFixed(1)} ${centre.x.toFixed(1)} ${centre.y.toFixed(1)})`}>
        <path
          d={`M${(centre.x - HEAD_R - 4).toFixed(1)} ${(centre.y - 6).toFixed(1)}v12M${(centre.x + HEAD_R + 4).toFixed(1)} ${(centre.y - 6).toFixed(1)}v12`}
          stroke-width="6"
        />
        <circle
          data-part="head"
          cx={centre.x.toFixed(1)}
          cy={centre.y.toFixed(1)}
          r={HEAD_R}
          fill="var(--surface)"
          stroke-width="5"
        />
        <path
          data-part="nose"
          d={`M${(centre.x - 7).toFixed(1)} ${(centre.y - HEAD_R + 1).toFixed(1)}L${centre.x.toFixed(1)} ${(centre.y - HEAD_R - 11).toFixed(1)}L${(centre.x + 7).toFixed(1)} ${(centre.y - HEAD_R + 1).toFixed(1)}`}
          fill="var(--surface)"
          stroke-width="4"
        />
        <path
          d={`M${(centre.x - 13).toFixed(1)} ${(centre.y - 12).toFixed(1)}q13 -7 26 0`}
          stroke-width="3"
          opacity="0.6"
        />
      </g>
    </g>
  );
}

/** An arc round the head for a turn, from where the nose starts to where it goes. */
export function aboveArrow(start: FullPose, target: FullPose): string | null {
  const turn = target.headTurn - start.headTurn;
  if (Math.abs(turn) < 10) return null;
  return arcArrow(HEAD, HEAD_R + 24, start.headTurn, start.headTurn + turn);
}
