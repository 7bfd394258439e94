// What the operator commands need from the database layer, so the CLI depends on the server package alone.
export {
  BackupFileError,
  backupDatabase,
  type CrickDatabase,
  findUserByEmail,
  insertUser,
  migrateToLatest,
  openDatabase,
  type Role,
  restoreDatabase,
  roles,
  ServerRunningError,
  setUserRole,
} from '@crick/db';
export * from './api-schemas.js';
export { type AppOptions, buildApp, loggerOptions } from './app.js';
export { hashPassword } from './auth.js';
export * from './config.js';
export type { App } from './context.js';
export { toFhirBundle } from './fhir.js';
export * from './run.js';
