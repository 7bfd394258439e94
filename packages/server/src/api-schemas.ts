import { ExportFileSchema, PrescriptionSchema, recordTypes } from '@crick/core';
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

/** Sign-up: a person by default; a clinician gives the name the people who share with them will see. */
export const SignUpSchema = Type.Object(
  {
    ...CredentialsSchema.properties,
    role: Type.Optional(
      Type.Union([Type.Literal('person'), Type.Literal('clinician')], {
        description: 'person (the default) or clinician; admins are made with `crick user add`',
      }),
    ),
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 80,
        description: "a clinician's display name (required for a clinician), shown to the people who share",
      }),
    ),
  },
  { additionalProperties: false, title: 'Sign-up' },
);

export const TokenSchema = Type.Object({ token: Type.String() }, { title: 'Token' });

export const MeSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    role: Type.Union([Type.Literal('person'), Type.Literal('clinician'), Type.Literal('admin')]),
    name: Type.Union([Type.String(), Type.Null()], {
      description: "a clinician's display name; null for a person",
    }),
  },
  { title: 'Me' },
);

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Time = Type.String({ description: 'an ISO 8601 date-time' });

export const ShareIdParamsSchema = Type.Object({ id: Id });
export const PatientParamsSchema = Type.Object({ patientId: Id });

export const NewShareSchema = Type.Object(
  {
    id: Type.String(),
    code: Type.String({
      description: 'XXXX-XXXX, Crockford base32; shown this once (only its hash is stored)',
    }),
    expiresAt: Time,
  },
  { title: 'New share' },
);

export const ShareSchema = Type.Object(
  {
    id: Type.String(),
    status: Type.Union(
      [Type.Literal('pending'), Type.Literal('active'), Type.Literal('revoked'), Type.Literal('expired')],
      { description: 'pending: a code not yet redeemed; active: a clinician has access until revoked' },
    ),
    code: Type.Optional(
      Type.String({
        description: 'never sent: the code is stored only as a hash, and shown once, on creation',
      }),
    ),
    createdAt: Time,
    expiresAt: Time,
    clinician: Type.Union([
      Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }),
      Type.Null(),
    ]),
    since: Type.Union([Time, Type.Null()], { description: 'when the clinician redeemed the code' }),
    canAdjust: Type.Boolean({ description: 'whether the clinician may adjust the programme' }),
  },
  { title: 'Share' },
);

export const ShareChangeSchema = Type.Object(
  { canAdjust: Type.Boolean({ description: 'let the clinician adjust the programme, or stop it' }) },
  { additionalProperties: false, title: 'Share change' },
);

export const AccessLogEntrySchema = Type.Object(
  {
    at: Time,
    clinician: Type.Object({ id: Type.String(), name: Type.String() }),
    what: Type.Union(
      [
        Type.Literal('summary'),
        Type.Literal('records'),
        Type.Literal('fhir'),
        Type.Literal('prescription'),
        Type.Literal('note'),
      ],
      {
        description:
          'what was read or written: the summary, the records, the FHIR Bundle, a prescription, the note',
      },
    ),
  },
  { title: 'Access' },
);

export const RedeemSchema = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 20, description: 'the code the person gave, XXXX-XXXX' }) },
  { additionalProperties: false, title: 'Redeem' },
);

export const RedeemedSchema = Type.Object({ patientId: Type.String() }, { title: 'Redeemed' });

export const NoteSchema = Type.Object(
  {
    text: Type.String({ maxLength: 5000, description: "the clinician's private note ('' when none)" }),
    updatedAt: Type.Union([Time, Type.Null()]),
  },
  { title: 'Note' },
);

export const NoteChangeSchema = Type.Object(
  { text: Type.String({ maxLength: 5000, description: 'at most 5000 characters' }) },
  { additionalProperties: false, title: 'Note change' },
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

const { setBy: _setBy, setAt: _setAt, ...prescribed } = PrescriptionSchema.properties;

/** What a clinician sends; the server adds who set it and when (`setBy`, `setAt`). */
export const PrescriptionRequestSchema = Type.Object(prescribed, {
  additionalProperties: false,
  title: 'Prescription request',
  description: 'exercise ids from the content library (`crick content`), each at most once',
});

export const PatientRecordsSchema = Type.Object(
  { records: Type.Array(RecordOutSchema, { description: "the person's live records (not deleted)" }) },
  { title: 'Patient records' },
);
