import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { dateToSeconds } from './series.js';

/**
 * uPlot charts, loaded only with the screens that draw them. The canvas is
 * hidden from screen readers: every chart is shown beside a table of the same
 * numbers, and series differ by shape and pattern as well as by colour.
 */

const cssVar = (name: string, fallback: string): string =>
  (typeof document !== 'undefined' &&
    getComputedStyle(document.documentElement).getPropertyValue(name).trim()) ||
  fallback;

/** Diagonal stripes: a fill told apart without colour. */
export function stripes(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const t = tile.getContext('2d');
  if (!t) return color;
  t.strokeStyle = color;
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

function dayAxis(text: string): uPlot.Axis {
  return {
    stroke: text,
    grid: { stroke: 'rgba(128,128,128,0.25)' },
    ticks: { show: false },
    values: (_u, splits) =>
      splits.map((s) =>
        new Date(s * 1000).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      ),
    space: 60,
  };
}

function useUPlot(
  build: (width: number) => { opts: uPlot.Options; data: uPlot.AlignedData },
  deps: unknown[],
) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const { opts, data } = build(el.clientWidth || 340);
    const plot = new uPlot(opts, data, el);
    const resize = () => plot.setSize({ width: el.clientWidth || 340, height: opts.height });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }, deps);
  return box;
}

/** Pain per day, with the band of "no real change" around the baseline drawn in stripes. */
export function PainChart(props: {
  dates: readonly string[];
  pain: readonly number[];
  band: { low: number; high: number } | null;
}) {
  const box = useUPlot(
    (width) => {
      const text = cssVar('--text', '#1b1f1e');
      const primary = cssVar('--primary', '#1f5f5b');
      const muted = cssVar('--muted', '#4a5350');
      return {
        data: [props.dates.map(dateToSeconds), [...props.pain]],
        opts: {
          width,
          height: 220,
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: true }, y: { range: [0, 10] } },
          axes: [
            dayAxis(text),
            { stroke: text, grid: { stroke: 'rgba(128,128,128,0.25)' }, splits: () => [0, 2, 4, 6, 8, 10] },
          ],
          series: [
            {},
            {
              label: 'Pain',
              stroke: primary,
              width: 3,
              points: { show: true, size: 10, fill: primary, stroke: primary },
            },
          ],
          hooks: {
            drawAxes: [
              (u) => {
                const band = props.band;
                if (!band) return;
                const ctx = u.ctx;
                const top = u.valToPos(band.high, 'y', true);
                const bottom = u.valToPos(band.low, 'y', true);
                ctx.save();
                ctx.fillStyle = stripes(ctx, muted);
                ctx.globalAlpha = 0.45;
                ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
                ctx.restore();
              },
            ],
          },
        },
      };
    },
    [props.dates.join(), props.pain.join(), props.band?.low, props.band?.high],
  );
  return <div class="chart" ref={box} aria-hidden="true" />;
}

/** Counts per day as bars; a second series is striped so the two differ without colour. */
export function BarsChart(props: {
  dates: readonly string[];
  series: readonly { label: string; values: readonly (number | null)[]; striped?: boolean }[];
  max?: number;
  /** Steps of the value axis (counts by default; degrees want tens). */
  steps?: number[];
}) {
  const box = useUPlot(
    (width) => {
      const text = cssVar('--text', '#1b1f1e');
      const primary = cssVar('--primary', '#1f5f5b');
      const n = props.series.length;
      return {
        data: [props.dates.map(dateToSeconds), ...props.series.map((s) => [...s.values])],
        opts: {
          width,
          height: 160,
          legend: { show: false },
          cursor: { show: false },
          scales: {
            x: { time: true },
            y: {
              range: [
                0,
                props.max ?? Math.max(2, ...props.series.flatMap((s) => s.values.map((v) => v ?? 0))),
              ],
            },
          },
          axes: [
            dayAxis(text),
            { stroke: text, grid: { stroke: 'rgba(128,128,128,0.25)' }, incrs: props.steps ?? [1, 2, 5] },
          ],
          series: [
            {},
            ...props.series.map((s, i) => ({
              label: s.label,
              stroke: primary,
              width: 2,
              fill: s.striped ? (u: uPlot) => stripes(u.ctx, primary) : primary,
              // Side by side: the first series' bars end at the day, the second's start there.
              paths: uPlot.paths.bars?.({
                size: [n === 1 ? 0.6 : 0.35, 24],
                align: n === 1 ? 0 : i === 0 ? -1 : 1,
              }),
              points: { show: false },
            })),
          ],
        },
      };
    },
    [props.dates.join(), JSON.stringify(props.series)],
  );
  return <div class="chart" ref={box} aria-hidden="true" />;
}
