import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import { hashToken } from './auth.js';

/** How long a share's code can be redeemed. */
export const SHARE_CODE_DAYS = 7;

/**
 * A share's invite code: 40 random bits as 8 characters of Crockford base32
 * (no I, L, O or U, so it reads aloud and types without doubt), shown as two
 * groups: `7KQ2-M9XD`. Single use and short-lived: redeeming is rate-limited
 * like log-in, so 2^40 codes cannot be guessed in a week.
 */
export function newShareCode(): string {
  const text = base32crockford.encode(randomBytes(5));
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/**
 * The one spelling of a code as typed: case, spaces and dashes do not
 * matter, and I, L and O read as 1, 1 and 0 (Crockford's rule). Undefined
 * when it cannot be a code (wrong length, a character not in the alphabet).
 */
export function canonicalShareCode(typed: string): string | undefined {
  const compact = typed.replace(/[\s-]/g, '');
  if (compact.length !== 8) return undefined;
  try {
    return base32crockford.encode(base32crockford.decode(compact));
  } catch {
    return undefined;
  }
}

/** What is stored: the SHA-256 of the canonical code, never the code. */
export const hashShareCode = (canonical: string): string => hashToken(`share code\n${canonical}`);
