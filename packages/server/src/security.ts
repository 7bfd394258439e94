import { AppError } from '@crick/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './auth.js';

/**
 * The CSP. `inlineStyles` are the hashes (`'sha256-...'`) of the web build's own
 * `<style>` blocks (web.ts): the first screen's stylesheet is in index.html, so it
 * paints without waiting for a stylesheet; no other inline style is allowed.
 */
export function contentSecurityPolicy(inlineStyles: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // WebAssembly for the measure screen's face model (compiling WASM, nothing else: no eval of script).
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...inlineStyles].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "img-src 'self' data: blob:",
    "manifest-src 'self'",
  ].join('; ');
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Headers on every answer: a strict CSP (no inline script), no sniffing, no referrer, no framing. */
export function addSecurityHeaders(
  app: FastifyInstance,
  tls: boolean,
  inlineStyles: readonly string[] = [],
): void {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(inlineStyles),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The camera for the measure screen, this origin only; the frames stay in the page.
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
    ...(tls ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  // A callback hook, not an async one: it runs on every answer, and a
  // promise per request showed in the push benchmark's profile.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.headers(headers);
    // Health data must not sit in shared caches or the browser's disk cache.
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    done(null, payload);
  });
}

/**
 * CSRF defence for requests a browser sends with the session cookie: an
 * unsafe method must come from our own origin (Origin header), and, as
 * routes accept only JSON, a cross-site form cannot post to them at all.
 * A request with a Bearer header carries no ambient credential, so a script
 * without an Origin is not refused.
 */
export function addOriginCheck(app: FastifyInstance, publicOrigin: string | undefined, tls: boolean): void {
  app.addHook('onRequest', (request, _reply, done) => done(crossSiteRefusal(request, publicOrigin, tls)));
}

/** Why a request is refused as cross-site, or undefined when it may go on. */
function crossSiteRefusal(
  request: FastifyRequest,
  publicOrigin: string | undefined,
  tls: boolean,
): AppError | undefined {
  if (!UNSAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    return isOwnOrigin(request, origin, publicOrigin, tls)
      ? undefined
      : new AppError('forbidden', 'Cross-site request refused: "Origin" is not this site', 'Origin');
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    return new AppError('forbidden', 'Cross-site request refused', 'Origin');
  }
  const usesCookie =
    request.headers.authorization === undefined && request.cookies[SESSION_COOKIE] !== undefined;
  if (usesCookie) {
    return new AppError(
      'forbidden',
      'A request signed in by cookie must carry an "Origin" header; scripts should send "Authorization: Bearer <token>"',
      'Origin',
    );
  }
  return undefined;
}

function isOwnOrigin(
  request: FastifyRequest,
  origin: string,
  publicOrigin: string | undefined,
  tls: boolean,
): boolean {
  if (publicOrigin !== undefined && origin === publicOrigin) return true;
  // Behind a TLS proxy that does not say so (no trusted X-Forwarded-Proto), the page is still https.
  if (tls && origin === `https://${request.host}`) return true;
  return origin === `${request.protocol}://${request.host}`;
}
