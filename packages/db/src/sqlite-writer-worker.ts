// The writer thread of SqliteWriter: its own connection to the SQLite file,
// group commits of the sync exchanges it is sent, one answer per exchange
// after the commit.
import { parentPort, workerData } from 'node:worker_threads';
import { Kysely, SqliteDialect } from 'kysely';
import { openSqliteFile } from './connect.js';
import { GroupCommit } from './group-commit.js';
import type { Database } from './schema.js';
import { DirectSqlite } from './sqlite-direct.js';
import type { WriterAnswer, WriterMessage, WriterRequest } from './sqlite-writer.js';
import { SyncStatements } from './sync-statements.js';
import type { SyncOutcome } from './sync-types.js';

const port = parentPort;
if (!port) throw new Error('sqlite-writer-worker runs as a worker thread');

const sqlite = openSqliteFile((workerData as { file: string }).file);
// Kysely builds the statements (for SQLite's dialect); DirectSqlite runs them.
const statements = new SyncStatements(
  new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
);
const direct = new DirectSqlite(sqlite);
const group = new GroupCommit<SyncOutcome>(direct);

/** Answers of this turn, sent together once the group's answers are all in. */
let outbox: WriterAnswer[] = [];
function answer(a: WriterAnswer): void {
  if (outbox.length === 0) queueMicrotask(flush);
  outbox.push(a);
}
function flush(): void {
  const answers = outbox;
  outbox = [];
  port?.postMessage(answers);
}

port.on('message', (message: WriterMessage) => {
  if ('close' in message) {
    void group
      .idle()
      .then(() => direct.close())
      .then(() => port.close());
    return;
  }
  for (const request of message.requests) store(request);
});

function store(request: WriterRequest): void {
  group
    .run((tx) => statements.sync(tx, request.userId, request.cursor, request.changes))
    .then(
      (outcome) => answer({ n: request.n, outcome }),
      (error: unknown) => {
        const { message, code } = error as { message?: unknown; code?: unknown };
        answer({
          n: request.n,
          error: {
            message: typeof message === 'string' ? message : String(error),
            ...(typeof code === 'string' ? { code } : {}),
          },
        });
      },
    );
}
