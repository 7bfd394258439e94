import type { Command } from 'commander';
import { type Io, run, serverModule } from './shared.js';

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description(
      'Serve the web app and the API (reads CRICK_PORT, CRICK_HOST, CRICK_DB, CRICK_DATABASE_URL, ...)',
    )
    .option('-p, --port <port>', 'port to listen on (overrides CRICK_PORT)')
    .action((options: { port?: string }) =>
      run(io, async () => {
        const env = options.port === undefined ? io.env : { ...io.env, CRICK_PORT: options.port };
        const { closeOnSignals, loadConfig, startServer } = await serverModule();
        const server = await startServer(loadConfig(env));
        closeOnSignals(server);
      }),
    );
}
