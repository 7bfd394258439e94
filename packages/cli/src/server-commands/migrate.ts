import type { Command } from 'commander';
import { describeTarget, type Io, run, serverModule, withDatabase } from './shared.js';

export function registerMigrate(program: Command, io: Io): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (safe to run again)')
    .action(() =>
      run(io, () =>
        withDatabase(io, async (database, config) => {
          const { migrateToLatest } = await serverModule();
          const { applied } = await migrateToLatest(database.db);
          io.out(
            applied.length === 0
              ? `${describeTarget(config)}: already up to date`
              : `${describeTarget(config)}: applied ${applied.join(', ')}`,
          );
        }),
      ),
    );
}
