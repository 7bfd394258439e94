import type { CrickDatabase, RecordStore, SessionFinder } from '@crick/db';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { LoginBackoff } from './login-guard.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What the routes share: the database, the clock, and the door's settings. */
export interface RouteContext {
  readonly database: CrickDatabase;
  readonly records: RecordStore;
  /** Who a session token's hash belongs to (see sessionFinder). */
  readonly findSessionUser: SessionFinder;
  readonly now: () => Date;
  readonly tls: boolean;
  readonly backoff: LoginBackoff;
  /** Sign-up and log-in attempts allowed per client address per minute. */
  readonly authAttemptsPerMinute: number;
  /** GP hand-offs one client address may store per hour. */
  readonly handoffsPerHour: number;
  /** The server's VAPID public key, base64url (see push.ts). */
  readonly vapidPublicKey: string;
  /** The database's restore epoch, as last read (see epoch.ts in the db package). */
  epoch(): string;
}
