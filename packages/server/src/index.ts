export * from './api-schemas.js';
export { type AppOptions, buildApp, loggerOptions } from './app.js';
export { hashPassword } from './auth.js';
export * from './config.js';
export type { App } from './context.js';
export { toFhirBundle } from './fhir.js';
export * from './run.js';
