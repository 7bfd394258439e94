import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

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

/** Resolves when the server's log says it listens (the port is open); fails if it exits first. */
const listening = (child: ChildProcess) =>
  new Promise<void>((ok, fail) => {
    // Every line is read to the end, so the log can never fill the pipe and stall the server.
    createInterface({ input: child.stdout as NonNullable<ChildProcess['stdout']> }).on('line', (line) => {
      if (/^\{.*"msg":"Server listening at /.test(line)) ok();
    });
    child.once('exit', (code) => fail(new Error(`crick serve exited (${code}) before it listened`)));
  });

/**
 * The real server (crick serve) on a free port with a throwaway SQLite file,
 * serving the web build Playwright's webServer made before any test ran
 * (packages/web/dist): the same origin, cookies and CSP a person gets. It does
 * not build again: Vite refuses two builds of one project at once, and the
 * specs that need a server run in parallel workers.
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

  /** The SQLite file, for a test that reads what the server stored straight from it. */
  get databaseFile(): string {
    return join(this.#work, 'crick.db');
  }

  /**
   * Starts a server; `work` reuses the folder (and so the database) of one
   * stopped with `stopKeepingData`, and `env` adds settings (such as
   * CRICK_CLOCK_OFFSET_DAYS, to see expiry without waiting for it).
   */
  static async start(options: { work?: string; env?: Record<string, string> } = {}): Promise<CrickServer> {
    const work = options.work ?? mkdtempSync(join(tmpdir(), 'crick-e2e-server-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [join(root, 'packages/cli/bin/crick.js'), 'serve'], {
      cwd: root,
      env: {
        ...process.env,
        CRICK_PORT: String(port),
        CRICK_HOST: '127.0.0.1',
        CRICK_DB: join(work, 'crick.db'),
        CRICK_WEB_DIR: join(root, 'packages/web/dist'),
        CRICK_LOG_LEVEL: 'info',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await listening(child);
    return new CrickServer(url, child, work);
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

  /** Stops the server (SIGTERM, waiting for it to exit) and keeps its folder: returns it, for `start({ work })`. */
  async stopKeepingData(): Promise<string> {
    if (this.#process.exitCode === null) {
      const exited = new Promise((ok) => this.#process.once('exit', ok));
      this.#process.kill('SIGTERM');
      await exited;
    }
    return this.#work;
  }

  stop(): void {
    this.#process.kill('SIGTERM');
    rmSync(this.#work, { recursive: true, force: true });
  }
}
