import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });

/**
 * The real server (crick serve) on a free port with a throwaway SQLite file,
 * serving a fresh web build: the same origin, cookies and CSP a person gets.
 */
export class CrickServer {
  readonly url: string;
  readonly #process: ChildProcess;
  readonly #work: string;
  private constructor(url: string, process: ChildProcess, work: string) {
    this.url = url;
    this.#process = process;
    this.#work = work;
  }

  static async start(): Promise<CrickServer> {
    const work = mkdtempSync(join(tmpdir(), 'crick-e2e-server-'));
    const web = join(work, 'web');
    execFileSync('npx', ['vite', 'build', '--outDir', web, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(root, 'packages/web'),
    });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [join(root, 'packages/cli/bin/crick.js'), 'serve'], {
      cwd: root,
      env: {
        ...process.env,
        CRICK_PORT: String(port),
        CRICK_HOST: '127.0.0.1',
        CRICK_DB: join(work, 'crick.db'),
        CRICK_WEB_DIR: web,
        CRICK_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const server = new CrickServer(url, child, work);
    let gone = false;
    const exited = new Promise<never>((_, fail) =>
      child.once('exit', (code) => {
        gone = true;
        fail(new Error(`the server exited (${code}) before it answered`));
      }),
    );
    // Wait for the server itself: its first answer on /health, or its exit.
    const answered = (async () => {
      while (!gone) {
        const up = await fetch(`${url}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    await Promise.race([answered, exited]);
    return server;
  }

  /** Signs in over the API, as another device would, and returns that device's cookie. */
  async logIn(email: string, password: string): Promise<{ status: number; cookie: string }> {
    const r = await fetch(`${this.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.url },
      body: JSON.stringify({ email, password }),
    });
    return { status: r.status, cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  }

  /** The server's copy of a person's entries, read with that person's cookie. */
  async exported(cookie: string): Promise<{ type: string }[]> {
    const r = await fetch(`${this.url}/api/export`, { headers: { cookie } });
    if (!r.ok) throw new Error(`export answered ${r.status}`);
    const body = (await r.json()) as { records?: { type: string }[] };
    return body.records ?? [];
  }

  stop(): void {
    this.#process.kill('SIGTERM');
    rmSync(this.#work, { recursive: true, force: true });
  }
}
