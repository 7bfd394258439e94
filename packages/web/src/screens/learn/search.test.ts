import { library } from '@crick/content';
import { describe, expect, it } from 'vitest';
import { buildIndex, highlight, search } from './search.js';

const index = buildIndex(library.learn);

describe('learn search', () => {
  it('ranks the page about a topic first', () => {
    expect(search(index, 'when to see a GP')[0]?.page.id).toBe('when-to-see-a-gp');
    expect(search(index, 'how long does it last')[0]?.page.id).toBe('expected-course');
  });

  it('finds words inside facts and by the start of a word', () => {
    const hits = search(index, 'pillow');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.snippet.toLowerCase()).toContain('pillow');
    expect(search(index, 'stretc').length).toBeGreaterThan(0);
  });

  it('returns nothing for nonsense or an empty query', () => {
    expect(search(index, 'zzqxv')).toEqual([]);
    expect(search(index, '  ')).toEqual([]);
  });

  it('marks the matched words only', () => {
    expect(highlight('Heat helps a stiff neck.', 'stiff heat')).toEqual([
      { text: 'Heat', mark: true },
      { text: ' helps a ', mark: false },
      { text: 'stiff', mark: true },
      { text: ' neck.', mark: false },
    ]);
  });
});
