import type { LearnPage } from '@crick/core';

/**
 * A small in-memory search over the learn pages, so it works offline: each
 * word of the query is matched (whole word or word start) against titles,
 * keywords, summaries, headings and facts, weighted in that order.
 */
const WEIGHTS = { title: 6, keyword: 5, summary: 3, heading: 2, fact: 1 } as const;
type Field = keyof typeof WEIGHTS;

export interface Hit {
  readonly page: LearnPage;
  readonly score: number;
  /** The best bit of text to show under the title. */
  readonly snippet: string;
}

export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);

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

interface Entry {
  readonly page: LearnPage;
  readonly field: Field;
  readonly text: string;
  readonly words: readonly string[];
}

export function buildIndex(pages: readonly LearnPage[]): readonly Entry[] {
  const out: Entry[] = [];
  const add = (page: LearnPage, field: Field, text: string) =>
    out.push({ page, field, text, words: words(text) });
  for (const page of pages) {
    add(page, 'title', page.title);
    add(page, 'summary', page.summary);
    for (const k of page.keywords) add(page, 'keyword', k);
    for (const s of page.sections) {
      add(page, 'heading', s.heading);
      for (const f of s.facts) add(page, 'fact', f.text);
    }
  }
  return out;
}

const matches = (word: string, term: string) => word === term || (term.length >= 3 && word.startsWith(term));

export function search(index: readonly Entry[], query: string, limit = 8): Hit[] {
  const terms = words(query).filter((t) => !STOP.has(t));
  if (terms.length === 0) return [];
  const byPage = new Map<
    string,
    { page: LearnPage; score: number; matched: Set<string>; best: Entry | null; bestScore: number }
  >();
  for (const entry of index) {
    const found = terms.filter((t) => entry.words.some((w) => matches(w, t)));
    if (found.length === 0) continue;
    const score = found.length * WEIGHTS[entry.field];
    const acc = byPage.get(entry.page.id) ?? {
      page: entry.page,
      score: 0,
      matched: new Set<string>(),
      best: null,
      bestScore: 0,
    };
    acc.score += score;
    for (const t of found) acc.matched.add(t);
    // The snippet: the entry matching most terms, preferring readable text over keywords and titles.
    const readable = entry.field === 'fact' || entry.field === 'summary' ? found.length + 0.5 : found.length;
    if (readable > acc.bestScore) {
      acc.best = entry;
      acc.bestScore = readable;
    }
    byPage.set(entry.page.id, acc);
  }
  return [...byPage.values()]
    .map((a) => ({
      page: a.page,
      // Pages that match every word of the query come first.
      score: a.score * (a.matched.size === terms.length ? 2 : 1),
      snippet:
        a.best && (a.best.field === 'fact' || a.best.field === 'summary') ? a.best.text : a.page.summary,
    }))
    .sort((x, y) => y.score - x.score || x.page.title.localeCompare(y.page.title))
    .slice(0, limit);
}

/** Splits text into plain and matched parts, for <mark>. */
export function highlight(text: string, query: string): { text: string; mark: boolean }[] {
  const terms = words(query).filter((t) => !STOP.has(t));
  if (terms.length === 0) return [{ text, mark: false }];
  const parts: { text: string; mark: boolean }[] = [];
  for (const piece of text.split(/([A-Za-zÀ-ÿ0-9]+)/)) {
    if (piece === '') continue;
    const w = words(piece)[0];
    const mark = w !== undefined && terms.some((t) => matches(w, t));
    const last = parts.at(-1);
    if (last && last.mark === mark) parts[parts.length - 1] = { text: last.text + piece, mark };
    else parts.push({ text: piece, mark });
  }
  return parts;
}
