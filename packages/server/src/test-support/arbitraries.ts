import fc from 'fast-check';

const hex4 = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16).padStart(4, '0'));
const node = fc.constantFrom('phone', 'laptop', 'tablet1');

/** A hybrid logical clock string in 2026. */
export const clockArb = fc
  .tuple(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }), hex4, node)
  .map(([ms, counter, n]) => `${new Date(ms).toISOString()}-${counter}-${n}`);

/**
 * A clock of the right form that cannot order edits: a time that does not
 * exist, or one years ahead of the fuzz run's server time (2026-12-31).
 */
export const badClockArb = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('2026-02-30T08:00:00.000Z', '2026-99-99T00:00:00.000Z', '2026-11-22T25:61:00.000Z'),
      fc
        .integer({ min: Date.UTC(2028, 0, 1), max: Date.UTC(9999, 0, 1) })
        .map((ms) => new Date(ms).toISOString()),
    ),
    hex4,
    node,
  )
  .map(([time, counter, n]) => `${time}-${counter}-${n}`);

const dateArb = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const dataByType = {
  checkIn: fc.record(
    { date: dateArb, pain: fc.integer({ min: 0, max: 10 }), note: fc.string({ maxLength: 40 }) },
    { requiredKeys: ['date', 'pain'] },
  ),
  remedyUse: fc.record({
    kind: fc.constantFrom('cold', 'heat'),
    startedAt: fc.constant('2026-11-22T08:30:00.000Z'),
    minutes: fc.integer({ min: 0, max: 120 }),
  }),
  settings: fc.record({ voice: fc.boolean(), sounds: fc.boolean() }, { requiredKeys: [] }),
} as const;

/** A record the server must accept. */
export const validRecordArb = fc
  .constantFrom(...(Object.keys(dataByType) as (keyof typeof dataByType)[]))
  .chain((type) =>
    fc.record({
      id: fc.uuid(),
      type: fc.constant(type),
      updatedAt: clockArb,
      deleted: fc.constant(false),
      data: dataByType[type] as fc.Arbitrary<Record<string, unknown>>,
    }),
  );

const junk = fc.jsonValue({ maxDepth: 2 });

/** A valid record with one field replaced by junk, or removed, or an extra one added. */
export const brokenRecordArb = fc
  .tuple(
    validRecordArb,
    fc.constantFrom('id', 'type', 'updatedAt', 'deleted', 'data', 'data.pain', 'data.date', 'extra', 'clock'),
    junk,
    fc.boolean(),
    badClockArb,
  )
  .map(([record, field, value, remove, badClock]) => {
    const copy: Record<string, unknown> = structuredClone(record);
    if (field === 'clock') {
      copy.updatedAt = badClock;
    } else if (field.startsWith('data.')) {
      const data = { ...(copy.data as Record<string, unknown>) };
      if (remove) delete data[field.slice(5)];
      else data[field.slice(5)] = value;
      copy.data = data;
    } else if (remove && field !== 'extra') {
      delete copy[field];
    } else {
      copy[field] = value;
    }
    return copy;
  });

export const anyChangeArb = fc.oneof(
  { weight: 3, arbitrary: validRecordArb as fc.Arbitrary<unknown> },
  { weight: 4, arbitrary: brokenRecordArb as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: junk as fc.Arbitrary<unknown> },
);

/** Bodies for POST /api/sync: mostly well formed, some not at all. */
export const syncBodyArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        cursor: fc.oneof(fc.constant(null), fc.nat({ max: 10_000 }).map(String), junk),
        changes: fc.oneof(
          { weight: 5, arbitrary: fc.array(anyChangeArb, { maxLength: 8 }) },
          { weight: 1, arbitrary: junk },
        ),
        extra: junk,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

/** Bodies for sign-up and log-in: seldom a valid pair (each costs a real argon2id hash). */
export const credentialsBodyArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        email: fc.oneof(
          { weight: 1, arbitrary: fc.emailAddress() },
          { weight: 4, arbitrary: fc.oneof(fc.string(), junk) },
        ),
        password: fc.oneof(
          { weight: 1, arbitrary: fc.string({ minLength: 8, maxLength: 40 }) },
          {
            weight: 3,
            arbitrary: fc.oneof(
              fc.string({ maxLength: 7 }),
              fc.string({ minLength: 201, maxLength: 260 }),
              junk,
            ),
          },
        ),
        extra: junk,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

/** A raw payload: usually the JSON of a body, sometimes text that is not JSON at all. */
export const payloadOf = (body: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 8, arbitrary: body.map((b) => JSON.stringify(b) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: body.map((b) => (JSON.stringify(b) ?? 'null').slice(0, -1)) },
  );

/** An object of the fields given, each maybe missing, plus maybe an extra one; sometimes junk instead. */
const bodyOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ ...fields, extra: junk }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: junk },
  );

const exerciseIdArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('lying-chin-nod', 'lying-rotation', 'active-rotation') },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), junk) },
);
const prescribedExerciseArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        exerciseId: exerciseIdArb,
        reps: fc.oneof(fc.integer({ min: 0, max: 32 }), junk),
        holdSeconds: fc.integer({ min: -1, max: 61 }),
        sets: fc.integer({ min: 0, max: 6 }),
        sides: fc.oneof(fc.constantFrom('both', 'left', 'right'), fc.string({ maxLength: 6 })),
      },
      { requiredKeys: ['exerciseId'] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

/** A prescription the schema accepts; one exercise in six is not in the library (a well-formed id). */
const wellFormedPrescriptionArb = fc.record(
  {
    exercises: fc.uniqueArray(
      fc.record(
        {
          exerciseId: fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom('lying-chin-nod', 'lying-rotation', 'active-rotation') },
            { weight: 1, arbitrary: fc.constantFrom('neck-crack', 'headstand') },
          ),
          reps: fc.integer({ min: 1, max: 30 }),
          sides: fc.constantFrom('both', 'left', 'right'),
        },
        { requiredKeys: ['exerciseId'] },
      ),
      { minLength: 1, maxLength: 3, selector: (e) => e.exerciseId },
    ),
    sessionsPerDay: fc.integer({ min: 1, max: 6 }),
    phase: fc.constantFrom('settle', 'loosen', 'strengthen', 'prevent'),
    note: fc.string({ maxLength: 40 }),
  },
  { requiredKeys: ['exercises'] },
);

/** Bodies for POST /api/clinician/patients/:id/prescriptions: well formed, or with things wrong. */
export const prescriptionBodyArb = fc.oneof(
  wellFormedPrescriptionArb as fc.Arbitrary<unknown>,
  bodyOf({
    exercises: fc.oneof(
      { weight: 6, arbitrary: fc.array(prescribedExerciseArb, { minLength: 0, maxLength: 4 }) },
      { weight: 1, arbitrary: junk },
    ),
    sessionsPerDay: fc.oneof(fc.integer({ min: 0, max: 7 }), junk),
    phase: fc.oneof(
      fc.constantFrom('settle', 'loosen', 'strengthen', 'prevent'),
      fc.string({ maxLength: 10 }),
    ),
    note: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ minLength: 501, maxLength: 520 }), junk),
  }),
);

/** Bodies for PUT .../note, PATCH /api/shares/:id and POST /api/shares/redeem. */
export const noteBodyArb = bodyOf({
  text: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ minLength: 5001, maxLength: 5010 }), junk),
});
export const shareChangeBodyArb = bodyOf({ canAdjust: fc.oneof(fc.boolean(), junk) });
export const redeemBodyArb = bodyOf({
  code: fc.oneof(fc.stringMatching(/^[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}$/), fc.string({ maxLength: 24 }), junk),
});
