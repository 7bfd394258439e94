import { describe, expect, it } from 'vitest';
import { findUnstorableText, unstorableTextReason } from './storable-text.js';

describe('text every database stores alike', () => {
  it('is any text without a NUL or a lone surrogate, emoji (surrogate pairs) included', () => {
    expect(unstorableTextReason('stiff neck, 😖, ü')).toBeUndefined();
    expect(unstorableTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unstorableTextReason('\ud83d')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableTextReason('\ude16x')).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableTextReason('\ude16\ud83d')).toMatch(/lone UTF-16 surrogate/);
  });

  it('is named by its field, however deep, in values and in keys', () => {
    expect(
      findUnstorableText({ changes: [{ data: { note: 'ok' } }, { data: { note: 'x\u0000' } }] }),
    ).toEqual({
      field: 'changes[1].data.note',
      message: '"changes[1].data.note" holds a NUL character (\\u0000)',
    });
    expect(findUnstorableText({ data: { 'k\ud800': 1 } })).toEqual({
      field: 'data',
      message: '"data" has a key that holds a lone UTF-16 surrogate, which is not a character',
    });
    expect(findUnstorableText('\u0000')?.field).toBe('body');
    expect(findUnstorableText({ a: [1, true, null, 'fine'] })).toBeUndefined();
  });

  it('has no key that names a prototype', () => {
    expect(findUnstorableText(JSON.parse('{"data":{"__proto__":{"x":1}}}'))).toEqual({
      field: 'data.__proto__',
      message: '"data.__proto__": the key "__proto__" is not accepted',
    });
    expect(findUnstorableText(JSON.parse('{"constructor":{"prototype":{}}}'))?.field).toBe(
      'constructor.prototype',
    );
    expect(findUnstorableText({ constructor: 'a word', prototype: 'another' })).toBeUndefined();
  });
});
