/** Plane geometry for the figure's views: points, rotations and a two-link arm. */
export type Pt = { readonly x: number; readonly y: number };

export const rad = (d: number) => (d * Math.PI) / 180;
export const add = (a: Pt, b: Pt): Pt => ({ x: a.x + b.x, y: a.y + b.y });

/** `p` turned `deg` degrees about `c`; positive is clockwise on screen (SVG's y points down). */
export const rot = (p: Pt, c: Pt, deg: number): Pt => {
  const a = rad(deg);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  return { x: c.x + dx * Math.cos(a) - dy * Math.sin(a), y: c.y + dx * Math.sin(a) + dy * Math.cos(a) };
};

export const UPPER_ARM = 36;
export const FOREARM = 34;

/** Two-link reach: where the elbow goes so the hand lands on the target; `bend` picks the elbow's side. */
export function reach(s: Pt, t: Pt, bend: 1 | -1): { elbow: Pt; hand: Pt } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const d = Math.min(Math.hypot(dx, dy), UPPER_ARM + FOREARM - 0.5);
  const base = Math.atan2(dy, dx);
  const cos = (UPPER_ARM * UPPER_ARM + d * d - FOREARM * FOREARM) / (2 * UPPER_ARM * d || 1);
  const a = base - bend * Math.acos(Math.max(-1, Math.min(1, cos)));
  const elbow = { x: s.x + UPPER_ARM * Math.cos(a), y: s.y + UPPER_ARM * Math.sin(a) };
  const b = Math.atan2(t.y - elbow.y, t.x - elbow.x);
  return { elbow, hand: { x: elbow.x + FOREARM * Math.cos(b), y: elbow.y + FOREARM * Math.sin(b) } };
}

const f1 = (n: number) => n.toFixed(1);
/** An SVG path through the points. */
export const polyline = (...pts: Pt[]): string =>
  pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${f1(p.x)} ${f1(p.y)}`).join('');

/** An arrow along a circle about `c` from angle `from` to `to` (degrees, 0 = up, clockwise), head at `to`. */
export function arcArrow(c: Pt, r: number, from: number, to: number): string {
  const at = (deg: number): Pt => ({ x: c.x + r * Math.sin(rad(deg)), y: c.y - r * Math.cos(rad(deg)) });
  const a = at(from);
  const b = at(to);
  const sweep = to > from ? 1 : 0;
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  // The head's two barbs point back along the circle.
  const back = at(to - Math.sign(to - from) * 14);
  return `M${f1(a.x)} ${f1(a.y)}A${r} ${r} 0 ${large} ${sweep} ${f1(b.x)} ${f1(b.y)}${barbs(back, b)}`;
}

/** A straight arrow from `a` to `b`, head at `b`. */
export const lineArrow = (a: Pt, b: Pt): string => `${polyline(a, b)}${barbs(a, b)}`;

function barbs(from: Pt, tip: Pt): string {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const barb = (turn: number): Pt => ({
    x: tip.x - 9 * Math.cos(angle + turn),
    y: tip.y - 9 * Math.sin(angle + turn),
  });
  const l = barb(0.5);
  const r = barb(-0.5);
  return `M${f1(l.x)} ${f1(l.y)}L${f1(tip.x)} ${f1(tip.y)}L${f1(r.x)} ${f1(r.y)}`;
}
