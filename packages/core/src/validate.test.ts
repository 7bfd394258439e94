import Type, { type TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import { IntakeSchema } from './schemas/intake.js';
import { validateRecord } from './schemas/record.js';
import { validate } from './validate.js';

const intake = { startedOn: '2026-11-20', pain: 5 };
const messages = (value: unknown, schema: TSchema = IntakeSchema) => {
  const r = validate(schema, value);
  return r.ok ? [] : r.error.map((e) => `${e.field}: ${e.message}`);
};

describe('schema errors name the field in plain words', () => {
  it('refuses an impossible calendar date, naming the field and the form YYYY-MM-DD', () => {
    for (const startedOn of ['2026-13-40', '2026-02-30', '2026-01-32'])
      expect(messages({ ...intake, startedOn })).toEqual([
        'startedOn: "startedOn" must be a real date written as YYYY-MM-DD',
      ]);
  });

  it('refuses an impossible date inside a stored record too', () => {
    const record = {
      id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
      type: 'checkIn',
      updatedAt: '2026-11-22T08:30:00.000Z-0000-device1',
      deleted: false,
      data: { date: '2026-13-40', pain: 4 },
    };
    expect(validateRecord(record)).toMatchObject({
      ok: false,
      error: [{ field: 'data.date', message: '"data.date" must be a real date written as YYYY-MM-DD' }],
    });
  });

  it('never prints a regular expression: a pattern is said by its description', () => {
    expect(messages({ ...intake, wakeTime: '7am' })).toEqual([
      'wakeTime: "wakeTime" must be written as HH:MM',
    ]);
    expect(messages({ ...intake, causes: ['a b'] })).toEqual([
      'causes[0]: "causes[0]" must be an id of letters, digits, - and _',
    ]);
    const bare = Type.Object({ code: Type.String({ pattern: '^[a-z]{3}$' }) });
    expect(messages({ code: 'ABCD' }, bare)).toEqual([
      'code: "code" must be written in the form this field allows',
    ]);
  });

  it('lists the allowed values of an enum given a value of the wrong type', () => {
    expect(messages({ ...intake, place: 5 })).toEqual([
      'place: "place" must be "desk", "home" or "travelling"',
    ]);
    expect(messages({ ...intake, place: 'moon' })).toEqual([
      'place: "place" must be "desk", "home" or "travelling"',
    ]);
  });

  it('lists the allowed values of an enum array given a single value', () => {
    expect(messages({ ...intake, stuck: 'turn_left' })).toEqual([
      'stuck: "stuck" must be an array of "turn_left", "turn_right", "tilt_left", "tilt_right", "look_up" or "look_down"',
    ]);
  });

  it('says which kind of value a field takes', () => {
    expect(messages({ ...intake, pain: '5' })).toEqual(['pain: "pain" must be a whole number']);
    expect(messages({ ...intake, strain: 'yes' })).toEqual(['strain: "strain" must be true or false']);
  });
});
