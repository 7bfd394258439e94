import { jsPDF } from 'jspdf';
import type { ReportData } from './report-data.js';

/**
 * The report as an A4 PDF, made on the device (this module and jsPDF load only
 * when the person asks for it). Uncompressed, so the text stays searchable and testable.
 */
export function reportPdf(report: ReportData): Blob {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  const left = 15;
  const width = 180;
  let y = 18;
  const room = (h: number) => {
    if (y + h > 282) {
      doc.addPage();
      y = 18;
    }
  };
  const heading = (text: string) => {
    room(12);
    y += 3;
    doc.setFont('helvetica', 'bold').setFontSize(12.5).text(text, left, y);
    y += 6;
  };
  const para = (text: string, size = 10.5) => {
    doc.setFont('helvetica', 'normal').setFontSize(size);
    for (const line of doc.splitTextToSize(text, width) as string[]) {
      room(5);
      doc.text(line, left, y);
      y += 4.8;
    }
  };
  const list = (items: readonly string[]) => {
    for (const item of items) para(`- ${item}`);
  };

  doc.setFont('helvetica', 'bold').setFontSize(17).text('Neck pain: summary for the doctor', left, y);
  y += 7;
  para(`${report.condition} Made with Crick on ${report.madeOn}.`, 10);
  heading('Onset and how it started');
  list(report.onset);
  heading('Red-flag check');
  para(report.triage.summary);
  if (report.triage.reasons.length) list(report.triage.reasons);
  if (report.triage.answers.length) para(`Answers: ${report.triage.answers.join('; ')}.`, 9);
  heading('Pain');
  para(report.painSummary);
  y = painChart(doc, report, left, y + 2, width, 48) + 4;
  heading('What was tried and how it went');
  list(report.tried);
  heading('Medicines');
  para(report.medicines);
  heading('Adherence');
  para(report.adherence);
  heading('Function');
  list(report.psfs);
  heading('Range of motion');
  list(report.range);
  heading('Questions for the doctor');
  if (report.questions.length) list(report.questions);
  else para('None written.');
  return doc.output('blob');
}

/** Pain per day: axes 0-10, the hatched band of no real change, a line with square markers. */
function painChart(doc: jsPDF, report: ReportData, x: number, y: number, w: number, h: number): number {
  const { dates, pain, band } = report.pain;
  if (dates.length === 0) return y;
  const axis = 9;
  const plotX = x + axis;
  const plotW = w - axis;
  const yOf = (v: number) => y + h - (v / 10) * h;
  const first = Date.parse(dates[0] as string);
  const span = Math.max(1, Date.parse(dates.at(-1) as string) - first);
  const xOf = (d: string) =>
    dates.length === 1 ? plotX + plotW / 2 : plotX + ((Date.parse(d) - first) / span) * plotW;
  doc.setDrawColor(0, 0, 0).setLineWidth(0.2).setFont('helvetica', 'normal').setFontSize(8);
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
    doc
      .setFontSize(7.5)
      .text(`No real change (${band.low} to ${band.high})`, plotX + plotW - 1, top - 1, { align: 'right' });
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
  doc.setFontSize(7.5);
  doc.text(dates[0] as string, plotX, y + h + 4);
  if (dates.length > 1) doc.text(dates.at(-1) as string, plotX + plotW, y + h + 4, { align: 'right' });
  return y + h + 6;
}
