// Crick's server as `npm start` runs it (built dist), in its own process.
import { closeOnSignals, loadConfig, startServer } from '../../packages/server/dist/index.js';

const server = await startServer(loadConfig({ ...process.env, CRICK_PORT: '0', CRICK_HOST: '127.0.0.1' }));
closeOnSignals(server);
process.send?.({ ready: server.url });
