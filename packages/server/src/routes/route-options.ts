import type { TSchema } from 'typebox';
import { ErrorBodySchema } from '../errors.js';

/** What a route of the API says of its own: the rest is the same for every route of its tag. */
interface OwnSchema {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: TSchema;
  readonly body?: TSchema;
  /** By status; every 4xx answers the API's one error body. */
  readonly response: Readonly<Record<number, unknown>>;
}

/**
 * The options of the routes of one tag of the OpenAPI document (sharing, clinician):
 * the route's own schema, with its tag and the error body every 4xx answers. One
 * home, so that a route file says only what its routes do.
 */
export const routesTagged =
  (tag: string) =>
  <const S extends OwnSchema>(schema: S) => ({
    schema: { ...schema, tags: [tag], response: { ...schema.response, '4xx': ErrorBodySchema } },
  });
