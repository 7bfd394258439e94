import { type CrickDatabase, HEARTBEAT_MS, readEpoch } from '@crick/db';
import type { App } from './context.js';

/**
 * The database's restore epoch as this server knows it: read at start and
 * again every heartbeat. A restore is refused while a server runs, so only a
 * forced one changes it under us, and then for at most one heartbeat.
 */
export async function followEpoch(app: App, database: CrickDatabase): Promise<() => string> {
  let epoch = await readEpoch(database.db);
  const refresh = setInterval(() => {
    readEpoch(database.db).then(
      (current) => {
        epoch = current;
      },
      // The database is away: keep the last one read.
      () => {},
    );
  }, HEARTBEAT_MS);
  refresh.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(refresh);
    done();
  });
  return () => epoch;
}
