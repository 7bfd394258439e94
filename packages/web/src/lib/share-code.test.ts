import { describe, expect, it } from 'vitest';
import { normaliseShareCode, redeemLink, spokenCode } from './share-code.js';

describe('a share code typed by a clinician', () => {
  it('is read whatever its case, spaces and dashes', () => {
    expect(normaliseShareCode(' k7m2 9qxd ')).toEqual({ ok: true, value: 'K7M2-9QXD' });
    expect(normaliseShareCode('K7-M2-9Q-XD')).toEqual({ ok: true, value: 'K7M2-9QXD' });
  });

  it('reads I and L as 1 and O as 0, as Crockford base32 does', () => {
    expect(normaliseShareCode('ilo0-abcd')).toEqual({ ok: true, value: '1100-ABCD' });
  });

  it('names the code field when it is too short or too long', () => {
    expect(normaliseShareCode('K7M2-9QX')).toEqual({
      ok: false,
      error: { field: 'code', message: 'The code has 8 letters and digits, like K7M2-9QXD.' },
    });
    expect(normaliseShareCode('K7M2-9QXDD').ok).toBe(false);
  });

  it('refuses U and anything outside the alphabet', () => {
    expect(normaliseShareCode('K7M2-9QXU')).toMatchObject({ ok: false, error: { field: 'code' } });
    expect(normaliseShareCode('K7M2-9Q*D')).toMatchObject({ ok: false, error: { field: 'code' } });
  });
});

describe('the share link and the spoken code', () => {
  it('puts the code in the hash of the redeem screen, so no server log sees it', () => {
    expect(redeemLink('https://crick.example', 'K7M2-9QXD')).toBe(
      'https://crick.example/#/redeem?code=K7M2-9QXD',
    );
  });

  it('spells the code one character at a time for a screen reader', () => {
    expect(spokenCode('K7M2-9QXD')).toBe('K 7 M 2, 9 Q X D');
  });
});
