import { AppError, findUnstorableText } from '@crick/core';
import type { App } from './context.js';

/**
 * Every JSON body, parsed by one parser for every route: JSON.parse, then a
 * walk that refuses what no database should be handed (a NUL, a lone
 * surrogate, a `__proto__` key; see findUnstorableText), naming the field.
 * So input reaches the routes the same on SQLite and PostgreSQL, and no
 * route can get a 500 from a string. (Fastify's own parser called a
 * `__proto__` key "not valid JSON".) JSON.parse makes `__proto__` an own
 * property, never a prototype; the walk refuses it before anything else
 * sees the value.
 */
export function parseJsonBodies(app: App): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') {
      done(new AppError('invalid_input', '"body" must be a JSON object, not empty', 'body'), undefined);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // The parser's own message quotes the body; the sender knows what it sent.
      done(new AppError('invalid_input', '"body" is not valid JSON', 'body'), undefined);
      return;
    }
    const unstorable = mayHoldUnstorable(text) ? findUnstorableText(value) : undefined;
    if (unstorable) {
      done(new AppError('invalid_input', unstorable.message, unstorable.field), undefined);
      return;
    }
    done(null, value);
  });
}

/**
 * Whether the JSON text could hold what findUnstorableText refuses: JSON can
 * write a NUL or a lone surrogate only as a `\u` escape (a raw control
 * character is not JSON, and the body was decoded from UTF-8, which has no
 * lone surrogates), and a prototype key only by its name. Most bodies have
 * none of these, and skip the walk (which cost as much again as JSON.parse).
 */
const SUSPECT = /\\u0000|\\u[dD][89a-fA-F]|__proto__|prototype/;
export const mayHoldUnstorable = (text: string): boolean => SUSPECT.test(text);

/**
 * A request that arrives while the server closes gets 503 in the API's
 * error format (Fastify's own answer has another shape), and its
 * connection is closed so the client goes elsewhere.
 */
export function refuseWhileClosing(app: App): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (_request, reply, done) => {
    if (!closing) return done();
    reply.header('connection', 'close');
    done(new AppError('unavailable', 'The server is shutting down: try again shortly'));
  });
}
