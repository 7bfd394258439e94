import type { Config, CrickDatabase } from '@crick/server';
import { EXIT_BAD_INPUT, EXIT_FAILED, InputError } from '../io.js';

/**
 * The server package, loaded only when an operator command runs: `crick triage`
 * and `crick plan` should not pay for Fastify and the database drivers.
 */
export const serverModule = () => import('@crick/server');

/** Output goes through here so tests can read it. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Reads all of standard input (for --password-stdin). */
  readStdin(): Promise<string>;
  isTty: boolean;
  env: Record<string, string | undefined>;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  isTty: Boolean(process.stdin.isTTY),
  env: process.env,
};

/** The configured database, or a clear message naming the bad setting. */
export async function configFrom(io: Io): Promise<Config> {
  const { loadConfig } = await serverModule();
  return loadConfig(io.env);
}

export async function withDatabase<T>(io: Io, work: (database: CrickDatabase, config: Config) => Promise<T>) {
  const config = await configFrom(io);
  const { openDatabase } = await serverModule();
  const database = await openDatabase(config.database);
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

export const describeTarget = (config: Config) =>
  config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL (CRICK_DATABASE_URL)';

/**
 * Runs a command's body; an expected failure prints one line and sets the
 * exit code: 2 for bad input (the field named), 1 for anything else.
 */
export async function run(io: Io, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const { BackupFileError, ConfigError } = await serverModule();
    const input =
      error instanceof BackupFileError
        ? new InputError([{ field: error.field, message: error.message }])
        : error instanceof ConfigError
          ? new InputError([{ field: error.variable, message: error.message }])
          : error;
    io.err(input instanceof Error ? `crick: ${input.message}` : String(input));
    process.exitCode = input instanceof InputError ? EXIT_BAD_INPUT : EXIT_FAILED;
  }
}
