import { err, ok, type Result } from '@crick/core';

/** Crockford base32: no I, L, O or U, so a code read aloud or typed from paper cannot be misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A share code as typed by a clinician: any case, spaces or dashes anywhere, and
 * the letters Crockford reads as digits (I and L as 1, O as 0). Gives `XXXX-XXXX`
 * or says what is wrong, naming the field.
 */
export function normaliseShareCode(input: string): Result<string, { field: 'code'; message: string }> {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== 8)
    return err({ field: 'code', message: 'The code has 8 letters and digits, like K7M2-9QXD.' });
  if ([...plain].some((c) => !ALPHABET.includes(c)))
    return err({ field: 'code', message: 'The code uses only digits and the letters A to Z without U.' });
  return ok(`${plain.slice(0, 4)}-${plain.slice(4)}`);
}

/** The link a clinician opens: the app's own redeem screen, the code in the hash (never sent to a server log). */
export const redeemLink = (origin: string, code: string): string =>
  `${origin}/#/redeem?code=${encodeURIComponent(code)}`;

/** The code for a screen reader, one character at a time ("K 7 M 2, 9 Q X D"), as it is read aloud. */
export const spokenCode = (code: string): string =>
  code
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
