import type { PainSeries } from '../../lib/charts/series.js';

/** A printable pain chart (plain SVG: prints crisply, needs no library). Hatched band, square markers. */
export function PainSvg({ series }: { series: PainSeries }) {
  const { dates, pain, band } = series;
  if (dates.length === 0) return null;
  const W = 340;
  const H = 150;
  const L = 24;
  const B = 18;
  const yOf = (v: number) => 6 + (H - B - 6) * (1 - v / 10);
  const first = Date.parse(dates[0] as string);
  const span = Math.max(1, Date.parse(dates.at(-1) as string) - first);
  const xOf = (d: string) =>
    dates.length === 1 ? (L + W) / 2 : L + 6 + ((Date.parse(d) - first) / span) * (W - L - 12);
  const points = dates.map((d, i) => `${xOf(d).toFixed(1)},${yOf(pain[i] as number).toFixed(1)}`).join(' ');
  return (
    <svg class="pain-svg" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="1.2" opacity="0.5" />
        </pattern>
      </defs>
      {[0, 2, 4, 6, 8, 10].map((v) => (
        <g key={v}>
          <line x1={L} x2={W} y1={yOf(v)} y2={yOf(v)} stroke="currentColor" stroke-opacity="0.2" />
          <text x={L - 6} y={yOf(v) + 4} font-size="10" text-anchor="end" fill="currentColor">
            {v}
          </text>
        </g>
      ))}
      {band ? (
        <rect
          x={L}
          width={W - L}
          y={yOf(band.high)}
          height={yOf(band.low) - yOf(band.high)}
          fill="url(#hatch)"
        />
      ) : null}
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="2.5" />
      {dates.map((d, i) => (
        <rect
          key={d}
          x={xOf(d) - 4}
          y={yOf(pain[i] as number) - 4}
          width="8"
          height="8"
          fill="currentColor"
        />
      ))}
      <text x={L} y={H - 3} font-size="10" fill="currentColor">
        {dates[0]}
      </text>
      {dates.length > 1 ? (
        <text x={W} y={H - 3} font-size="10" text-anchor="end" fill="currentColor">
          {dates.at(-1)}
        </text>
      ) : null}
    </svg>
  );
}
