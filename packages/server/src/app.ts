import { AppError, validate } from '@crick/core';
import { type CrickDatabase, sessionFinder } from '@crick/db';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TSchema } from 'typebox';
import { compiledCheck } from './checking.js';
import type { App, RouteContext } from './context.js';
import { sendError } from './errors.js';
import { parseJsonBodies, refuseWhileClosing } from './json-body.js';
import { databaseRateLimitStore, LoginBackoff } from './login-guard.js';
import { serverVapidKeys } from './push.js';
import { followEpoch } from './restore-epoch.js';
import { authRoutes } from './routes/auth.js';
import { clinicianPatientRoutes } from './routes/clinician.js';
import { clinicianPatientListRoute } from './routes/clinician-patients.js';
import { exportRoutes } from './routes/export.js';
import { handoffRoutes } from './routes/handoffs.js';
import { healthRoutes } from './routes/health.js';
import { meRoutes } from './routes/me.js';
import { pushRoutes } from './routes/push.js';
import { shareRoutes } from './routes/shares.js';
import { syncRoutes } from './routes/sync.js';
import { addOriginCheck, addSecurityHeaders } from './security.js';
import { inlineStyleHashes, serveWeb } from './web.js';

/** Largest request body: a full sync of 1000 records fits well inside. */
export const BODY_LIMIT = 4 * 1024 * 1024;

export interface AppOptions {
  readonly database: CrickDatabase;
  readonly logger?: FastifyServerOptions['logger'];
  readonly now?: () => Date;
  readonly tls?: boolean;
  readonly trustProxy?: boolean;
  readonly publicOrigin?: string | undefined;
  /** Folder of the web build; without one, only the API and a placeholder page are served. */
  readonly webDir?: string | undefined;
  readonly authAttemptsPerMinute?: number;
  /** GP hand-offs one client address may store per hour (routes/handoffs.ts). */
  readonly handoffsPerHour?: number;
}

/**
 * Log lines carry method, path, status and timing: never bodies, headers,
 * tokens, passwords or query strings (which could hold anything).
 */
export function loggerOptions(level: string, stream?: { write(line: string): void }) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers',
        'req.body',
        'res.headers',
        'body',
        'password',
        'token',
        '*.password',
        '*.token',
        'err.detail',
        'err.parameters',
      ],
      censor: '[redacted]',
    },
    serializers: {
      // A route with parameters is logged by its pattern: a patient's or a share's id stays out of the log.
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        // A hand-off's id stays out of the log too: with the link's key it opens a report.
        path: req.routeOptions?.url?.includes(':')
          ? req.routeOptions.url
          : req.url.split('?')[0]?.replace(/^\/api\/handoffs\/[^/]+/, '/api/handoffs/:id'),
      }),
    },
  };
}

/** Validation by the core's checker, so every side names fields the same way. */
function validatorCompiler({ schema }: { schema: TSchema }) {
  const quick = compiledCheck(schema);
  return (data: unknown) => {
    if (quick(data)) return { value: data };
    // Fastify passes null for a missing body: report it as missing, not as "null".
    const checked = validate(schema, data ?? undefined);
    if (checked.ok) return { value: data };
    const first = checked.error[0];
    const field = first?.field === '(root)' ? 'body' : (first?.field ?? 'body');
    const message =
      first?.field === '(root)' || first === undefined
        ? '"body" must be a JSON object with the fields this route expects'
        : checked.error.map((e) => e.message).join('; ');
    return { error: new AppError('invalid_input', message, field) };
  };
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    // In-flight requests finish on close; idle keep-alive sockets are closed at once.
    forceCloseConnections: 'idle',
    // Answered by refuseWhileClosing instead, in the API's error format.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler as never);

  // JSON only: a cross-site HTML form (urlencoded, multipart, text/plain) gets 415.
  app.removeContentTypeParser(['text/plain']);
  parseJsonBodies(app);
  refuseWhileClosing(app);

  const ctx: RouteContext = {
    epoch: await followEpoch(app, options.database),
    database: options.database,
    records: options.database.records,
    findSessionUser: sessionFinder(options.database.db, options.database.postgres),
    now: options.now ?? (() => new Date()),
    tls: options.tls ?? false,
    backoff: new LoginBackoff(options.database),
    authAttemptsPerMinute: options.authAttemptsPerMinute ?? 20,
    handoffsPerHour: options.handoffsPerHour ?? 30,
    vapidPublicKey: (await serverVapidKeys(options.database)).publicKey,
  };

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // Counted in the database, so the limit holds across every server on it.
    store: databaseRateLimitStore(options.database, ctx.now),
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('rate_limited', `Too many attempts: try again in ${context.after}`);
      return Object.assign(error, { statusCode: 429 });
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Crick API',
        version: '1',
        description: 'Accounts, offline sync and export for Crick. Errors: {error: {code, message, field?}}.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the API is on the same origin as the server that serves this document.
      servers: [{ url: '/', description: 'this Crick server' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'crick_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });

  addSecurityHeaders(app, ctx.tls, options.webDir ? inlineStyleHashes(options.webDir) : []);
  addOriginCheck(app, options.publicOrigin, ctx.tls);
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  meRoutes(app, ctx);
  syncRoutes(app, ctx);
  exportRoutes(app, ctx);
  handoffRoutes(app, ctx);
  pushRoutes(app, ctx);
  shareRoutes(app, ctx);
  clinicianPatientRoutes(app, ctx);
  clinicianPatientListRoute(app, ctx);

  const notFound = (request: { url: string }) => {
    throw new AppError('not_found', `No route for ${request.url.split('?')[0]}`);
  };
  if (options.webDir) {
    await serveWeb(app, options.webDir, notFound);
  } else {
    app.setNotFoundHandler(notFound);
  }
  return app;
}
