/** The PostgreSQL for the tests: CRICK_TEST_DATABASE_URL's, or a throwaway cluster. */
export function ensurePostgres(): Promise<{ url: string; stop: () => Promise<void> }>;
/** A throwaway cluster of its own (never the shared one), for tests that stop or restart it. */
export function startThrowawayCluster(): Promise<{
  url: string;
  stop: () => Promise<void>;
  /** pg_ctl restart -m fast: every connection is cut, the data stays. */
  restart: () => Promise<void>;
  /** pg_ctl stop -m fast. */
  halt: () => Promise<void>;
  /** pg_ctl start after halt(). */
  resume: () => Promise<void>;
}>;
