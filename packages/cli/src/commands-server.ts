import type { Command } from 'commander';
import { registerBackup } from './server-commands/backup.js';
import { registerMigrate } from './server-commands/migrate.js';
import { registerServe } from './server-commands/serve.js';
import { type Io, processIo } from './server-commands/shared.js';
import { registerUser } from './server-commands/user.js';

/**
 * Operator commands: serve, migrate, user add, backup, restore. They read the
 * same CRICK_* settings as the server; main.ts calls this once.
 */
export function registerServerCommands(program: Command, io: Io = processIo): void {
  registerServe(program, io);
  registerMigrate(program, io);
  registerUser(program, io);
  registerBackup(program, io);
}
