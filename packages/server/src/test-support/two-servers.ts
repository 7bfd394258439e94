import { type CrickDatabase, migrateToLatest, openDatabase } from '@crick/db';
import { createPostgresDatabase } from '@crick/db/testing';
import { type AppOptions, buildApp } from '../app.js';
import type { App } from '../context.js';

export interface RunningServer {
  readonly app: App;
  readonly database: CrickDatabase;
  readonly url: string;
}

/**
 * Two servers, each with its own connections, on one fresh PostgreSQL database: as
 * behind a load balancer. Both migrate, as two servers starting at once do; the second
 * finds nothing to do. `stop` closes both and drops the database.
 */
export async function startTwoServers(
  options: Omit<AppOptions, 'database'>,
): Promise<{ servers: [RunningServer, RunningServer]; stop: () => Promise<void> }> {
  const created = await createPostgresDatabase();
  const servers: RunningServer[] = [];
  for (let i = 0; i < 2; i++) {
    const database = await openDatabase({ kind: 'postgres', url: created.url });
    await migrateToLatest(database.db);
    const app = await buildApp({ database, ...options });
    servers.push({ app, database, url: await app.listen({ port: 0, host: '127.0.0.1' }) });
  }
  const stop = async () => {
    for (const s of servers) {
      await s.app.close();
      await s.database.close();
    }
    await created.drop();
  };
  return { servers: servers as [RunningServer, RunningServer], stop };
}
