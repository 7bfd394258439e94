import {
  type Facts,
  FactsSchema,
  type FieldError,
  type Level,
  levelRank,
  levelsHighestFirst,
  triage,
  validate,
} from '@crick/core';
import type { Command } from 'commander';
import { InputError, print, readJsonInput } from '../io.js';

interface Vignette {
  id: string;
  answers: Facts;
  expected_triage: Level;
}

export interface LevelRow {
  readonly level: Level;
  readonly cases: number;
  readonly right: number;
  readonly under: number;
  readonly over: number;
}

/**
 * Every vignette must say what it was answered and what level it expects: one without
 * either cannot be scored, and scoring it as "no answers" would hide it. Errors name the
 * vignette (its index and id) and the field.
 */
export function checkVignettes(input: unknown): Vignette[] {
  if (!Array.isArray(input))
    throw new InputError([
      { field: '(root)', message: 'vignettes must be an array of {id, answers, expected_triage}' },
    ]);
  const errors: FieldError[] = [];
  input.forEach((v: unknown, i) => {
    const item = (v ?? {}) as Record<string, unknown>;
    const name = typeof item.id === 'string' && item.id ? `[${i}] (${item.id})` : `[${i}]`;
    const problem = (field: string, message: string) =>
      errors.push({ field: `${name}.${field}`, message: `vignette ${name}: "${field}" ${message}` });
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      errors.push({ field: name, message: `vignette ${name} must be an object` });
      return;
    }
    if (typeof item.id !== 'string' || item.id === '') problem('id', 'must be a non-empty string');
    if (!Object.hasOwn(item, 'answers')) problem('answers', 'is missing');
    else if (item.answers === null || typeof item.answers !== 'object' || Array.isArray(item.answers))
      problem('answers', 'must be an object of answer fields');
    else {
      const checked = validate(FactsSchema, item.answers);
      if (!checked.ok)
        for (const e of checked.error) problem(`answers.${e.field}`, e.message.replace(/^"[^"]*" /, ''));
    }
    if (!Object.hasOwn(item, 'expected_triage')) problem('expected_triage', 'is missing');
    else if (!levelsHighestFirst.includes(item.expected_triage as Level))
      problem('expected_triage', `must be one of ${levelsHighestFirst.join(', ')}`);
  });
  if (errors.length) throw new InputError(errors);
  return input as Vignette[];
}

/** Accuracy per level, never one overall figure: misses (under-triage) and over-triage counted apart. */
export function scoreVignettes(vignettes: readonly Vignette[]): { rows: LevelRow[]; misses: string[] } {
  const misses: string[] = [];
  const rows = levelsHighestFirst.map((level) => {
    const cases = vignettes.filter((v) => v.expected_triage === level);
    let right = 0;
    let under = 0;
    let over = 0;
    for (const v of cases) {
      const got = triage(v.answers).level;
      if (got === level) right++;
      else {
        misses.push(`${v.id}: expected ${level}, got ${got}`);
        if (levelRank[got] < levelRank[level]) under++;
        else over++;
      }
    }
    return { level, cases: cases.length, right, under, over };
  });
  return { rows, misses };
}

export function formatTable(rows: readonly LevelRow[]): string {
  const head = ['expected', 'cases', 'right', 'under-triaged', 'over-triaged', 'sensitivity'];
  const body = rows.map((r) => [
    r.level,
    String(r.cases),
    String(r.right),
    String(r.under),
    String(r.over),
    r.cases ? `${((100 * r.right) / r.cases).toFixed(0)}%` : '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function registerVignettes(program: Command): void {
  program
    .command('vignettes')
    .description('Score triage against a vignette file; prints a per-level table')
    .argument('<file>', 'vignettes JSON: [{id, answers, expected_triage}]')
    .action(async (file: string) => {
      const input = checkVignettes(await readJsonInput(file, 'vignettes'));
      const { rows, misses } = scoreVignettes(input);
      print(formatTable(rows));
      print(misses.length ? `\nMismatches:\n${misses.join('\n')}` : `\nAll ${input.length} vignettes match.`);
      if (misses.length) process.exitCode = 1;
    });
}
