// `node packages/server/dist/main.js`: reads CRICK_* from the environment and serves.
import { ConfigError, loadConfig } from './config.js';
import { closeOnSignals, startServer } from './run.js';

try {
  const server = await startServer(loadConfig(process.env));
  closeOnSignals(server);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
