import { library } from '@crick/content';
import { describe, expect, it } from 'vitest';
import { buildIndex, highlight, search } from './search.js';

const index = buildIndex(library.learn);
const firstPage = (query: string) => search(index, query)[0]?.page.id;
const marked = (text: string, query: string) =>
  highlight(text, search(index, query)[0]?.terms ?? [])
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('learn search', () => {
  it('ranks the page about a topic first', () => {
    expect(firstPage('when to see a GP')).toBe('when-to-see-a-gp');
    expect(firstPage('how long does it last')).toBe('expected-course');
  });

  it('finds a word in any of its forms, as people type it', () => {
    expect(firstPage('stretching')).toBe('what-helps');
    expect(firstPage('stretches')).toBe('what-helps');
    expect(firstPage('pillows')).toBe('causes');
    expect(firstPage('headaches')).toBe('symptoms');
    expect(firstPage('sleeping badly')).toBe('causes');
    expect(firstPage('recovering')).toBe('expected-course');
  });

  it('finds words by their start and forgives one slip in a longer word', () => {
    expect(firstPage('stretc')).toBe('what-helps');
    expect(firstPage('pill')).toBe('causes');
    expect(firstPage('masage')).toBe('what-helps');
    expect(firstPage('ambulence')).toBe('needs-a-doctor');
  });

  it('shows the fact that holds the words under the title', () => {
    expect(search(index, 'pillows')[0]?.snippet).toBe('Sleeping awkwardly or on an unsupportive pillow.');
  });

  it('returns nothing for nonsense, an empty query or only common words', () => {
    expect(search(index, 'zzqxv')).toEqual([]);
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'what is the')).toEqual([]);
  });

  it('marks every form of the matched words and nothing else', () => {
    expect(marked('Start with gentle stretches, then add strengthening.', 'stretching')).toEqual([
      'stretches',
    ]);
    expect(highlight('Heat helps a stiff neck.', ['heat', 'stiff'])).toEqual([
      { text: 'Heat', mark: true },
      { text: ' helps a ', mark: false },
      { text: 'stiff', mark: true },
      { text: ' neck.', mark: false },
    ]);
  });
});
