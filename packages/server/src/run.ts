import { existsSync } from 'node:fs';
import {
  type CrickDatabase,
  deleteExpiredSessions,
  deleteStaleLoginGuard,
  migrateToLatest,
  openDatabase,
  Presence,
  sweepHandoffs,
} from '@crick/db';
import { buildApp, loggerOptions } from './app.js';
import type { Config } from './config.js';
import type { App } from './context.js';
import { PushScheduler, serverVapidKeys } from './push.js';

/** How often expired GP hand-offs are emptied (they are refused from their expiry on regardless). */
const HANDOFF_SWEEP_MS = 10 * 60 * 1000;

/** How long in-flight requests get to finish on shutdown. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  readonly app: App;
  readonly database: CrickDatabase;
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens and migrates the database, then serves the API and the web app. */
export async function startServer(config: Config): Promise<RunningServer> {
  const offsetMs = config.clockOffsetDays * 86_400_000;
  const now = () => new Date(Date.now() + offsetMs);
  const database = await openDatabase(config.database);
  const migrated = await migrateToLatest(database.db);
  await sweepHandoffs(database.db, now());
  await deleteExpiredSessions(database.db, new Date().toISOString());
  await deleteStaleLoginGuard(database.db, new Date());
  await database.records.open?.();
  // So `crick restore` can tell that this server is using the database (see presence.ts).
  const presence = new Presence(database.db);
  await presence.start();
  const app = await buildApp({
    database,
    logger: loggerOptions(config.logLevel),
    tls: config.tls,
    trustProxy: config.trustProxy,
    publicOrigin: config.publicOrigin,
    webDir: config.webDir,
    authAttemptsPerMinute: config.authAttemptsPerMinute,
    handoffsPerHour: config.handoffsPerHour,
    now,
  });
  const sweeper = setInterval(() => {
    sweepHandoffs(database.db, now()).catch((error: unknown) =>
      app.log.warn({ err: error }, 'hand-off sweep failed; the next one tries again'),
    );
  }, HANDOFF_SWEEP_MS);
  sweeper.unref();
  // Reminders by Web Push while Crick is closed: every server runs the scheduler, claims make each go once.
  const pushes = new PushScheduler({
    database,
    keys: await serverVapidKeys(database),
    serverId: presence.id,
    contact: config.pushContact,
    log: app.log,
  });
  pushes.start();
  const where = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  app.log.info({ applied: migrated.applied }, `database ready (${where})`);
  if (!existsSync(`${config.webDir}/index.html`)) {
    app.log.warn(`no web build at ${config.webDir}: serving a placeholder page`);
  }
  const address = await app.listen({ port: config.port, host: config.host });
  let closing: Promise<void> | undefined;
  return {
    app,
    database,
    url: address,
    close: () => {
      closing ??= (async () => {
        clearInterval(sweeper);
        const started = Date.now();
        // A keep-alive socket whose request finishes after close() began stays
        // open until its timeout: reap sockets as they go idle, and after a
        // grace period close whatever is left.
        const reaper = setInterval(() => app.server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        try {
          await app.close();
        } finally {
          clearInterval(reaper);
          clearTimeout(deadline);
        }
        const requestsDone = Date.now();
        await pushes.stop().catch(() => {});
        await presence.stop().catch(() => {});
        await database.close();
        app.log.info(
          { requestsMs: requestsDone - started, databaseMs: Date.now() - requestsDone },
          'stopped',
        );
      })();
      return closing;
    },
  };
}

/** On SIGTERM or SIGINT: finish what is in flight, close, exit 0. */
export function closeOnSignals(server: RunningServer): void {
  const stop = (signal: string) => {
    server.app.log.info(`${signal}: finishing requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
