#!/usr/bin/env node
// Prints the mutation score per folder of the safety core from Stryker's JSON
// report (coverage/mutation/mutation.json), and lists the survivors, so the
// equivalent ones can be checked against packages/core/MUTATION.md.
import { readFileSync } from 'node:fs';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'coverage/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const folders = new Map();
const survivors = [];
for (const [path, { mutants, source }] of Object.entries(report.files)) {
  const folder = path.match(/packages\/core\/src\/([^/]+)\//)?.[1] ?? path;
  const f = folders.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  const lines = source.split('\n');
  for (const m of mutants) {
    if (m.status === 'Killed') f.killed++;
    else if (m.status === 'Timeout') f.timeout++;
    else if (m.status === 'Survived') f.survived++;
    else if (m.status === 'NoCoverage') f.noCoverage++;
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
console.log('folder      killed  timeout  survived  no-coverage  score');
for (const [name, f] of [...folders].sort()) {
  console.log(
    `${name.padEnd(11)} ${String(f.killed).padStart(6)} ${String(f.timeout).padStart(8)} ${String(f.survived).padStart(9)} ${String(f.noCoverage).padStart(12)}  ${pct(f)}`,
  );
}
if (process.argv.includes('--survivors')) for (const s of survivors) console.log(s);
