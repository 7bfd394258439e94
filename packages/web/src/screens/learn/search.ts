import type { LearnPage } from '@crick/core';
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';

/**
 * The learn search, offline: a MiniSearch index built on the device from the
 * learn pages of the content library when the Learn screen first opens. Words
 * are stemmed on both sides, so "stretching" finds "stretches" and "pillows"
 * finds "pillow"; the start of a word finds the word ("stretc") and one slip
 * in a longer word is forgiven ("masage").
 */
const BOOST = { title: 6, keywords: 5, summary: 3, headings: 2, facts: 1 } as const;
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[];

// Words too common to tell the pages apart; a query of only these finds nothing.
const STOP = new Set([
  'the',
  'and',
  'is',
  'it',
  'my',
  'of',
  'to',
  'a',
  'in',
  'for',
  'do',
  'i',
  'what',
  'how',
  'can',
]);

export interface Hit {
  readonly page: LearnPage;
  readonly score: number;
  /** The best bit of text to show under the title. */
  readonly snippet: string;
  /** The words of the page that matched, as stems: what to mark. */
  readonly terms: readonly string[];
}

/** Lower case and without accents, split into words. */
const tokenize = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);

/** One word as the index and the query both see it: its stem, or null for a stop word. */
export function stem(word: string): string | null {
  const [w = ''] = tokenize(word).filter(Boolean);
  return w.length < 2 || STOP.has(w) ? null : stemmer(w);
}

interface LearnDoc {
  readonly id: string;
  readonly title: string;
  readonly keywords: string;
  readonly summary: string;
  readonly headings: string;
  readonly facts: string;
}

export interface LearnIndex {
  readonly mini: MiniSearch<LearnDoc>;
  readonly pages: ReadonlyMap<string, LearnPage>;
}

export function buildIndex(pages: readonly LearnPage[]): LearnIndex {
  const mini = new MiniSearch<LearnDoc>({
    fields: FIELDS,
    tokenize,
    processTerm: (term) => stem(term),
    searchOptions: {
      boost: BOOST,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
  mini.addAll(
    pages.map((p) => ({
      id: p.id,
      title: p.title,
      keywords: p.keywords.join(' '),
      summary: p.summary,
      headings: p.sections.map((s) => s.heading).join(' '),
      facts: p.sections.flatMap((s) => s.facts.map((f) => f.text)).join(' '),
    })),
  );
  return { mini, pages: new Map(pages.map((p) => [p.id, p])) };
}

export function search(index: LearnIndex, query: string, limit = 8): Hit[] {
  return index.mini
    .search(query)
    .slice(0, limit)
    .flatMap((r) => {
      const page = index.pages.get(String(r.id));
      return page ? [{ page, score: r.score, snippet: snippet(page, r.terms), terms: r.terms }] : [];
    });
}

/** The summary or fact holding the most matched words; the summary when none does. */
function snippet(page: LearnPage, terms: readonly string[]): string {
  const wanted = new Set(terms);
  const count = (text: string) =>
    new Set(
      tokenize(text)
        .map(stem)
        .filter((t) => t !== null && wanted.has(t)),
    ).size;
  let best = page.summary;
  let bestCount = count(best);
  for (const s of page.sections)
    for (const f of s.facts) {
      const c = count(f.text);
      if (c > bestCount) [best, bestCount] = [f.text, c];
    }
  return best;
}

/** Splits text into plain and matched parts, for <mark>; `terms` are stems from a Hit. */
export function highlight(text: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  const wanted = new Set(terms);
  const parts: { text: string; mark: boolean }[] = [];
  for (const piece of text.split(/([A-Za-zÀ-ÿ0-9]+)/)) {
    if (piece === '') continue;
    const s = stem(piece);
    const mark = s !== null && wanted.has(s);
    const last = parts.at(-1);
    if (last && last.mark === mark) parts[parts.length - 1] = { text: last.text + piece, mark };
    else parts.push({ text: piece, mark });
  }
  return parts;
}
