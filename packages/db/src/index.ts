export * from './backup.js';
export * from './connect.js';
export * from './epoch.js';
export * from './migrate.js';
export { PgliteDialect } from './pglite-dialect.js';
export * from './presence.js';
export * from './records.js';
export * from './schema.js';
export * from './users.js';
