import { compareSides, halfwayTurnDegrees, type NeckRange, reachesHalfwayTurn } from '@crick/core';

const pairs = [
  ['Turning', 'turnLeft', 'turnRight'],
  ['Tilting', 'tiltLeft', 'tiltRight'],
] as const;

function oneDay(r: NeckRange): string {
  const parts: string[] = pairs.flatMap(([name, l, r2]) => {
    const [left, right] = [r[l], r[r2]];
    if (left === undefined && right === undefined) return [];
    return [`${name.toLowerCase()} left ${left ?? '-'}°, right ${right ?? '-'}°`];
  });
  if (r.lookUp !== undefined || r.lookDown !== undefined)
    parts.push(`up ${r.lookUp ?? '-'}°, down ${r.lookDown ?? '-'}°`);
  return `${r.date}: ${parts.join('; ')}`;
}

/**
 * The neck's range of motion for the doctor: first and latest camera measurement,
 * side against side, and the halfway-turn check (CLINICAL.md section 4: compare
 * sides and against the person's own earlier measurement, not norms).
 */
export function rangeLines(ranges: readonly NeckRange[]): string[] {
  const sorted = [...ranges].sort((a, b) => ((a.at ?? a.date) < (b.at ?? b.date) ? -1 : 1));
  const latest = sorted.at(-1);
  const first = sorted[0];
  if (!latest || !first) return ['Not measured.'];
  const lines = [
    `Range of motion by phone camera (best held, degrees from straight ahead; estimates within a few degrees), ${sorted.length} measurement${sorted.length === 1 ? '' : 's'}.`,
  ];
  if (first !== latest) lines.push(`First, ${oneDay(first)}.`);
  lines.push(`Latest, ${oneDay(latest)}.`);
  for (const [name, l, r] of pairs) {
    const [left, right] = [latest[l], latest[r]];
    if (left === undefined || right === undefined) continue;
    const sides = compareSides(left, right);
    if (sides.lessOn)
      lines.push(`${name}: the ${sides.lessOn} side moves ${Math.abs(sides.difference)}° less.`);
  }
  const turns = [latest.turnLeft, latest.turnRight];
  if (turns.every((t) => t !== undefined))
    lines.push(
      `Halfway turn (${halfwayTurnDegrees}°): left ${reachesHalfwayTurn(latest.turnLeft ?? 0) ? 'reached' : 'not reached'}, right ${reachesHalfwayTurn(latest.turnRight ?? 0) ? 'reached' : 'not reached'}.`,
    );
  return lines;
}
