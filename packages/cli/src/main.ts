import { Command, CommanderError } from 'commander';
import { registerContent } from './commands/content.js';
import { registerPlan } from './commands/plan.js';
import { registerSchema } from './commands/schema.js';
import { registerTriage } from './commands/triage.js';
import { registerVignettes } from './commands/vignettes.js';
import { registerServerCommands } from './commands-server.js';
import { EXIT_BAD_INPUT, EXIT_OK, failureOf } from './io.js';

export function buildProgram(): Command {
  const program = new Command('crick')
    .description(
      'Crick: neck-spasm relief. Triage, plans and the content library; serve and operate the server.',
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerTriage(program);
  registerPlan(program);
  registerContent(program);
  registerSchema(program);
  registerVignettes(program);
  registerServerCommands(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the command line; returns the exit code (2 for bad input, naming the field). */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (e) {
    // Commander has printed its own message (it names the option or argument).
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return EXIT_OK;
      return EXIT_BAD_INPUT;
    }
    const failure = failureOf(e);
    process.stderr.write(`${failure.line}\n`);
    return failure.code;
  }
}
