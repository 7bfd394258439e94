#!/usr/bin/env node
// Prints the mutation score per folder of the safety core from Stryker's JSON
// report (coverage/mutation/mutation.json), and lists the survivors, so the
// equivalent ones can be checked against packages/core/MUTATION.md.
// With no file named it reads every report under coverage/mutation/ (the full
// run's mutation.json and the narrowed runs' mutation-<folder>.json), oldest
// first. A mutant is known by its line's text (and which such line), column,
// mutator and replacement,
// so a later run over some lines (tests added, or a Stryker disable comment that
// shifts the lines below it) replaces those mutants' results and keeps the rest.
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
for (const report of reports) {
  for (const [path, { mutants, source }] of Object.entries(JSON.parse(readFileSync(report, 'utf8')).files)) {
    const lines = source.split('\n');
    // The same text on several lines is told apart by which of them it is.
    const seen = new Map();
    const nth = lines.map((text) => {
      seen.set(text, (seen.get(text) ?? 0) + 1);
      return seen.get(text);
    });
    const known = files[path]?.mutants ?? new Map();
    for (const m of mutants) {
      const { line, column } = m.location.start;
      const key = [
        lines[line - 1],
        nth[line - 1],
        column,
        m.location.end.line - line,
        m.location.end.column,
        m.mutatorName,
        m.replacement,
      ];
      known.set(JSON.stringify(key), { ...m, lines });
    }
    files[path] = { mutants: known };
  }
}
const folders = new Map();
const survivors = [];
for (const [path, { mutants }] of Object.entries(files)) {
  const folder = path.match(/packages\/core\/src\/([^/]+)\//)?.[1] ?? path;
  const f = folders.get(folder) ?? {
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    ignored: 0,
    other: 0,
  };
  for (const m of mutants.values()) {
    const { lines } = m;
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
console.log('folder      killed  timeout  survived  no-coverage  ignored  score');
for (const [name, f] of [...folders].sort()) {
  console.log(
    `${name.padEnd(11)} ${String(f.killed).padStart(6)} ${String(f.timeout).padStart(8)} ${String(f.survived).padStart(9)} ${String(f.noCoverage).padStart(12)} ${String(f.ignored).padStart(8)}  ${pct(f)}`,
  );
}
if (process.argv.includes('--survivors')) for (const s of survivors) console.log(s);
