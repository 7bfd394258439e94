// The font files are assets fetched when a PDF is made, never part of a screen's script.
// DejaVu Sans is precached by the service worker, so the PDF can be made offline; the CJK
// fonts (10 and 6 MB) are fetched only for a report whose text needs them, and cached then.

import hangulUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import hanUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import dejavuUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

/** A font the PDF embeds a subset of: its name in the PDF and its TrueType bytes. */
export interface ReportFont {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The fonts in the order the PDF tries them for each letter. DejaVu Sans sets Latin,
 * Greek, Cyrillic, Armenian, Georgian and more; Noto Sans SC sets Chinese and the
 * Japanese kana and kanji (one font for both: SC holds 21,000 ideographs and the kana,
 * JP 12,700 and no simplified forms); Noto Sans KR sets Hangul, which SC lacks.
 */
const fallbacks: readonly { name: string; url: string; needed: RegExp }[] = [
  {
    name: 'NotoSansSC',
    url: hanUrl,
    // CJK punctuation, kana, bopomofo, ideographs and their compatibility forms, full-width forms.
    needed:
      /[\u2e80-\u2fdf\u3000-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u,
  },
  { name: 'NotoSansKR', url: hangulUrl, needed: /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/u },
];

/** The fonts a report whose text is `text` needs: DejaVu Sans always, a CJK font only for its script. */
export function reportFontUrls(text: string): { name: string; url: string }[] {
  return [
    { name: 'DejaVuSans', url: dejavuUrl },
    ...fallbacks.filter((f) => f.needed.test(text)).map(({ name, url }) => ({ name, url })),
  ];
}

/** Fetches the fonts a report's text needs (`reportFontUrls`), the main font first. */
export async function loadReportFonts(text: string): Promise<ReportFont[]> {
  return Promise.all(
    reportFontUrls(text).map(async ({ name, url }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The PDF's font ${name} did not load (${response.status})`);
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
