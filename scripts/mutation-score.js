#!/usr/bin/env node
// Prints the mutation score per folder of the safety core from Stryker's JSON
// report (coverage/mutation/mutation.json), and lists the survivors, so the
// equivalent ones can be checked against packages/core/MUTATION.md.
// With no file named it reads every report under coverage/mutation/ (the full
// run's mutation.json and the narrowed runs' mutation-<folder>.json); where two
// cover the same source file, the newer report's mutants count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'coverage/mutation';
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const reports = (
  named.length > 0
    ? named
    : readdirSync(dir)
        .filter((f) => /^mutation(-.+)?\.json$/.test(f))
        .map((f) => join(dir, f))
).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
const files = {};
for (const file of reports) Object.assign(files, JSON.parse(readFileSync(file, 'utf8')).files);
const folders = new Map();
const survivors = [];
for (const [path, { mutants, source }] of Object.entries(files)) {
  const folder = path.match(/packages\/core\/src\/([^/]+)\//)?.[1] ?? path;
  const f = folders.get(folder) ?? {
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    ignored: 0,
    other: 0,
  };
  const lines = source.split('\n');
  for (const m of mutants) {
    if (m.status === 'Killed') f.killed++;
    else if (m.status === 'Timeout') f.timeout++;
    else if (m.status === 'Survived') f.survived++;
    else if (m.status === 'NoCoverage') f.noCoverage++;
    else if (m.status === 'Ignored') f.ignored++;
    else f.other++;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      const line = m.location.start.line;
      survivors.push(
        `${path}:${line} ${m.mutatorName} [${m.status}] ${JSON.stringify(m.replacement ?? '')} in: ${lines[line - 1]?.trim()}`,
      );
    }
  }
  folders.set(folder, f);
}
const pct = (f) => {
  const valid = f.killed + f.timeout + f.survived + f.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * (f.killed + f.timeout)) / valid).toFixed(1)}%`;
};
console.log('folder      killed  timeout  survived  no-coverage  ignored(static)  score');
for (const [name, f] of [...folders].sort()) {
  console.log(
    `${name.padEnd(11)} ${String(f.killed).padStart(6)} ${String(f.timeout).padStart(8)} ${String(f.survived).padStart(9)} ${String(f.noCoverage).padStart(12)} ${String(f.ignored).padStart(16)}  ${pct(f)}`,
  );
}
if (process.argv.includes('--survivors')) for (const s of survivors) console.log(s);
