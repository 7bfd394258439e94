import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, EnvSchema, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 8080 on localhost with SQLite at ./data/crick.db', () => {
    const config = loadConfig({}, '/srv/crick');
    expect(config).toMatchObject({
      port: 8080,
      host: 'localhost',
      database: { kind: 'sqlite', file: '/srv/crick/data/crick.db' },
      logLevel: 'info',
      tls: false,
      trustProxy: false,
    });
  });

  it('switches to PostgreSQL when CRICK_DATABASE_URL is set', () => {
    const config = loadConfig({ CRICK_DATABASE_URL: 'postgres://u@db:5432/crick', CRICK_DB: 'ignored.db' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/crick' });
  });

  it('reads the hand-off limit and the test clock offset, 30 an hour and none by default', () => {
    expect(loadConfig({})).toMatchObject({ handoffsPerHour: 30, clockOffsetDays: 0 });
    expect(loadConfig({ CRICK_HANDOFFS_PER_HOUR: '5', CRICK_CLOCK_OFFSET_DAYS: '15' })).toMatchObject({
      handoffsPerHour: 5,
      clockOffsetDays: 15,
    });
  });

  it('reads the TLS, proxy and origin settings', () => {
    const config = loadConfig({
      CRICK_TLS: 'true',
      CRICK_TRUST_PROXY: '1',
      CRICK_ORIGIN: 'https://crick.example.org',
    });
    expect(config).toMatchObject({ tls: true, trustProxy: true, publicOrigin: 'https://crick.example.org' });
  });

  it.each([
    ['CRICK_PORT', 'eighty'],
    ['CRICK_PORT', '70000'],
    ['CRICK_DATABASE_URL', 'mysql://localhost/crick'],
    ['CRICK_LOG_LEVEL', 'loud'],
    ['CRICK_TLS', 'yes please'],
    ['CRICK_ORIGIN', 'crick.example.org/app'],
    ['CRICK_HANDOFFS_PER_HOUR', '0'],
    ['CRICK_CLOCK_OFFSET_DAYS', 'two weeks'],
  ])('fails fast naming %s when it is %j', (variable, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toContain(variable);
  });

  it('ignores variables that are not its own', () => {
    expect(() => loadConfig({ PATH: '/bin', CRICK_SOMETHING_ELSE: 'x' })).not.toThrow();
  });
});

describe("the README's configuration table", () => {
  it('lists every variable the server reads, and none it does not', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const listed = [...section.matchAll(/^\| `(CRICK_[A-Z_]+)`/gm)].map((m) => m[1]);
    // The one variable only the tests read: which PostgreSQL they use.
    const read = [...Object.keys(EnvSchema.properties), 'CRICK_TEST_DATABASE_URL'];
    expect([...listed].sort()).toEqual([...new Set(read)].sort());
  });
});
