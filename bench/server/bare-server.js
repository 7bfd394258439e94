// The yardstick: Fastify with one route and nothing else, in its own process.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
// A second yardstick for the push: the same JSON body parsed, a minimal answer, no other work.
app.post('/sync', async (request) => ({
  cursor: String(request.body.changes.length),
  changes: [],
  rejected: [],
}));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ ready: url });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
