import type { jsPDF } from 'jspdf';

/**
 * Text in several fonts on one PDF line: each letter is set in the first font that
 * has it (DejaVu Sans, then the CJK fonts), so a note that mixes English, Chinese and
 * Korean keeps every letter. jsPDF sets one font per call, so a line is drawn run by
 * run, and wrapped by measuring the runs (Chinese and Japanese break between any two
 * characters, other scripts at spaces).
 */
export interface FontedText {
  /** Lines that fit `width` mm at the current size. */
  wrap(text: string, width: number): string[];
  /** Draws one line at (x, y) and leaves the main font current. */
  draw(line: string, x: number, y: number): void;
  /** The letters no font has (they would print as boxes). */
  missing(text: string): string[];
}

/** One character that may start a new line on its own: ideographs, kana and full-width forms. */
const breaksAnywhere = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const tokens =
  /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|\s+|[^\s\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu;

export function fontedText(doc: jsPDF, fonts: readonly string[]): FontedText {
  const main = fonts[0] as string;
  const glyphs = new Map<string, (code: number) => boolean>();
  for (const name of fonts) {
    doc.setFont(name, 'normal');
    const metadata = (doc.getFont() as unknown as { metadata: { characterToGlyph(c: number): number } })
      .metadata;
    glyphs.set(name, (code) => metadata.characterToGlyph(code) !== 0);
  }
  doc.setFont(main, 'normal');
  const fontOf = (ch: string): string => {
    const code = ch.codePointAt(0) as number;
    if (code <= 0x20) return main;
    return fonts.find((f) => glyphs.get(f)?.(code)) ?? main;
  };
  const runs = (text: string): { font: string; text: string }[] => {
    const out: { font: string; text: string }[] = [];
    for (const ch of text) {
      const font = fontOf(ch);
      const last = out.at(-1);
      if (last && last.font === font) last.text += ch;
      else out.push({ font, text: ch });
    }
    return out;
  };
  const widthOf = (text: string): number => {
    let w = 0;
    for (const r of runs(text)) w += doc.setFont(r.font, 'normal').getTextWidth(r.text);
    doc.setFont(main, 'normal');
    return w;
  };
  const inMainFont = (text: string) => runs(text).every((r) => r.font === main);

  return {
    wrap(text, width) {
      // Text in the main font alone wraps as it always has.
      if (inMainFont(text)) return doc.splitTextToSize(text, width) as string[];
      const lines: string[] = [];
      let line = '';
      const push = () => {
        if (line.trim()) lines.push(line.trimEnd());
        line = '';
      };
      for (const token of text.match(tokens) ?? []) {
        if (widthOf(line + token) <= width) {
          line += token;
          continue;
        }
        push();
        if (/^\s+$/.test(token)) continue;
        if (breaksAnywhere.test(token) || widthOf(token) <= width) {
          line = token;
          continue;
        }
        // A word longer than the line: broken between letters.
        for (const ch of token) {
          if (line && widthOf(line + ch) > width) push();
          line += ch;
        }
      }
      push();
      return lines;
    },
    draw(line, x, y) {
      let at = x;
      for (const r of runs(line)) {
        doc.setFont(r.font, 'normal').text(r.text, at, y);
        at += doc.getTextWidth(r.text);
      }
      doc.setFont(main, 'normal');
    },
    missing(text) {
      const missing = new Set<string>();
      for (const ch of text) {
        const code = ch.codePointAt(0) as number;
        if (code > 0x20 && !fonts.some((f) => glyphs.get(f)?.(code))) missing.add(ch);
      }
      return [...missing];
    },
  };
}
