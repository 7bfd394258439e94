import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type CheckIn,
  fieldSpecs,
  type History,
  type Psfs,
  type RemedyUse,
  redFlagRules,
  type SessionLog,
  type TriageRecord,
} from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../../scripts/ensure-poppler.js';
import { buildReport } from './report-data.js';
import { type ReportFont, reportFontUrls } from './report-font.js';
import { reportPdf } from './report-pdf.js';

const fontFile = (name: string, path: string): ReportFont => ({
  name,
  bytes: new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(path))),
});
const dejaVu = fontFile('DejaVuSans', 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const font = [dejaVu];
/** The fonts `loadReportFonts` fetches for a report in Chinese, Japanese and Korean. */
const cjkFonts = () => [
  dejaVu,
  fontFile('NotoSansSC', '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  fontFile('NotoSansKR', '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
];
const today = '2026-12-01';
const dayBefore = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) - n * 86_400_000).toISOString();
/** Text as a PDF reader lays it out: no spaces or line breaks, so wrapping does not matter. */
const squeezed = (s: string) => s.replace(/\s+/g, '');

// Wide letters and every script the font covers, up to the schemas' longest texts.
const letters = fc.constantFrom(...'WMШЖΩΨÆŒéøąłñßžаяωλ ԱՖაჰ   '.split(''));
const text = (max: number) => fc.string({ unit: letters, minLength: 1, maxLength: max });
const date = fc.integer({ min: 0, max: 120 }).map((n) => dayBefore(n).slice(0, 10));

const checkIns: fc.Arbitrary<CheckIn[]> = fc.array(
  fc.record({
    date,
    pain: fc.integer({ min: 0, max: 10 }),
    helped: fc.option(fc.array(text(80), { maxLength: 20 }), { nil: undefined }),
  }),
  { maxLength: 300 },
) as fc.Arbitrary<CheckIn[]>;
const sessions: fc.Arbitrary<SessionLog[]> = fc.array(
  fc.record({
    date,
    exerciseIds: fc.array(
      fc.constantFrom('chin-tuck', 'neck-turn', 'side-bend', 'shoulder-rolls', 'x-unknown'),
      {
        maxLength: 40,
      },
    ),
    completed: fc.boolean(),
    painBefore: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    painAfter: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    stopSymptom: fc.option(fc.constantFrom('dizziness', 'new_numbness', 'worse_pain'), { nil: undefined }),
  }),
  { maxLength: 200 },
) as fc.Arbitrary<SessionLog[]>;
const remedyUses: fc.Arbitrary<RemedyUse[]> = fc.array(
  fc.record({
    kind: fc.constantFrom('cold', 'heat'),
    startedAt: fc.integer({ min: 0, max: 120 }).map(dayBefore),
    minutes: fc.integer({ min: 1, max: 20 }),
    helped: fc.constantFrom('yes', 'a_little', 'no'),
  }),
  { maxLength: 50 },
) as fc.Arbitrary<RemedyUse[]>;
const ruleIds = redFlagRules.map((r) => r.id);
const fieldNames = Object.keys(fieldSpecs);
const triages: fc.Arbitrary<TriageRecord[]> = fc.array(
  fc.record({
    at: fc.integer({ min: 0, max: 120 }).map(dayBefore),
    facts: fc.dictionary(fc.constantFrom(...fieldNames), fc.constantFrom(true, false, 'unsure', null, 45)),
    level: fc.constantFrom('emergency', 'urgent', 'soon', 'self_care'),
    fired: fc.subarray(ruleIds),
    precautions: fc.subarray(ruleIds),
    unsure: fc.subarray(fieldNames),
  }),
  { minLength: 0, maxLength: 3 },
) as unknown as fc.Arbitrary<TriageRecord[]>;
const psfs: fc.Arbitrary<Psfs[]> = fc.array(
  fc.record({
    date,
    activities: fc.array(fc.record({ name: text(80), score: fc.integer({ min: 0, max: 10 }) }), {
      minLength: 3,
      maxLength: 5,
    }),
  }),
  { maxLength: 20 },
) as fc.Arbitrary<Psfs[]>;
const histories = fc.record({
  intake: fc.option(
    fc.record({
      startedOn: fc.integer({ min: 0, max: 120 }).map((n) => dayBefore(n).slice(0, 10)),
      pain: fc.integer({ min: 0, max: 10 }),
      causes: fc.subarray(['screen-time', 'sleep-position', 'cold-draught', 'stress', 'carrying-bags']),
      stuck: fc.subarray(['turn_left', 'turn_right', 'tilt_left', 'tilt_right', 'look_up', 'look_down']),
      strain: fc.boolean(),
    }),
    { nil: null },
  ),
  history: fc.record({ checkIns, sessions, remedyUses, triages, psfs }),
  medicines: fc.oneof(fc.constant(''), text(600)),
  questions: fc.array(text(300), { maxLength: 20 }),
});

const wide = (n: number, i = 0) => `${i} ${'WШ'.repeat(n)}`.slice(0, n);
/** The longest of everything at once: every rule fired, every answer yes, every text at its limit. */
const largest = {
  intake: {
    startedOn: dayBefore(120).slice(0, 10),
    pain: 9,
    causes: ['screen-time', 'stress'],
    stuck: ['turn_left', 'look_up'],
    strain: true,
  },
  history: {
    checkIns: Array.from({ length: 300 }, (_, i) => ({
      date: dayBefore(i % 120).slice(0, 10),
      pain: i % 11,
      helped: Array.from({ length: 20 }, (_, j) => wide(80, i * 20 + j)),
    })),
    sessions: Array.from({ length: 200 }, (_, i) => ({
      date: dayBefore(i % 120).slice(0, 10),
      exerciseIds: Array.from({ length: 40 }, (_, j) => `x-${i}-${j}`),
      completed: false,
      painBefore: 8,
      painAfter: 7,
      stopSymptom: 'new_numbness',
    })),
    remedyUses: [],
    triages: [
      {
        at: dayBefore(0),
        facts: Object.fromEntries(fieldNames.map((f, i) => [f, i % 2 ? true : 'unsure'])),
        level: 'emergency',
        fired: ruleIds,
        precautions: ruleIds.filter((_, i) => i % 2),
        unsure: fieldNames,
      },
    ],
    psfs: [
      {
        date: dayBefore(0).slice(0, 10),
        activities: Array.from({ length: 5 }, (_, i) => ({ name: wide(80, i), score: 3 })),
      },
    ],
  },
  medicines: wide(600),
  questions: Array.from({ length: 20 }, (_, i) => wide(300, i)),
};

describe('the PDF report', () => {
  it('is exactly one page, with nothing cut off, for any history the schemas allow', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const report = buildReport({ ...h, intake: h.intake as never, history: h.history as History, today });
        const pdf = reportPdf(report, font);
        const read = readPdf(new Uint8Array(pdf.bytes));
        expect(read.pages).toBe(1);
        expect(pdf.clipped).toBe(false);
        // The end of the page is there: its last section and what it says it left out.
        expect(squeezed(read.text)).toContain(squeezed(report.questions.at(-1) ?? 'None written.'));
        expect(squeezed(read.text)).toContain(squeezed(report.questionsLeftOut));
      }),
      { ...runs(25), examples: [[largest as never]] },
    );
    // Each case parses the 757 kB font and reads the PDF back with Poppler: about a second on a busy machine.
  }, 120_000);

  it('keeps Latin with accents, Greek, Cyrillic, Armenian and Georgian as typed, in an embedded subset font', () => {
    const typed = [
      'Zoë took naïve crème brûlée; Łódź, Ærøskøbing, São Paulo, Dvořák',
      'Πονάει ο αυχένας μου όταν γυρίζω',
      'Болит шея, когда я поворачиваю голову',
      'Պարանոցս ցավում է',
      'კისერი მტკივა',
    ];
    const report = buildReport({
      intake: null,
      history: { checkIns: [], sessions: [], remedyUses: [], triages: [], psfs: [] } as unknown as History,
      today,
      medicines: 'Ибупрофен гель, Παρακεταμόλη: follow the label',
      questions: typed,
    });
    const pdf = reportPdf(report, font);
    const read = readPdf(new Uint8Array(pdf.bytes));
    expect(read.pages).toBe(1);
    for (const t of [...typed, 'Ибупрофен гель, Παρακεταμόλη'])
      expect(squeezed(read.text)).toContain(squeezed(t));
    expect(pdf.missing).toEqual([]);
    // pdffonts: the TrueType font embedded (emb yes) with a ToUnicode map (uni yes). jsPDF does
    // not tag its subset's name (so "sub no"), but it embeds only the glyphs used: the whole
    // PDF is far smaller than the 757 kB font file.
    expect(read.fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+no\s+yes/);
    expect(pdf.bytes.byteLength).toBeLessThan(80_000);
  });

  it('keeps Chinese, Japanese and Korean as typed, beside English, in embedded subset fonts, on one page', () => {
    const typed = [
      '我的脖子很疼，转头的时候更疼。',
      '首が痛いです。右を向くと痛みます。',
      '목이 아파요. 오른쪽으로 돌리면 더 아파요.',
      'Is 布洛芬凝胶 safe with my 약? 大丈夫ですか',
    ];
    const report = buildReport({
      intake: null,
      history: { checkIns: [], sessions: [], remedyUses: [], triages: [], psfs: [] } as unknown as History,
      today,
      medicines: '布洛芬凝胶 (イブプロフェン), 파스: follow the label',
      questions: typed,
    });
    const pdf = reportPdf(report, cjkFonts());
    const read = readPdf(new Uint8Array(pdf.bytes));
    expect(read.pages).toBe(1);
    for (const t of [...typed, '布洛芬凝胶 (イブプロフェン), 파스'])
      expect(squeezed(read.text)).toContain(squeezed(t));
    expect(pdf.missing).toEqual([]);
    expect(read.fonts).toMatch(/NotoSansSC\s+CID TrueType\s+Identity-H\s+yes\s+no\s+yes/);
    expect(read.fonts).toMatch(/NotoSansKR\s+CID TrueType\s+Identity-H\s+yes\s+no\s+yes/);
    // Subsets: the 10 and 6 MB font files leave a PDF of a few hundred kB.
    expect(pdf.bytes.byteLength).toBeLessThan(400_000);
  }, 60_000);

  it('wraps the longest questions in Chinese between characters, within the page, on one page', () => {
    const han = '颈部疼痛转头困难请问医生这是否需要检查';
    const questions = Array.from({ length: 20 }, (_, i) => han.repeat(16).slice(i, i + 300));
    const report = buildReport({
      intake: null,
      history: { checkIns: [], sessions: [], remedyUses: [], triages: [], psfs: [] } as unknown as History,
      today,
      medicines: han.repeat(30).slice(0, 600),
      questions,
    });
    const pdf = reportPdf(report, cjkFonts());
    const read = readPdf(new Uint8Array(pdf.bytes));
    expect(read.pages).toBe(1);
    expect(pdf.clipped).toBe(false);
    expect(squeezed(read.text)).toContain(questions.at(-1));
  }, 60_000);

  it('fetches a CJK font only for a report whose text needs it', () => {
    const names = (text: string) => reportFontUrls(text).map((f) => f.name);
    expect(names('Zoë, Болит шея, Πονάει, კისერი')).toEqual(['DejaVuSans']);
    expect(names('我的脖子很疼')).toEqual(['DejaVuSans', 'NotoSansSC']);
    expect(names('くびがいたい')).toEqual(['DejaVuSans', 'NotoSansSC']);
    expect(names('목이 아파요')).toEqual(['DejaVuSans', 'NotoSansKR']);
    expect(names('首が痛い, 목이 아파요')).toEqual(['DejaVuSans', 'NotoSansSC', 'NotoSansKR']);
  });

  it('names the characters its fonts lack (Japanese without the CJK font), so the screen can say so', () => {
    const report = buildReport({
      intake: null,
      history: { checkIns: [], sessions: [], remedyUses: [], triages: [], psfs: [] } as unknown as History,
      today,
      medicines: '',
      questions: ['首が痛い? Is it safe?'],
    });
    expect(reportPdf(report, font).missing).toEqual(['首', 'が', '痛', 'い']);
  });
});
