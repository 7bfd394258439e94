import { describe, expect, it } from 'vitest';
import { canonicalShareCode, hashShareCode, newShareCode } from './share-code.js';

describe('a share code', () => {
  it('is two groups of four Crockford base32 characters, never I, L, O or U', () => {
    for (let i = 0; i < 200; i++)
      expect(newShareCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('reads back the same however it is typed: case, spaces, dashes, I/L for 1 and O for 0', () => {
    const code = '1B0Q-7KXZ';
    expect(canonicalShareCode(code)).toBe('1B0Q7KXZ');
    expect(canonicalShareCode(' ib oq 7kxz ')).toBe('1B0Q7KXZ');
    expect(canonicalShareCode('lboq7kxz')).toBe('1B0Q7KXZ');
  });

  it('is refused when it cannot be a code: too short, too long, or a letter not in the alphabet', () => {
    expect(canonicalShareCode('1B0Q-7KX')).toBeUndefined();
    expect(canonicalShareCode('1B0Q-7KXZ9')).toBeUndefined();
    expect(canonicalShareCode('1B0Q-7KXU')).toBeUndefined();
  });

  it("is stored as a hash that differs from the code and from another code's", () => {
    const a = canonicalShareCode(newShareCode()) ?? '';
    expect(hashShareCode(a)).not.toContain(a);
    expect(hashShareCode(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareCode(a)).not.toBe(hashShareCode('1B0Q7KXZ'));
  });
});
