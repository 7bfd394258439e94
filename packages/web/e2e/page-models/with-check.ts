/**
 * A plan needs a stored check. Specs that start from "already has a plan" seed
 * an intake; this adds the check that came before it (nothing found, at the
 * start of the day the pain began) unless the spec seeds its own triage.
 */
export function withCheck<T extends { type: string; data: unknown }>(records: T[]): (T | SeedRecord)[] {
  const intake = records.find((r) => r.type === 'intake')?.data as { startedOn?: string } | undefined;
  if (!intake?.startedOn || records.some((r) => r.type === 'triage')) return records;
  const check: SeedRecord = {
    type: 'triage',
    data: {
      at: `${intake.startedOn}T00:00:00.000Z`,
      facts: {},
      level: 'self_care',
      fired: [],
      trigger: 'first',
    },
  };
  return [check, ...records];
}

type SeedRecord = { type: string; data: unknown };
