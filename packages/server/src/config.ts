import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FieldError, validate } from '@crick/core';
import type { DatabaseTarget } from '@crick/db';
import Type from 'typebox';

const Flag = Type.Union([Type.Literal('true'), Type.Literal('false'), Type.Literal('1'), Type.Literal('0')]);

/** The environment the server reads; every variable is optional and checked here, once. */
export const EnvSchema = Type.Object({
  CRICK_PORT: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$', description: 'TCP port, default 8080' })),
  CRICK_HOST: Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9.:\\-\\[\\]]+$' }),
  ),
  CRICK_DB: Type.Optional(Type.String({ minLength: 1, description: 'SQLite file, default ./data/crick.db' })),
  CRICK_DATABASE_URL: Type.Optional(
    Type.String({ pattern: '^postgres(ql)?://', description: 'postgres://... switches to PostgreSQL' }),
  ),
  CRICK_LOG_LEVEL: Type.Optional(
    Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  ),
  CRICK_TRUST_PROXY: Type.Optional(Flag),
  CRICK_TLS: Type.Optional(Flag),
  CRICK_ORIGIN: Type.Optional(
    Type.String({ pattern: '^https?://[^/]+$', description: 'public origin, no path' }),
  ),
  CRICK_WEB_DIR: Type.Optional(Type.String({ minLength: 1 })),
  CRICK_PUSH_CONTACT: Type.Optional(
    Type.String({
      pattern: '^(mailto:[^\\s@]+@[^\\s@]+|https://[^\\s]+)$',
      description: 'a mailto: or https: address the push services can reach the operator at',
    }),
  ),
  CRICK_AUTH_ATTEMPTS_PER_MINUTE: Type.Optional(
    Type.String({
      pattern: '^[1-9][0-9]{0,6}$',
      description: 'sign-up/log-in tries per client address per minute, default 20',
    }),
  ),
  CRICK_HANDOFFS_PER_HOUR: Type.Optional(
    Type.String({
      pattern: '^[1-9][0-9]{0,6}$',
      description: 'GP hand-offs stored per client address per hour, default 30',
    }),
  ),
  CRICK_CLOCK_OFFSET_DAYS: Type.Optional(
    Type.String({
      pattern: '^-?[0-9]{1,4}$',
      description: "tests only: the server's clock runs this many days ahead (expiry without waiting)",
    }),
  ),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  readonly logLevel: string;
  /** Trust X-Forwarded-* from a reverse proxy (for the client's address and protocol). */
  readonly trustProxy: boolean;
  /** Reached over HTTPS (here or at a proxy): cookies get Secure and responses HSTS. */
  readonly tls: boolean;
  /** Extra origin allowed on cookie-carrying requests, when the public address differs from Host. */
  readonly publicOrigin: string | undefined;
  readonly webDir: string;
  /** Sign-up and log-in attempts per client address per minute (a clinic behind one address may need more). */
  readonly authAttemptsPerMinute: number;
  /** GP hand-offs stored per client address per hour. */
  readonly handoffsPerHour: number;
  /** Days the server's clock runs ahead of the machine's: 0 but in tests of expiry. */
  readonly clockOffsetDays: number;
  /** The operator's contact in every Web Push request (VAPID `sub`, RFC 8292). */
  readonly pushContact: string;
}

export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`Bad setting ${variable}: ${message}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

const defaultWebDir = fileURLToPath(new URL('../../web/dist', import.meta.url));
const isOn = (flag: string | undefined) => flag === 'true' || flag === '1';

function firstProblem(errors: readonly FieldError[]): ConfigError {
  const problem = errors[0] ?? { field: '(root)', message: 'is not valid' };
  const variable = problem.field.split('.')[0] ?? problem.field;
  return new ConfigError(variable, problem.message);
}

/**
 * Reads the server's settings from the environment. Throws a ConfigError
 * naming the first bad variable, so a mistake stops the start at once.
 * CRICK_HOST defaults to `localhost` (this machine only): set `0.0.0.0` to
 * serve others, normally behind a TLS proxy with CRICK_TLS and CRICK_TRUST_PROXY.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in EnvSchema.properties && v !== undefined && v !== ''),
  );
  const checked = validate(EnvSchema, relevant);
  if (!checked.ok) throw firstProblem(checked.error);
  const e = checked.value;
  const port = e.CRICK_PORT === undefined ? 8080 : Number(e.CRICK_PORT);
  if (port > 65535) throw new ConfigError('CRICK_PORT', `must be a port number from 0 to 65535, not ${port}`);
  const database: DatabaseTarget = e.CRICK_DATABASE_URL
    ? { kind: 'postgres', url: e.CRICK_DATABASE_URL }
    : { kind: 'sqlite', file: resolve(cwd, e.CRICK_DB ?? './data/crick.db') };
  return {
    port,
    host: e.CRICK_HOST ?? 'localhost',
    database,
    logLevel: e.CRICK_LOG_LEVEL ?? 'info',
    trustProxy: isOn(e.CRICK_TRUST_PROXY),
    tls: isOn(e.CRICK_TLS),
    publicOrigin: e.CRICK_ORIGIN,
    webDir: e.CRICK_WEB_DIR ? resolve(cwd, e.CRICK_WEB_DIR) : defaultWebDir,
    authAttemptsPerMinute: e.CRICK_AUTH_ATTEMPTS_PER_MINUTE ? Number(e.CRICK_AUTH_ATTEMPTS_PER_MINUTE) : 20,
    handoffsPerHour: e.CRICK_HANDOFFS_PER_HOUR ? Number(e.CRICK_HANDOFFS_PER_HOUR) : 30,
    clockOffsetDays: e.CRICK_CLOCK_OFFSET_DAYS ? Number(e.CRICK_CLOCK_OFFSET_DAYS) : 0,
    // Push services want a way to reach whoever sends: the public https origin serves when there is one.
    pushContact:
      e.CRICK_PUSH_CONTACT ??
      (e.CRICK_ORIGIN?.startsWith('https://') ? e.CRICK_ORIGIN : 'mailto:operator@crick.invalid'),
  };
}
