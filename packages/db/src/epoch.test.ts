import { describe, expect, it } from 'vitest';
import { CURSOR_PATTERN, formatCursor, parseCursor } from './epoch.js';

describe('a sync cursor', () => {
  it('is a bare number on a database never restored, as before epochs existed', () => {
    expect(formatCursor('', 42)).toBe('42');
    expect(parseCursor('42')).toEqual({ epoch: '', seq: 42 });
  });
  it('carries the epoch after a restore, and reads back what it wrote', () => {
    expect(formatCursor('Xy-_9a', 7)).toBe('Xy-_9a.7');
    expect(parseCursor('Xy-_9a.7')).toEqual({ epoch: 'Xy-_9a', seq: 7 });
  });
  it('is checked by a pattern that takes both forms and nothing else', () => {
    const pattern = new RegExp(CURSOR_PATTERN);
    expect(['42', 'Xy-_9a.7'].map((c) => pattern.test(c))).toEqual([true, true]);
    expect(['', '.7', 'a.', 'a.b', 'a b.1', '1.2.3'].map((c) => pattern.test(c))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
