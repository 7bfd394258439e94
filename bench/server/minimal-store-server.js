// The push's yardstick: Fastify with one route that parses the same push body
// and stores its records durably, the simplest honest way: one transaction,
// one plain multi-row upsert (a later clock wins), nothing else. SQLite in WAL
// mode with synchronous=FULL, as Crick runs it; PostgreSQL with the server's
// own commit setting, as Crick gets it. No accounts, no validation, no cursor.
//
// BENCH_STORE=sqlite:<file> or BENCH_STORE=postgres://...
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const TABLE = `create table if not exists minimal_records (
  id text primary key, type text not null, updated_at text not null, deleted integer not null, data text)`;
const upsert = (rows, slot) =>
  `insert into minimal_records (id, type, updated_at, deleted, data) values ${Array.from(
    { length: rows },
    (_, r) => `(${[1, 2, 3, 4, 5].map((c) => slot(r * 5 + c)).join(', ')})`,
  ).join(', ')}
  on conflict (id) do update set updated_at = excluded.updated_at, deleted = excluded.deleted, data = excluded.data
  where minimal_records.updated_at < excluded.updated_at`;
const valuesOf = (changes) =>
  changes.flatMap((c) => [c.id, c.type, c.updatedAt, c.deleted ? 1 : 0, JSON.stringify(c.data)]);

const target = process.env.BENCH_STORE ?? '';
let store;
if (target.startsWith('sqlite:')) {
  const db = new Database(target.slice('sqlite:'.length));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(TABLE);
  const statements = new Map();
  const statementFor = (rows) => {
    if (!statements.has(rows)) statements.set(rows, db.prepare(upsert(rows, () => '?')));
    return statements.get(rows);
  };
  const save = db.transaction((changes) => statementFor(changes.length).run(valuesOf(changes)));
  store = async (changes) => save(changes);
} else if (target.startsWith('postgres')) {
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  await pool.query(TABLE);
  // One statement is one transaction; named, so each connection plans it once (as Crick's are).
  store = (changes) =>
    pool.query({
      name: `minimal_upsert_${changes.length}`,
      text: upsert(changes.length, (n) => `$${n}`),
      values: valuesOf(changes),
    });
} else {
  throw new Error('BENCH_STORE must be sqlite:<file> or a postgres:// URL');
}

const app = Fastify({ logger: false });
app.post('/sync', async (request) => {
  const { changes } = request.body;
  if (changes.length > 0) await store(changes);
  return { cursor: String(changes.length), changes: [], rejected: [] };
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ ready: url });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
