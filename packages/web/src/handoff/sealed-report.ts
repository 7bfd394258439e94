import type { ReportData } from '../screens/report/report-data.js';

/**
 * The GP hand-off's envelope: the doctor's report (the very ReportData the
 * report screen and the PDF draw) sealed with AES-GCM under a fresh 256-bit
 * key and a random 96-bit IV, on the device. The server gets the ciphertext
 * and the IV; the key goes only into the link's #fragment.
 */
export interface Sealed {
  readonly ciphertext: string;
  readonly iv: string;
  /** base64url of the raw key: for the link's fragment, never for a server. */
  readonly key: string;
}

/** What is sealed: a version, so a later page can read an older link. */
interface Envelope {
  readonly v: 1;
  readonly report: ReportData;
}

const toBase64url = (bytes: Uint8Array): string => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

const fromBase64url = (text: string): Uint8Array<ArrayBuffer> => {
  const plain = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(plain.length);
  for (let i = 0; i < plain.length; i++) bytes[i] = plain.charCodeAt(i);
  return bytes;
};

export async function sealReport(report: ReportData): Promise<Sealed> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const envelope: Envelope = { v: 1, report };
  const plain = new TextEncoder().encode(JSON.stringify(envelope));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  return { ciphertext: toBase64url(sealed), iv: toBase64url(iv), key: toBase64url(raw) };
}

/** Why a sealed report could not be opened: the key is not its key, or what was sealed is not a report. */
export type OpenFailure = 'wrong_key' | 'not_a_report';

export async function openReport(
  sealed: Sealed,
): Promise<{ ok: true; report: ReportData } | { ok: false; error: OpenFailure }> {
  let plain: ArrayBuffer;
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64url(sealed.key), 'AES-GCM', false, [
      'decrypt',
    ]);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64url(sealed.iv) },
      key,
      fromBase64url(sealed.ciphertext),
    );
  } catch {
    // A bad key length, bad base64 or a failed tag check all mean: not this report's key.
    return { ok: false, error: 'wrong_key' };
  }
  try {
    const envelope = JSON.parse(new TextDecoder().decode(plain)) as Partial<Envelope>;
    if (envelope.v !== 1 || typeof envelope.report?.condition !== 'string')
      return { ok: false, error: 'not_a_report' };
    return { ok: true, report: envelope.report };
  } catch {
    return { ok: false, error: 'not_a_report' };
  }
}

/** The link's page and its fragment: `#<id>.<key>`. Nothing of it but the page's path reaches a server. */
export const HANDOFF_PAGE = '/handoff.html';

export const handoffLink = (origin: string, id: string, key: string): string =>
  `${origin}${HANDOFF_PAGE}#${id}.${key}`;

/** The id and key from a link's fragment, or undefined when it is not one of ours. */
export function parseHandoffFragment(hash: string): { id: string; key: string } | undefined {
  const match = /^#([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(hash);
  return match?.[1] && match[2] ? { id: match[1], key: match[2] } : undefined;
}
