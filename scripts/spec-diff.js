#!/usr/bin/env node
// `npm run spec:diff [folder]`: how the in-repo clinical spec (packages/core/spec/) differs
// from the shared spec folder (default ../shared/spec beside the checkout), so a later
// version is easy to take in. A tool for people, not a test: it is the only thing in the
// project that reads outside the checkout, and only when asked to.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ours = join(root, 'packages/core/spec');
const theirs = resolve(process.argv[2] ?? join(root, '../shared/spec'));

if (!existsSync(theirs)) {
  console.log(`No shared spec at ${theirs}: nothing to compare. Pass the folder: npm run spec:diff -- PATH`);
  process.exit(0);
}

const readJson = (dir, name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

/** For the rule set, the changes that matter before the text diff: version, rules and fields. */
function summariseRules() {
  const [a, b] = [readJson(ours, 'red-flags.json'), readJson(theirs, 'red-flags.json')];
  const lines = [];
  if (a.version !== b.version) lines.push(`version ${a.version} -> ${b.version}`);
  const rulesA = new Map(a.rules.map((r) => [r.id, r]));
  const rulesB = new Map(b.rules.map((r) => [r.id, r]));
  for (const [id, r] of rulesB) {
    const before = rulesA.get(id);
    if (!before) lines.push(`rule ${id} added (${r.triage}): ${r.logic}`);
    else if (before.logic !== r.logic || before.triage !== r.triage)
      lines.push(`rule ${id} changed: ${before.triage} ${before.logic}\n    -> ${r.triage} ${r.logic}`);
  }
  for (const id of rulesA.keys()) if (!rulesB.has(id)) lines.push(`rule ${id} removed`);
  const fieldsA = a.answer_schema;
  const fieldsB = b.answer_schema;
  const shape = (f) => JSON.stringify([f.type, f.default, f.values, f.unsure_as, f.ask_when, f.triage_role]);
  for (const name of Object.keys(fieldsB)) {
    if (!fieldsA[name]) lines.push(`field ${name} added`);
    else if (shape(fieldsA[name]) !== shape(fieldsB[name])) lines.push(`field ${name} changed`);
  }
  for (const name of Object.keys(fieldsA)) if (!fieldsB[name]) lines.push(`field ${name} removed`);
  return lines;
}

const names = readdirSync(ours)
  .filter((n) => n !== 'README.md')
  .sort();
const notCopied = readdirSync(theirs).filter((n) => !names.includes(n));
if (notCopied.length) console.log(`Not copied (the code does not use them): ${notCopied.join(', ')}`);
let differences = 0;
for (const name of names) {
  const [a, b] = [join(ours, name), join(theirs, name)];
  if (!existsSync(b)) {
    console.log(`${name}: not in ${theirs}`);
    differences++;
    continue;
  }
  if (readFileSync(a).equals(readFileSync(b))) {
    console.log(`${name}: same`);
    continue;
  }
  differences++;
  console.log(`${name}: differs`);
  if (name === 'red-flags.json') for (const line of summariseRules()) console.log(`  ${line}`);
  const diff = spawnSync('diff', ['-u', a, b], { encoding: 'utf8' });
  console.log(diff.stdout || diff.error?.message || '');
}
console.log(differences === 0 ? 'The in-repo spec is the shared spec.' : `${differences} file(s) differ.`);
