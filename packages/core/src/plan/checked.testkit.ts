import type { TriageRecord } from '../schemas/triage-record.js';
import { type PlanInput, planDay } from './plan-day.js';
import type { Plan } from './types.js';

/** A check that found nothing worrying, early on a day. */
export const selfCareCheckOn = (date: string): TriageRecord => ({
  at: `${date}T06:00:00.000Z`,
  facts: {},
  level: 'self_care',
  fired: [],
  trigger: 'first',
});

/**
 * The plan of a person who did the check, nothing found, on the day the pain
 * started (or the plan's day, if that is earlier): a plan needs a stored check,
 * so tests of everything after it start here. A history with its own triages keeps them.
 */
export function planChecked(input: PlanInput): Plan {
  const history = input.history ?? {};
  // biome-ignore lint/complexity/useMathMinMax: these are dates as text, not numbers
  const day = input.date < input.intake.startedOn ? input.date : input.intake.startedOn;
  return planDay({ ...input, history: { ...history, triages: history.triages ?? [selfCareCheckOn(day)] } });
}
