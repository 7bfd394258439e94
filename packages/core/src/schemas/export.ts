import Type, { type Static } from 'typebox';
import { IsoDateTime } from './common.js';
import { type SyncRecord, SyncRecordSchema } from './record.js';

export const EXPORT_FORMAT = 'crick-export' as const;
export const EXPORT_VERSION = 1 as const;

/**
 * The one export file: the app's "export my data", the server's `GET /api/export`, and
 * what the app imports. The server's export also names the account it came from; the
 * app's, made offline, has none. Both may be imported into the app.
 */
export const ExportFileSchema = Type.Object(
  {
    format: Type.Literal(EXPORT_FORMAT),
    version: Type.Literal(EXPORT_VERSION),
    exportedAt: IsoDateTime,
    person: Type.Optional(
      Type.Object({ id: Type.String(), email: Type.String() }, { additionalProperties: false }),
    ),
    records: Type.Array(SyncRecordSchema),
  },
  { additionalProperties: false, title: 'Crick export', $id: 'https://crick.example/schemas/export.json' },
);
export type ExportFile = Omit<Static<typeof ExportFileSchema>, 'records'> & {
  readonly records: readonly SyncRecord[];
};
