import type { Command } from 'commander';

/**
 * Operator commands (serve, migrate, user, backup, restore) are registered
 * here by the server package's owner; main.ts calls this once.
 */
export function registerServerCommands(_program: Command): void {}
