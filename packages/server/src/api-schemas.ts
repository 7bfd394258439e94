import { ExportFileSchema, recordTypes } from '@crick/core';
import { CURSOR_PATTERN } from '@crick/db';
import Type from 'typebox';

export const MAX_CHANGES = 1000;

export const CredentialsSchema = Type.Object(
  {
    email: Type.String({
      minLength: 3,
      maxLength: 254,
      pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
      description: 'an email address',
    }),
    password: Type.String({ minLength: 8, maxLength: 200, description: 'at least 8 characters' }),
  },
  { additionalProperties: false, title: 'Credentials' },
);

export const TokenSchema = Type.Object({ token: Type.String() }, { title: 'Token' });

export const MeSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    role: Type.Union([Type.Literal('person'), Type.Literal('clinician'), Type.Literal('admin')]),
  },
  { title: 'Me' },
);

/** A record as the server hands it out; the full per-type schema is `crick schema record`. */
export const RecordOutSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String({ description: `one of ${recordTypes.join(', ')}` }),
    updatedAt: Type.String(),
    deleted: Type.Boolean(),
    data: Type.Unknown(),
  },
  { title: 'Record' },
);

export const SyncRequestSchema = Type.Object(
  {
    cursor: Type.Union([Type.String({ pattern: CURSOR_PATTERN }), Type.Null()], {
      description: 'the cursor from the last answer (`<epoch>.<n>`, or `<n>`), or null for everything',
    }),
    changes: Type.Array(Type.Unknown(), {
      description: `records changed on the device since the last sync (at most ${MAX_CHANGES})`,
    }),
  },
  { additionalProperties: false, title: 'Sync request' },
);

export const SyncResponseSchema = Type.Object(
  {
    cursor: Type.String(),
    resync: Type.Optional(
      Type.Boolean({
        description: 'true when the server was restored since the cursor: push everything the device has',
      }),
    ),
    changes: Type.Array(RecordOutSchema),
    rejected: Type.Array(
      Type.Object({
        id: Type.Union([Type.String(), Type.Null()]),
        reason: Type.String(),
        field: Type.String(),
      }),
    ),
  },
  { title: 'Sync response' },
);

/**
 * The core's export file (`crick schema export`), the same the app writes and imports;
 * here its records are described loosely, as everywhere in this API.
 */
export const ExportSchema = Type.Object(
  { ...ExportFileSchema.properties, records: Type.Array(RecordOutSchema) },
  { title: 'Export' },
);

export const HealthSchema = Type.Object({ status: Type.Literal('ok') });

// Web Push (routes/push.ts).
const Base64Url = (description: string, minLength: number, maxLength: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+={0,2}$', minLength, maxLength, description });

export const PushKeySchema = Type.Object(
  {
    publicKey: Type.String({
      description: "the server's VAPID public key, base64url (applicationServerKey)",
    }),
  },
  { title: 'Push key' },
);

const PushEndpoint = Type.String({
  pattern: '^https://[^\\s]+$',
  maxLength: 2048,
  description: "the push service's https URL for this device",
});

export const PushSubscriptionSchema = Type.Object(
  {
    endpoint: PushEndpoint,
    keys: Type.Object(
      {
        p256dh: Base64Url("the device's P-256 public key, base64url", 80, 100),
        auth: Base64Url("the device's auth secret, base64url", 16, 32),
      },
      { additionalProperties: false },
    ),
    timeZone: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z0-9_+\\-]+(/[A-Za-z0-9_+\\-]+)*$',
      description: "the device's IANA time zone, e.g. Europe/London",
    }),
  },
  { additionalProperties: false, title: 'Push subscription' },
);

export const PushSubscribedSchema = Type.Object({ id: Type.String() }, { title: 'Push subscribed' });

export const PushUnsubscribeSchema = Type.Object(
  { endpoint: PushEndpoint },
  { additionalProperties: false, title: 'Push unsubscribe' },
);
