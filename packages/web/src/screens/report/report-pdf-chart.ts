import type { jsPDF } from 'jspdf';
import type { PainSeries } from '../../lib/charts/series.js';

/** Pain per day in the PDF: axes 0-10, the hatched band of no real change, a line with square markers. */
export function painChart(
  doc: jsPDF,
  series: PainSeries,
  x: number,
  y: number,
  w: number,
  h: number,
  scale: number,
): void {
  const { dates, pain, band } = series;
  if (dates.length === 0) return;
  const axis = 9;
  const plotX = x + axis;
  const plotW = w - axis;
  const yOf = (v: number) => y + h - (v / 10) * h;
  const first = Date.parse(dates[0] as string);
  const span = Math.max(1, Date.parse(dates.at(-1) as string) - first);
  const xOf = (d: string) =>
    dates.length === 1 ? plotX + plotW / 2 : plotX + ((Date.parse(d) - first) / span) * plotW;
  doc.setLineWidth(0.2).setFontSize(7.5 * scale);
  for (const v of [0, 2, 4, 6, 8, 10]) {
    doc.setDrawColor(190, 190, 190).line(plotX, yOf(v), plotX + plotW, yOf(v));
    doc.text(String(v), x + 4, yOf(v) + 1, { align: 'right' });
  }
  if (band) {
    // Hatching, so the band reads without colour.
    doc.setDrawColor(120, 120, 120).setLineWidth(0.15);
    const top = yOf(band.high);
    const bottom = yOf(band.low);
    for (let sx = plotX - (bottom - top); sx < plotX + plotW; sx += 2.5) {
      const x1 = Math.max(plotX, sx);
      const x2 = Math.min(plotX + plotW, sx + (bottom - top));
      if (x2 <= x1) continue;
      doc.line(x1, bottom - (x1 - sx), x2, bottom - (x2 - sx));
    }
    doc.text(`No real change (${band.low} to ${band.high})`, plotX + plotW - 1, top - 1, { align: 'right' });
  }
  doc.setDrawColor(0, 0, 0).setLineWidth(0.6);
  for (let i = 1; i < dates.length; i++)
    doc.line(
      xOf(dates[i - 1] as string),
      yOf(pain[i - 1] as number),
      xOf(dates[i] as string),
      yOf(pain[i] as number),
    );
  doc.setFillColor(0, 0, 0);
  for (const [i, d] of dates.entries()) doc.rect(xOf(d) - 0.9, yOf(pain[i] as number) - 0.9, 1.8, 1.8, 'F');
  doc.text(dates[0] as string, plotX, y + h + 4);
  if (dates.length > 1) doc.text(dates.at(-1) as string, plotX + plotW, y + h + 4, { align: 'right' });
}
