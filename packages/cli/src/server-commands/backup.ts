import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../io.js';
import { describeTarget, type Io, run, serverModule, withDatabase } from './shared.js';

/** A backup goes to a new file in a folder that exists and can be written to. */
function checkNewFile(file: string): void {
  const fail = (message: string) => {
    throw new InputError([{ field: 'FILE', message: `"FILE" ${message}` }]);
  };
  if (existsSync(file)) fail(`${file} already exists; choose a new file name`);
  const folder = dirname(file);
  if (!existsSync(folder)) fail(`cannot be written: the folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) fail(`cannot be written: ${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    fail(`cannot be written: the folder ${folder} is not writable`);
  }
}

export function registerBackup(program: Command, io: Io): void {
  program
    .command('backup')
    .description('Write a consistent copy of the database to FILE (safe while serving)')
    .argument('<file>', 'a new file: a SQLite database (SQLite) or a JSON dump (PostgreSQL)')
    .action((file: string) =>
      run(io, async () => {
        checkNewFile(resolve(file));
        await withDatabase(io, async (database, config) => {
          const { backupDatabase } = await serverModule();
          const report = await backupDatabase(database, resolve(file));
          io.out(`backed up ${describeTarget(config)} to ${report.file} (${report.format})`);
        });
      }),
    );

  program
    .command('restore')
    .description(
      'Replace everything in the database with the contents of a backup FILE. Refused while a server ' +
        'uses the database (its heartbeat is fresh), unless --force; devices then push and pull everything.',
    )
    .argument('<file>', 'a file made by `crick backup` (either format, into either database)')
    .option('--force', 'restore even though a server seems to be running (restart it afterwards)')
    .action((file: string, options: { force?: boolean }) =>
      run(io, () =>
        withDatabase(io, async (database, config) => {
          const { restoreDatabase } = await serverModule();
          const report = await restoreDatabase(database, resolve(file), { force: options.force === true });
          io.out(
            `restored ${describeTarget(config)} from ${resolve(file)}: ` +
              `${report.users} accounts, ${report.sessions} sessions, ${report.records} records, ` +
              `${report.handoffs} GP hand-offs, ${report.pushSubscriptions} push subscriptions ` +
              `(restore epoch ${report.epoch}: devices will push and pull everything at their next sync)`,
          );
        }),
      ),
    );
}
