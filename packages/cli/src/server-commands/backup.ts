import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describeTarget, type Io, run, serverModule, withDatabase } from './shared.js';

export function registerBackup(program: Command, io: Io): void {
  program
    .command('backup')
    .description('Write a consistent copy of the database to FILE (safe while serving)')
    .argument('<file>', 'a new file: a SQLite database (SQLite) or a JSON dump (PostgreSQL)')
    .action((file: string) =>
      run(io, () =>
        withDatabase(io, async (database, config) => {
          const { backupDatabase } = await serverModule();
          const report = await backupDatabase(database, resolve(file));
          io.out(`backed up ${describeTarget(config)} to ${report.file} (${report.format})`);
        }),
      ),
    );

  program
    .command('restore')
    .description('Replace everything in the database with the contents of a backup FILE')
    .argument('<file>', 'a file made by `crick backup` (either format, into either database)')
    .action((file: string) =>
      run(io, () =>
        withDatabase(io, async (database, config) => {
          const { restoreDatabase } = await serverModule();
          const report = await restoreDatabase(database, resolve(file));
          io.out(
            `restored ${describeTarget(config)} from ${resolve(file)}: ` +
              `${report.users} accounts, ${report.sessions} sessions, ${report.records} records`,
          );
        }),
      ),
    );
}
