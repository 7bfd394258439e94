import type { Compilable, CompiledQuery, QueryResult } from 'kysely';

/** Anything that runs a compiled query: a Kysely instance or a transaction. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/**
 * A query Kysely builds once and the hot path runs many times with new
 * values. Building a query (walking its tree, compiling SQL) costs more than
 * SQLite takes to run a small one; the sync route runs the same few queries
 * thousands of times a second. The SQL is still Kysely's, for each dialect.
 *
 * `build` receives `slot(i)`, a marker to put where the i-th value goes; the
 * markers are found in the compiled parameters, so the builder's own order
 * of parameters never has to be known. Any other value is a constant.
 */
export class PreparedQuery<Row> {
  readonly #compiled: CompiledQuery<Row>;
  /** For each compiled parameter: the slot it takes its value from, or -1 for a constant. */
  readonly #slots: readonly number[];

  constructor(build: (slot: Slot) => Compilable<Row>) {
    const compiled = build(marker).compile();
    this.#slots = compiled.parameters.map((p) =>
      typeof p === 'string' && p.startsWith(MARKER) ? Number(p.slice(MARKER.length)) : -1,
    );
    this.#compiled = compiled;
  }

  /** Runs with `values[i]` in slot i. */
  execute(db: QueryRunner, values: readonly unknown[]): Promise<QueryResult<Row>> {
    const fixed = this.#compiled.parameters;
    const parameters = this.#slots.map((slot, at) => (slot < 0 ? fixed[at] : values[slot]));
    return db.executeQuery<Row>({ ...this.#compiled, parameters });
  }
}

/** Where the i-th value goes; typed as whatever the builder expects there. */
export type Slot = <T = string>(i: number) => T;

const MARKER = '\u0000crick-slot-';
const marker: Slot = <T>(i: number) => `${MARKER}${i}` as T;

/**
 * Sizes of the chunks a list of `n` items is cut into so that a few cached
 * statement shapes (every size up to 32, then 100 and 500) serve any length:
 * 10 → [10]; 1234 → [500, 500, 100, 100, 32, 2].
 */
export function chunkSizes(n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  for (const size of [500, 100, 32]) {
    while (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  if (left > 0) sizes.push(left);
  return sizes;
}

/** One prepared query per list length, made on first use. */
export class PreparedBySize<Row> {
  readonly #bySize = new Map<number, PreparedQuery<Row>>();
  readonly #build: (size: number, slot: Slot) => Compilable<Row>;

  constructor(build: (size: number, slot: Slot) => Compilable<Row>) {
    this.#build = build;
  }

  for(size: number): PreparedQuery<Row> {
    let query = this.#bySize.get(size);
    if (!query) {
      query = new PreparedQuery((slot) => this.#build(size, slot));
      this.#bySize.set(size, query);
    }
    return query;
  }
}

const byDatabase = new WeakMap<object, Map<string, unknown>>();

/** The one `name` thing for this database (a Kysely instance), made on first use. */
export function perDatabase<T>(db: object, name: string, make: () => T): T {
  let things = byDatabase.get(db);
  if (!things) {
    things = new Map();
    byDatabase.set(db, things);
  }
  if (!things.has(name)) things.set(name, make());
  return things.get(name) as T;
}

/**
 * The prepared query `name` for this database, built on first use. (One per
 * Kysely instance: the SQL depends on its dialect.)
 */
export function preparedFor<Row>(
  db: object,
  name: string,
  build: (slot: Slot) => Compilable<Row>,
): PreparedQuery<Row> {
  return perDatabase(db, `query:${name}`, () => new PreparedQuery(build));
}
