import { describe, expect, it } from 'vitest';
import { validate } from '../validate.js';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema } from './export.js';

const checkIn = {
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
  type: 'checkIn',
  updatedAt: '2026-11-22T08:30:00.000Z-0000-device1',
  deleted: false,
  data: { date: '2026-11-22', pain: 4 },
};
const appExport = {
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: '2026-11-22T09:00:00.000Z',
  records: [checkIn, { ...checkIn, id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ac', deleted: true, data: null }],
};

describe('the export file', () => {
  it("takes the app's export, made offline without an account", () => {
    expect(validate(ExportFileSchema, appExport).ok).toBe(true);
  });

  it("takes the server's export, which names the account beside the records", () => {
    const serverExport = { ...appExport, person: { id: 'u1', email: 'p@example.org' } };
    expect(validate(ExportFileSchema, serverExport).ok).toBe(true);
  });

  it('names a missing format, a later version and a damaged record', () => {
    const { format: _, ...noFormat } = appExport;
    expect(validate(ExportFileSchema, noFormat)).toMatchObject({ ok: false, error: [{ field: 'format' }] });
    expect(validate(ExportFileSchema, { ...appExport, version: 2 })).toMatchObject({
      ok: false,
      error: [{ field: 'version' }],
    });
    const damaged = { ...appExport, records: [{ ...checkIn, data: { date: '2026-11-22', pain: 11 } }] };
    expect(validate(ExportFileSchema, damaged).ok).toBe(false);
  });
});
