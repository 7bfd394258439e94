import { type Kysely, PostgresAdapter } from 'kysely';

/** Whether this database speaks PostgreSQL (a server, or PGlite) rather than SQLite. */
// biome-ignore lint/suspicious/noExplicitAny: any database schema
export const onPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
