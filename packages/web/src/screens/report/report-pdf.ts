import { jsPDF } from 'jspdf';
import type { ReportData } from './report-data.js';
import type { ReportFont } from './report-font.js';
import { painChart } from './report-pdf-chart.js';
import { type FontedText, fontedText } from './report-pdf-text.js';

/** A4 in millimetres, and the printable box inside its margins. */
const PAGE = { left: 14, width: 182, top: 14, bottom: 285 } as const;
/** Type sizes tried in turn, largest first, until the report fits its one page. */
const SCALES = [1, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62] as const;

export interface ReportPdf {
  readonly bytes: ArrayBuffer;
  /** Characters the person typed that the font has no glyph for (they would print as boxes). */
  readonly missing: readonly string[];
  /** True when even the smallest type did not fit and the end of the report was left off. */
  readonly clipped: boolean;
}

/**
 * The report as a one-page A4 PDF, made on the device (this module, jsPDF and the fonts
 * load only when the person asks for it). The text is set in DejaVu Sans, and what it
 * lacks in the CJK fonts given (`loadReportFonts`), each embedded as a subset of the
 * glyphs used (with a ToUnicode map, so the text stays searchable and copyable), so what
 * the person typed in any script the fonts cover survives.
 */
export function reportPdf(report: ReportData, fonts: readonly ReportFont[]): ReportPdf {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  for (const font of fonts) {
    doc.addFileToVFS(`${font.name}.ttf`, binaryString(font.bytes));
    doc.addFont(`${font.name}.ttf`, font.name, 'normal');
  }
  const text = fontedText(
    doc,
    fonts.map((f) => f.name),
  );
  const scale = SCALES.find((s) => layout(doc, text, report, s, false).fits) ?? (SCALES.at(-1) as number);
  const { fits } = layout(doc, text, report, scale, true);
  return { bytes: doc.output('arraybuffer'), missing: text.missing(typedText(report)), clipped: !fits };
}

/** What the person typed: the text a PDF font may lack. */
export const typedText = (report: ReportData): string =>
  [report.medicines, ...report.questions, ...report.psfs].join('');

/** jsPDF takes a font file as a binary string; in chunks, as one spread of 700 kB overflows the stack. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/**
 * Sets the report at one type scale. When `draw` is false it only measures; when true
 * it draws, and leaves off what would run past the page (saying so) rather than add one.
 */
function layout(
  doc: jsPDF,
  text: FontedText,
  report: ReportData,
  scale: number,
  draw: boolean,
): { fits: boolean } {
  let y = PAGE.top + 4;
  let fits = true;
  const lineHeight = (pt: number) => pt * 0.3528 * 1.22;
  const room = (h: number) => {
    if (y + h <= PAGE.bottom) return true;
    fits = false;
    return false;
  };
  const lines = (words: string, pt: number, indent = 0) => {
    doc.setFontSize(pt * scale);
    for (const line of text.wrap(words, PAGE.width - indent)) {
      if (!room(lineHeight(pt * scale))) return;
      if (draw) text.draw(line, PAGE.left + indent, y);
      y += lineHeight(pt * scale);
    }
  };
  const heading = (words: string) => {
    y += 2.2 * scale;
    if (!room(lineHeight(10.5 * scale) + 4 * scale)) return;
    doc.setFontSize(10.5 * scale);
    if (draw) {
      doc.text(words, PAGE.left, y);
      doc.setDrawColor(150, 150, 150).setLineWidth(0.2);
      doc.line(PAGE.left, y + 1.2, PAGE.left + PAGE.width, y + 1.2);
    }
    y += lineHeight(10.5 * scale) + 0.6;
  };
  const body = 9;
  const list = (items: readonly string[], marker = (_: number) => '-') => {
    for (const [i, item] of items.entries()) {
      if (draw && room(lineHeight(body * scale))) doc.setFontSize(body * scale).text(marker(i), PAGE.left, y);
      lines(item, body, 4);
    }
  };
  const small = (words: string) => {
    if (words) lines(words, body - 1);
  };

  lines('Neck pain: summary for the doctor', 15);
  lines(`${report.condition} Made with Crick on ${report.madeOn}.`, body);
  const { triage } = report;
  heading('Red-flag check: what the person said that matters');
  lines(triage.summary, body);
  list(triage.reasons);
  if (triage.answers.length) small(`Answered: ${triage.answers.join('; ')}.`);
  if (triage.unsure.length) small(`Not sure: ${triage.unsure.join('; ')}.`);
  small(triage.others);
  heading('Onset');
  list(report.onset);
  heading('Pain');
  lines(report.painSummary, body);
  const chartHeight = 34 * scale;
  // The chart with its date labels below it (4 mm) and a gap.
  if (report.pain.dates.length && room(chartHeight + 10)) {
    if (draw) painChart(doc, report.pain, PAGE.left, y + 1, PAGE.width, chartHeight, scale);
    y += chartHeight + 10;
  }
  small(report.painWindow);
  lines(report.weekOne, body);
  heading('Sessions and adherence');
  list(report.sessions);
  heading('What helped');
  list(report.helped);
  heading('Medicines');
  lines(report.medicines, body);
  heading('Function');
  list(report.psfs);
  if (report.range.length) {
    heading('Range of motion');
    list(report.range);
  }
  heading('Questions for the doctor');
  if (report.questions.length) list(report.questions, (i) => `${i + 1}.`);
  else lines('None written.', body);
  small(report.questionsLeftOut);
  if (!fits && draw) {
    // The last line of the page says the rest is in the app, so a cut is never silent.
    doc
      .setFontSize(8 * scale)
      .text('The page is full: the rest is on the report screen in Crick.', PAGE.left, 292);
  }
  return { fits };
}
