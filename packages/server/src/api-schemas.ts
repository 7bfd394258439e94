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

// The GP hand-off (routes/handoffs.ts): ciphertext only; the key stays in the link's #fragment.

/** base64url characters, no padding: what the app's encoder writes. */
const BASE64URL = '^[A-Za-z0-9_-]+$';
/** Largest ciphertext accepted, in base64url characters: a report is a few kB; this leaves room for a year of entries. */
export const MAX_HANDOFF_CIPHERTEXT = 262_144;

export const HandoffIdSchema = Type.String({
  pattern: '^[A-Za-z0-9_-]{22}$',
  description: 'the hand-off id from the link (128 random bits, base64url)',
});

export const HandoffCreateSchema = Type.Object(
  {
    ciphertext: Type.String({
      minLength: 24,
      maxLength: MAX_HANDOFF_CIPHERTEXT,
      pattern: BASE64URL,
      description: `the AES-GCM ciphertext with its tag, base64url (at most ${MAX_HANDOFF_CIPHERTEXT} characters)`,
    }),
    iv: Type.String({
      pattern: '^[A-Za-z0-9_-]{16}$',
      description: 'the 12-byte AES-GCM IV, base64url (16 characters)',
    }),
  },
  { additionalProperties: false, title: 'Hand-off to store' },
);

export const HandoffCreatedSchema = Type.Object(
  {
    id: Type.String(),
    withdrawToken: Type.String({
      description: 'kept by the device: sent as Crick-Withdraw-Token to withdraw',
    }),
    expiresAt: Type.String(),
  },
  { title: 'Hand-off stored' },
);

export const HandoffSchema = Type.Object(
  { ciphertext: Type.String(), iv: Type.String(), expiresAt: Type.String() },
  { title: 'Hand-off' },
);

export const HandoffSummarySchema = Type.Object(
  { id: Type.String(), createdAt: Type.String(), expiresAt: Type.String() },
  { title: 'Hand-off summary' },
);

export const WithdrawHeadersSchema = Type.Object({
  'crick-withdraw-token': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_-]{43}$',
      description: 'the withdraw token the device got when it made the hand-off',
    }),
  ),
});
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
