import { compareSides, halfwayTurnDegrees, type NeckRange, reachesHalfwayTurn } from '@crick/core';

const pairs = [
  { label: 'Turning', left: 'turnLeft', right: 'turnRight' },
  { label: 'Tilting', left: 'tiltLeft', right: 'tiltRight' },
] as const;

/** Bars from the middle out: left to the left, right to the right, at 1 px a degree doubled. */
function Bars({ left, right }: { left?: number | undefined; right?: number | undefined }) {
  const scale = 1.2;
  const mid = 110;
  return (
    <svg class="range-bars" viewBox="0 0 220 24" aria-hidden="true" focusable="false">
      <line x1={mid} y1="0" x2={mid} y2="24" class="range-mid" />
      {left ? (
        <rect x={mid - left * scale} y="4" width={left * scale} height="16" class="range-left" />
      ) : null}
      {right ? <rect x={mid} y="4" width={right * scale} height="16" class="range-right" /> : null}
      <line
        x1={mid - halfwayTurnDegrees * scale}
        y1="0"
        x2={mid - halfwayTurnDegrees * scale}
        y2="24"
        class="range-half"
      />
      <line
        x1={mid + halfwayTurnDegrees * scale}
        y1="0"
        x2={mid + halfwayTurnDegrees * scale}
        y2="24"
        class="range-half"
      />
    </svg>
  );
}

const deg = (d: number | undefined) => (d === undefined ? 'not measured' : `${d}°`);

/** Side against side, and against the last measurement: never against a norm (CLINICAL.md section 4). */
export function RangePicture({ range, before }: { range: NeckRange; before: NeckRange | null }) {
  return (
    <>
      {pairs.map((p) => {
        const left = range[p.left];
        const right = range[p.right];
        const sides = left !== undefined && right !== undefined ? compareSides(left, right) : null;
        return (
          <section class="card" key={p.label} aria-labelledby={`range-${p.label}`}>
            <h2 id={`range-${p.label}`}>{p.label}</h2>
            <Bars left={left} right={right} />
            <p data-testid={`${p.left}-result`}>
              Left: {deg(left)}
              {before?.[p.left] !== undefined && left !== undefined ? ` (last time ${before[p.left]}°)` : ''}
            </p>
            <p data-testid={`${p.right}-result`}>
              Right: {deg(right)}
              {before?.[p.right] !== undefined && right !== undefined
                ? ` (last time ${before[p.right]}°)`
                : ''}
            </p>
            {sides ? (
              <p>
                {sides.lessOn === null
                  ? 'Both sides about the same.'
                  : `The ${sides.lessOn} side moves less, by ${Math.abs(sides.difference)}°.`}
              </p>
            ) : null}
            {p.label === 'Turning' ? <HalfwayTurn left={left} right={right} /> : null}
          </section>
        );
      })}
      <section class="card" aria-labelledby="range-nod">
        <h2 id="range-nod">Up and down</h2>
        <p>
          Up: {deg(range.lookUp)}. Down: {deg(range.lookDown)}.
        </p>
      </section>
    </>
  );
}

function HalfwayTurn({ left, right }: { left?: number | undefined; right?: number | undefined }) {
  const side = (name: string, d: number | undefined) =>
    d === undefined ? null : `${name}: ${reachesHalfwayTurn(d) ? 'halfway or more' : 'not yet halfway'}`;
  const parts = [side('left', left), side('right', right)].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p data-testid="halfway-turn">
      Halfway turn ({halfwayTurnDegrees}° towards each shoulder): {parts.join('; ')}.
    </p>
  );
}
