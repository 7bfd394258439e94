/** The ciphertext behind a link, or what became of it. */
export type Fetched =
  | { readonly state: 'open'; readonly ciphertext: string; readonly iv: string; readonly expiresAt: string }
  | { readonly state: 'withdrawn' | 'expired' | 'unknown' | 'offline' };

/** The page keeps the last ciphertext it opened (useless without the link's key), so it opens again offline. */
const CACHE = 'crick-handoff';

const codeStates: Record<string, 'withdrawn' | 'expired' | 'unknown'> = {
  handoff_withdrawn: 'withdrawn',
  handoff_expired: 'expired',
  handoff_not_found: 'unknown',
};

async function cached(url: string, now: number): Promise<Fetched> {
  if (typeof caches === 'undefined') return { state: 'offline' };
  const hit = await (await caches.open(CACHE)).match(url);
  if (!hit) return { state: 'offline' };
  const body = (await hit.json()) as { ciphertext: string; iv: string; expiresAt: string };
  // Offline, the expiry still holds: the server would refuse it now.
  if (Date.parse(body.expiresAt) <= now) {
    await (await caches.open(CACHE)).delete(url);
    return { state: 'expired' };
  }
  return { state: 'open', ...body };
}

export async function fetchSealed(id: string, now: () => number = Date.now): Promise<Fetched> {
  const url = `/api/handoffs/${id}`;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch {
    return cached(url, now());
  }
  if (response.ok) {
    const body = (await response.json()) as { ciphertext: string; iv: string; expiresAt: string };
    if (typeof caches !== 'undefined')
      await (await caches.open(CACHE)).put(url, new Response(JSON.stringify(body))).catch(() => undefined);
    return { state: 'open', ...body };
  }
  const code = ((await response.json().catch(() => null)) as { error?: { code?: string } } | null)?.error
    ?.code;
  const state = codeStates[code ?? ''];
  if (state) {
    // Withdrawn or expired: the copy kept here goes too.
    if (typeof caches !== 'undefined') await (await caches.open(CACHE)).delete(url).catch(() => false);
    return { state };
  }
  return cached(url, now());
}
