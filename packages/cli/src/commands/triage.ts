import { type Facts, FactsSchema, levelAdvice, type TriageOutcome, triage, validate } from '@crick/core';
import type { Command } from 'commander';
import { InputError, print, printJson, readJsonInput } from '../io.js';
import { askInteractively } from './triage-interactive.js';

/** Validate one facts object; errors carry the element's index when the input was an array. */
function factsFrom(value: unknown, prefix = ''): Facts {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError([
      { field: prefix || '(root)', message: `"${prefix || '(root)'}" must be an object of answer fields` },
    ]);
  }
  const checked = validate(FactsSchema, value);
  if (!checked.ok) {
    throw new InputError(
      checked.error.map((e) => {
        const field = prefix ? `${prefix}.${e.field}` : e.field;
        return { field, message: prefix ? e.message.replace(`"${e.field}"`, `"${field}"`) : e.message };
      }),
    );
  }
  return checked.value as Facts;
}

export const triageJson = (o: TriageOutcome) => ({
  level: o.level,
  fired: o.fired.map((r) => ({
    id: r.id,
    level: r.level,
    reason: r.reason,
    precaution: r.precautionary,
    unsure: r.unsure,
  })),
  action: o.action,
  unsure: o.unsure,
});

export function describeOutcome(o: TriageOutcome): string {
  const advice = levelAdvice[o.level];
  const lines = [`${advice.title.toUpperCase()}`, '', advice.action];
  if (o.fired.length > 0) {
    lines.push(advice.tell, '', 'Why:');
    for (const r of o.fired) lines.push(`  - ${r.reason} (${r.id})`);
  }
  return lines.join('\n');
}

export function registerTriage(program: Command): void {
  program
    .command('triage')
    .description('Check red flags from answers (JSON facts: an object, or an array of objects) or by asking')
    .argument('[file]', 'a JSON file, or - for standard input')
    .option('--json', 'print JSON: {level, fired: [{id, level, reason, precaution, unsure}], action, unsure}')
    .option('-i, --interactive', 'ask the questions in the terminal')
    .action(async (file: string | undefined, opts: { json?: boolean; interactive?: boolean }) => {
      if (opts.interactive) {
        const outcome = await askInteractively();
        if (opts.json) printJson(triageJson(outcome));
        else print(`\n${describeOutcome(outcome)}`);
        return;
      }
      const input = await readJsonInput(file, 'facts');
      if (Array.isArray(input)) {
        const outcomes = input.map((item, i) => triage(factsFrom(item, `[${i}]`)));
        if (opts.json) printJson(outcomes.map(triageJson));
        else print(outcomes.map((o, i) => `#${i + 1}\n${describeOutcome(o)}`).join('\n\n'));
        return;
      }
      const outcome = triage(factsFrom(input));
      if (opts.json) printJson(triageJson(outcome));
      else print(describeOutcome(outcome));
    });
}
