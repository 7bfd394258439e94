import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase } from '@crick/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { App } from './context.js';

const firstScreenCss = 'body{margin:0}main{padding:1rem}';

describe('serving the web build', () => {
  let t: TestDatabase;
  let dir: string;
  let app: App;
  let bare: App;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'crick-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><title>Crick app</title><style>${firstScreenCss}</style><script type="module" src="/assets/app-1a2b.js"></script>`,
    );
    writeFileSync(join(dir, 'assets/app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    app = await buildApp({ database: t.database, webDir: dir });
    bare = await buildApp({ database: t.database, webDir: join(dir, 'missing') });
  });
  afterAll(async () => {
    await app?.close();
    await bare?.close();
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache', async () => {
    const answer = await app.inject('/');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('Crick app');
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and checks sw.js every time', async () => {
    const asset = await app.inject('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject('/sw.js')).headers['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for app paths, but not for missing files or the API', async () => {
    const page = await app.inject('/diary/2026-11-22');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Crick app');
    expect((await app.inject('/assets/gone-0000.js')).statusCode).toBe(404);
    const api = await app.inject('/api/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it("allows the build's own inline stylesheet by its hash, and no other inline style", async () => {
    const csp = (await app.inject('/')).headers['content-security-policy'];
    const hash = createHash('sha256').update(firstScreenCss).digest('base64');
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves a placeholder page that says the build is missing, under the same CSP', async () => {
    const answer = await bare.inject('/');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('has not been built yet');
    expect(answer.body).not.toContain('<script');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
