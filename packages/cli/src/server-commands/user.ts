import { randomBytes, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { findUnstorableText, validate } from '@crick/core';
import type { Role } from '@crick/server';
import { type Command, Option } from 'commander';
import { InputError } from '../io.js';
import { type Io, run, serverModule, withDatabase } from './shared.js';

/** Asks without echoing what is typed. */
async function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = true;
  const text = await answer;
  rl.close();
  process.stdout.write('\n');
  return text;
}

async function choosePassword(io: Io, fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (fromStdin) return { password: (await io.readStdin()).replace(/\r?\n$/, ''), generated: false };
  if (io.isTty)
    return { password: await promptHidden('Password (at least 8 characters): '), generated: false };
  return { password: randomBytes(15).toString('base64url'), generated: true };
}

export function registerUser(program: Command, io: Io): void {
  const user = program.command('user').description('Manage accounts');
  user
    .command('add')
    .description('Add a clinician or admin account (people sign up in the app)')
    .argument('<email>', 'their email address')
    .addOption(
      new Option('--role <role>', 'their role').choices(['clinician', 'admin']).makeOptionMandatory(),
    )
    .option('--name <name>', "a clinician's display name, shown to the people who share with them")
    .option('--password-stdin', 'read the password from standard input')
    .action((emailArg: string, options: { role: Role; name?: string; passwordStdin?: boolean }) =>
      run(io, async () => {
        const email = emailArg.trim().toLowerCase();
        const name = options.name?.trim();
        if (name !== undefined && options.role !== 'clinician')
          throw new InputError([
            { field: 'name', message: '"--name" is for a clinician (an admin has none)' },
          ]);
        if (name !== undefined && (name.length < 1 || name.length > 80))
          throw new InputError([{ field: 'name', message: '"--name" must be 1 to 80 characters' }]);
        const { CredentialsSchema, hashPassword, insertUser, migrateToLatest } = await serverModule();
        const { password, generated } = await choosePassword(io, options.passwordStdin === true);
        // As the API refuses them: text one database would store and another not.
        const unstorable = findUnstorableText({ email, password, ...(name === undefined ? {} : { name }) });
        if (unstorable) throw new InputError([unstorable]);
        const checked = validate(CredentialsSchema, { email, password });
        if (!checked.ok) {
          // The schema's own words for the address would quote its regular expression.
          throw new InputError(
            checked.error.map((e) =>
              e.field === 'email'
                ? { field: 'email', message: `"email" must be an email address, like name@clinic.example` }
                : e,
            ),
          );
        }
        await withDatabase(io, async (database) => {
          await migrateToLatest(database.db);
          const added = await insertUser(database.db, {
            id: randomUUID(),
            email,
            passwordHash: await hashPassword(password),
            role: options.role,
            name: name ?? null,
            now: new Date().toISOString(),
          });
          if (!added.ok) throw new Error(`an account for ${email} already exists`);
          io.out(`added ${options.role} ${email}`);
          if (generated) io.out(`password (shown once, pass it on safely): ${password}`);
        });
      }),
    );
}
