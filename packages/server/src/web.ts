import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crick</title></head>
<body><main><h1>Crick</h1>
<p>The server is running, but the web app has not been built yet. Run <code>npm run build</code> and restart.</p>
<p>The API answers at <a href="/openapi.json">/openapi.json</a>.</p></main></body></html>
`;

/**
 * Hashed files never change: cache them for a year. The entry points must be checked every time.
 * (@fastify/static 10 hands `setHeaders` the Fastify reply, not the raw response.)
 */
function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header(
    'Cache-Control',
    path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/**
 * The CSP hashes of the `<style>` blocks in the build's index.html (the first screen's
 * stylesheet, written in at build time so it paints with the HTML alone); none without a build.
 */
export function inlineStyleHashes(webDir: string): string[] {
  const file = `${webDir}/index.html`;
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
}

const isApi = (url: string) => url.startsWith('/api/') || url === '/api' || url === '/health';
/** A path with a file extension asks for a file; only page paths fall back to the app. */
const looksLikeFile = (url: string) => /\.[A-Za-z0-9]+$/.test(url.split('?')[0] ?? '');

/**
 * Serves the web build with a single-page-app fallback: any GET for a page
 * path that is not a file gets index.html. Without a build, a placeholder
 * page says so. Returns whether the real build is served.
 */
export async function serveWeb(
  app: FastifyInstance,
  webDir: string,
  notFound: (request: FastifyRequest, reply: FastifyReply) => unknown,
): Promise<boolean> {
  const built = existsSync(`${webDir}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      cacheControl: false,
      setHeaders: cacheHeaders,
      schemaHide: true,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !isApi(request.url);
    if (!isPage || looksLikeFile(request.url)) return notFound(request, reply);
    reply.header('Cache-Control', 'no-cache');
    if (built) return reply.sendFile(basename('index.html'));
    return reply.type('text/html; charset=utf-8').send(PLACEHOLDER);
  });
  return built;
}
