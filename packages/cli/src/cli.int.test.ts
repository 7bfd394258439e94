import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** Runs the real `crick` binary (compiled by `tsc -b`), as a person or a script would. */
const bin = fileURLToPath(new URL('../bin/crick.js', import.meta.url));
const vignettesFile = fileURLToPath(new URL('../../core/spec/vignettes-public.json', import.meta.url));

function crick(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('crick triage', () => {
  it('answers an array of facts with an array of outcomes, in order, matching every public vignette', () => {
    const vignettes = JSON.parse(readFileSync(vignettesFile, 'utf8')) as {
      answers: object;
      expected_triage: string;
    }[];
    const r = crick(['triage', '--json', '-'], JSON.stringify(vignettes.map((v) => v.answers)));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      level: string;
      fired: { id: string; level: string; reason: string }[];
      action: string;
    }[];
    expect(out.map((o) => o.level)).toEqual(vignettes.map((v) => v.expected_triage));
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['action', 'fired', 'level', 'unsure']);
      for (const f of o.fired)
        expect(Object.keys(f).sort()).toEqual(['id', 'level', 'precaution', 'reason', 'unsure']);
    }
  });

  it('reads one object from a file and prints plain words without --json', () => {
    const r = crick(['triage'], JSON.stringify({ age: 30, thunderclap_headache: true }));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/CALL THE EMERGENCY NUMBER NOW/);
    expect(r.out).toMatch(/RF-E04/);
  });

  it('exits 2 naming an unknown field', () => {
    const r = crick(['triage', '--json'], JSON.stringify({ age: 30, favourite_colour: 'red' }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/favourite_colour/);
  });

  it('exits 2 naming a field of the wrong type, with its index in an array', () => {
    const r = crick(['triage', '--json'], JSON.stringify([{ age: 30 }, { fever: 'maybe' }]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\[1\]\.fever/);
  });

  it('exits 2 on JSON that does not parse', () => {
    expect(crick(['triage'], '{age: 30').code).toBe(2);
  });

  it('asks the questions interactively and ends with an outcome', () => {
    // A plain crick: age 34, started today, no to every sign, pain 5.
    const answers = ['34', '0', 'n', 'n', 'n', 'n', 'n', '5'].join('\n');
    const r = crick(['triage', '--interactive', '--json'], `${answers}\n`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"level": "self_care"/);
  });

  it('interactively offers the one question that would settle a precaution, and checks again', () => {
    // Age not given ("?"): the check asks what the rules need without it, then offers the age.
    const skipped = ['?', '0', 'n', 'n', 'n', 'n', 'n', 'n'];
    const withAge = crick(
      ['triage', '--interactive', '--json'],
      `${[...skipped, '34', 'n', '5'].join('\n')}\n`,
    );
    expect(withAge.code).toBe(0);
    expect(withAge.out).toMatch(/we have no answer for “Age”/);
    expect(withAge.out).toMatch(/"level": "self_care"/);
    const still = crick(['triage', '--interactive', '--json'], `${[...skipped, ''].join('\n')}\n`);
    expect(still.out).toMatch(/"level": "soon"/);
    expect(still.out).toMatch(/"precaution": true/);
  });
});

describe('crick vignettes', () => {
  it('scores the 40 public vignettes per level, every one at its expected level', () => {
    const r = crick(['vignettes', vignettesFile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| emergency \| 12 +\| 12 +\| 0 +\| 0 +\| 100% +\|/);
    expect(r.out).toMatch(/\| self_care \| 11 +\| 11 +\| 0 +\| 0 +\| 100% +\|/);
    expect(r.out).toMatch(/All 40 vignettes match\./);
  });

  it('exits 2 on a vignette without answers or an expected level, naming the vignette and the field', () => {
    const vignettes = [
      { id: 'OK-1', answers: { age: 30 }, expected_triage: 'soon' },
      { id: 'NO-LEVEL', answers: { age: 30 } },
      { id: 'NO-ANSWERS', expected_triage: 'soon' },
      { id: 'BAD-LEVEL', answers: {}, expected_triage: 'later' },
    ];
    const r = crick(['vignettes', '-'], JSON.stringify(vignettes));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\[1\] \(NO-LEVEL\): "expected_triage" is missing/);
    expect(r.err).toMatch(/\[2\] \(NO-ANSWERS\): "answers" is missing/);
    expect(r.err).toMatch(
      /\[3\] \(BAD-LEVEL\): "expected_triage" must be one of emergency, urgent, soon, self_care/,
    );
    expect(r.out).toBe('');
  });
});

describe('crick plan', () => {
  const intake = {
    startedOn: '2026-11-20',
    pain: 5,
    stuck: ['turn_left'],
    place: 'desk',
    minutesAvailable: 12,
  };
  const checked = [{ at: '2026-11-20T09:00:00.000Z', facts: {}, level: 'self_care', fired: [] }];

  it('builds a plan with phase, sessions, remedies and notices from an intake and its check', () => {
    const r = crick(
      ['plan', '--json', '--date', '2026-11-22'],
      JSON.stringify({ intake, history: { triages: checked } }),
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.phase).toBe('loosen');
    expect(plan.sessions.length).toBeGreaterThan(0);
    for (const s of plan.sessions) {
      expect(s.minutes).toBeLessThanOrEqual(12);
      for (const item of s.items) expect(typeof item.exerciseId).toBe('string');
    }
    // No strain and no preference: heat, which suits a spasm without an injury.
    expect(plan.remedies.length).toBeGreaterThan(0);
    for (const r of plan.remedies)
      expect(r).toMatchObject({ kind: 'heat', start: expect.stringMatching(/^\d\d:\d\d$/) });
    expect(Array.isArray(plan.notices)).toBe(true);
  });

  it('plans nothing routine for an intake without a check, and says to do the check first', () => {
    const r = crick(['plan', '--json', '--date', '2026-11-22'], JSON.stringify(intake));
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.sessions).toEqual([]);
    expect(plan.remedies).toEqual([]);
    expect(plan.notices[0]).toMatchObject({ kind: 'check_first', severity: 'stop' });
  });

  it('takes an intake with a history and steps back after a pain rise', () => {
    const history = {
      triages: checked,
      sessions: [{ date: '2026-11-22', exerciseIds: ['x'], completed: true, painBefore: 3, painAfter: 6 }],
    };
    const r = crick(['plan', '--json', '--date', '2026-11-23'], JSON.stringify({ intake, history }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).notices.map((n: { kind: string }) => n.kind)).toContain('stepped_back');
  });

  it('takes a history exported by a newer Crick, whose records carry fields this one does not know', () => {
    const history = {
      triages: checked,
      sessions: [
        {
          date: '2026-11-22',
          exerciseIds: ['x'],
          completed: true,
          painBefore: 3,
          painAfter: 6,
          feltLike: 'sore',
        },
      ],
    };
    const r = crick(['plan', '--json', '--date', '2026-11-23'], JSON.stringify({ intake, history }));
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).notices.map((n: { kind: string }) => n.kind)).toContain('stepped_back');
    const misspelt = crick(['plan'], JSON.stringify({ intake, history: { ...history, checkins: [] } }));
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toMatch(/history\.checkins/);
  });

  it("follows a clinician's prescription in the history, and says who set it and what it changed", () => {
    const prescription = {
      setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
      setAt: '2026-11-22T10:00:00.000Z',
      exercises: [{ exerciseId: 'chin-tuck', reps: 6, sides: 'left' }, { exerciseId: 'no-such-exercise' }],
      note: 'Little and often.',
    };
    const history = { triages: checked, prescriptions: [prescription] };
    const r = crick(['plan', '--date', '2026-11-23'], JSON.stringify({ intake, history }));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Programme set by Dr Asha Patel on 2026-11-22\n  "Little and often."\n');
    expect(r.out).toContain(
      '  - Left out: no-such-exercise, because it is not in Crick’s exercise library.\n',
    );
    const bad = crick(
      ['plan'],
      JSON.stringify({ intake, history: { prescriptions: [{ ...prescription, sessionsPerDay: 9 }] } }),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/history\.prescriptions\[0\]\.sessionsPerDay/);
  });

  it('exits 2 naming a bad intake field and a bad date', () => {
    const bad = crick(['plan'], JSON.stringify({ ...intake, pain: 12 }));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/pain/);
    const nested = crick(
      ['plan'],
      JSON.stringify({ intake, history: { checkIns: [{ date: '2026-11-21' }] } }),
    );
    expect(nested.err).toMatch(/history\.checkIns\[0\]\.pain/);
    const date = crick(['plan', '--date', '2026-02-30'], JSON.stringify(intake));
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/--date/);
  });

  it.each(['2026-13-01', '2026-01-32', '2026-02-30', '2027-02-29'])(
    'exits 2 on the impossible --date %s, naming it and the form YYYY-MM-DD',
    (day) => {
      const r = crick(['plan', '--date', day], JSON.stringify(intake));
      expect(r).toMatchObject({
        code: 2,
        out: '',
        err: `crick: "--date" must be a real date written as YYYY-MM-DD, not "${day}"\n`,
      });
    },
  );

  it('exits 2 on an impossible start date in the intake, saying YYYY-MM-DD rather than a regular expression', () => {
    const r = crick(['plan', '--date', '2026-11-22'], JSON.stringify({ ...intake, startedOn: '2026-13-40' }));
    expect(r.code).toBe(2);
    expect(r.err).toBe('crick: "startedOn" must be a real date written as YYYY-MM-DD\n');
    const time = crick(['plan', '--date', '2026-11-22'], JSON.stringify({ ...intake, wakeTime: '7am' }));
    expect(time.err).toBe('crick: "wakeTime" must be written as HH:MM\n');
  });

  it('exits 2 when the pain began after the day to plan, naming the start date', () => {
    const r = crick(['plan', '--date', '2026-11-19'], JSON.stringify({ intake }));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'crick: "intake.startedOn" (2026-11-20) is after the day to plan (2026-11-19): give the day the pain began\n',
    );
    expect(crick(['plan', '--date', '2026-11-20'], JSON.stringify({ intake })).code).toBe(0);
  });

  it('exits 2 listing the allowed values when an enum gets a value of the wrong type', () => {
    const r = crick(['plan', '--date', '2026-11-22'], JSON.stringify({ intake: { ...intake, place: 5 } }));
    expect(r.code).toBe(2);
    expect(r.err).toBe('crick: "intake.place" must be "desk", "home" or "travelling"\n');
  });
});

describe('crick input files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crick-cli-input-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  it('exits 2 saying an empty file is empty, naming the file', () => {
    for (const text of ['', '  \n']) {
      const empty = file('empty.json', text);
      const r = crick(['plan', empty, '--date', '2026-11-22']);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`crick: "${empty}" is empty: it should hold the intake as JSON\n`);
    }
  });

  it('exits 2 saying empty standard input is empty', () => {
    const r = crick(['plan', '--date', '2026-11-22'], '');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'crick: no intake given: standard input is empty (pass a FILE or pipe JSON to standard input)\n',
    );
  });

  it('exits 2 saying a file that is not JSON is not JSON, naming the file', () => {
    const notJson = file('notes.txt', 'pain 5, started Friday');
    const r = crick(['plan', notJson, '--date', '2026-11-22']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^crick: "${notJson}" is not JSON \\(the intake should be\\): `));
    const facts = crick(['triage', file('half.json', '{"age": 30,')]);
    expect(facts.code).toBe(2);
    expect(facts.err).toMatch(/^crick: ".*half\.json" is not JSON \(the facts should be\): /);
  });

  it('exits 2 naming a file that is missing or is a folder', () => {
    const missing = join(folder, 'nowhere.json');
    expect(crick(['plan', missing])).toMatchObject({
      code: 2,
      err: `crick: cannot read the intake from "${missing}": there is no such file (ENOENT)\n`,
    });
    expect(crick(['plan', folder])).toMatchObject({
      code: 2,
      err: `crick: cannot read the intake from "${folder}": it is a folder, not a file (EISDIR)\n`,
    });
  });
});

describe('crick content and schema', () => {
  it('prints the whole library as JSON', () => {
    const r = crick(['content', '--json']);
    expect(r.code).toBe(0);
    const lib = JSON.parse(r.out);
    expect(lib.exercises.length).toBeGreaterThanOrEqual(20);
    expect(lib.remedies.find((x: { kind: string }) => x.kind === 'cold').limits.hardMaxMinutes).toBe(20);
  });

  it('prints JSON Schemas for intake, facts, record and export, and refuses an unknown name', () => {
    for (const name of ['intake', 'facts', 'record', 'export']) {
      const r = crick(['schema', name]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).$schema).toMatch(/json-schema/);
    }
    expect(crick(['schema', 'horoscope']).code).toBe(2);
  });

  it("prints the export file's schema: the format and version the app and the server both write", () => {
    const schema = JSON.parse(crick(['schema', 'export']).out);
    expect(schema).toMatchObject({
      title: 'Crick export',
      required: expect.arrayContaining(['format', 'version', 'exportedAt', 'records']),
      properties: { format: { const: 'crick-export' }, version: { const: 1 } },
    });
  });
});
