import { library } from '@crick/content';
import {
  daysBetween,
  type Facts,
  type FieldError,
  type History,
  HistorySchema,
  IntakeSchema,
  isValidDate,
  type Plan,
  planDay,
  validate,
} from '@crick/core';
import type { Command } from 'commander';
import { InputError, print, printJson, readJsonInput } from '../io.js';

const prefixed = (errors: readonly FieldError[], prefix: string): FieldError[] =>
  errors.map((e) => ({
    field: `${prefix}.${e.field}`,
    message: e.message.replace(`"${e.field}"`, `"${prefix}.${e.field}"`),
  }));

/** Accepts `{intake, history?}` or a bare intake, for a plan of the day `date`. */
export function planRequestFrom(
  value: unknown,
  date: string,
): {
  intake: Parameters<typeof planDay>[0]['intake'];
  history: Partial<History>;
} {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError([
      {
        field: '(root)',
        message: 'the plan input must be an intake object, or {"intake": ..., "history": ...}',
      },
    ]);
  }
  const wrapped = Object.hasOwn(value, 'intake');
  if (wrapped) {
    const extra = Object.keys(value).find((k) => k !== 'intake' && k !== 'history');
    if (extra)
      throw new InputError([
        { field: extra, message: `unknown field "${extra}" (expected "intake" and "history")` },
      ]);
  }
  const raw = value as { intake?: unknown; history?: unknown };
  const intake = validate(IntakeSchema, wrapped ? raw.intake : value);
  if (!intake.ok) throw new InputError(wrapped ? prefixed(intake.error, 'intake') : intake.error);
  // A plan is for a day on or after the pain began; an earlier day is a mistyped date.
  if (daysBetween(intake.value.startedOn, date) < 0) {
    const field = wrapped ? 'intake.startedOn' : 'startedOn';
    throw new InputError([
      {
        field,
        message: `"${field}" (${intake.value.startedOn}) is after the day to plan (${date}): give the day the pain began`,
      },
    ]);
  }
  let history: Partial<History> = {};
  if (wrapped && raw.history !== undefined) {
    const h = validate(HistorySchema, raw.history);
    if (!h.ok) throw new InputError(prefixed(h.error, 'history'));
    history = h.value as Partial<History>;
  }
  return { intake: intake.value, history };
}

const nameOf = (id: string): string => library.exercises.find((e) => e.id === id)?.name ?? id;

export function describePlan(plan: Plan): string {
  const since =
    plan.day === 0 ? 'the day it started' : `${plan.day} day${plan.day === 1 ? '' : 's'} since it started`;
  const lines = [`${plan.date} (${since}): ${plan.phase.toUpperCase()}`, plan.phaseReason, ''];
  const rx = plan.prescription;
  if (rx) {
    lines.push(
      `Programme set by ${rx.setBy.name} on ${rx.setAt.slice(0, 10)}${rx.overridden ? ' (set aside today)' : ''}`,
    );
    if (rx.note) lines.push(`  "${rx.note}"`);
    for (const change of rx.changes) lines.push(`  - ${change}`);
    lines.push('');
  }
  for (const n of plan.notices)
    lines.push(`${n.severity === 'stop' ? '!!' : n.severity === 'warn' ? '!' : '-'} ${n.message}`);
  if (plan.notices.length > 0) lines.push('');
  for (const s of plan.sessions) {
    lines.push(`${s.label} at ${s.time}, about ${s.minutes} min:`);
    for (const item of s.items) {
      const d = item.dosage;
      const dose = d.kind === 'hold' ? `${d.reps} x ${d.holdSeconds} s hold` : `${d.reps} reps`;
      lines.push(
        `  - ${nameOf(item.exerciseId)}: ${dose}, ${d.sets} set${d.sets > 1 ? 's' : ''}${item.side ? `, ${item.side} side only` : d.sides === 'each' ? ', each side' : ''}`,
      );
    }
  }
  if (plan.remedies.length > 0) {
    lines.push('', `${plan.remedies[0]?.kind === 'cold' ? 'Cold' : 'Heat'}: ${plan.remedies[0]?.why}`);
    for (const r of plan.remedies) lines.push(`  - ${r.start} for ${r.minutes} min`);
  }
  if (plan.habits.length > 0) {
    lines.push('', 'Habits:');
    for (const h of plan.habits)
      lines.push(`  - ${library.habits.find((x) => x.id === h.habitId)?.name ?? h.habitId}`);
  }
  return lines.join('\n');
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description("Build today's plan from an intake (and optional history)")
    .argument('[file]', 'a JSON file, or - for standard input')
    .option('--json', 'print the plan as JSON')
    .option('--date <YYYY-MM-DD>', 'the day to plan (default: today)')
    .action(async (file: string | undefined, opts: { json?: boolean; date?: string }) => {
      const date = opts.date ?? today();
      if (!isValidDate(date))
        throw new InputError([
          { field: '--date', message: `"--date" must be a real date written as YYYY-MM-DD, not "${date}"` },
        ]);
      const request = planRequestFrom(await readJsonInput(file, 'intake'), date);
      const plan = planDay({ ...request, date, library });
      if (opts.json) printJson(plan);
      else print(describePlan(plan));
    });
}

export type { Facts };
