import type { Phase, Remedy } from '../content/types.js';
import { addDays, clockMinutes } from '../dates.js';
import { localDate } from '../progress/order.js';
import type { RemedyUse } from '../schemas/diary.js';
import { type Intake, intakeDefaults } from '../schemas/intake.js';
import type { RemedySlot } from './types.js';
import { clockOf, wakingDay } from './waking-day.js';

/**
 * Cold or heat? Garra 2010 found no difference, so the person's choice wins;
 * with no preference, cold in the first 48 h after a strain and heat for a
 * spasm without injury (CLINICAL.md section 2).
 */
export function chooseRemedyKind(intake: Intake, day: number): { kind: 'cold' | 'heat'; why: string } {
  if (intake.preference === 'cold') return { kind: 'cold', why: 'You prefer cold.' };
  if (intake.preference === 'heat') return { kind: 'heat', why: 'You prefer heat.' };
  if (intake.strain && day <= 1)
    return { kind: 'cold', why: 'Cold suits the first 48 hours after a strain.' };
  return {
    kind: 'heat',
    why: 'Heat suits a spasm without an injury, and warms the muscles before exercise.',
  };
}

/** CLINICAL.md section 2: cold and heat never over 20 minutes, 60 minutes or more between uses. */
export const REMEDY_MAX_MINUTES = 20;
export const REMEDY_MIN_GAP_MINUTES = 60;
/** None within an hour of sleep, so none runs while the person is asleep (CLINICAL.md: "never while asleep"). */
export const REMEDY_BEFORE_SLEEP_MINUTES = 60;

const DAY = 24 * 60;

/**
 * A logged use on the plan day's clock, from its wall-clock time as written:
 * yesterday's late use is negative minutes, tomorrow's (after a midnight the
 * person is still awake for) is past 24:00.
 */
function onPlanClock(use: RemedyUse, date: string): { start: number; end: number } | undefined {
  const day = localDate(use.startedAt);
  const shift =
    day === date ? 0 : day === addDays(date, -1) ? -DAY : day === addDays(date, 1) ? DAY : undefined;
  if (shift === undefined) return undefined;
  const start = clockMinutes(use.startedAt.slice(11, 16)) + shift;
  return { start, end: start + use.minutes };
}

/**
 * Up to three slots a day at the suggested length (never over 20 minutes),
 * spaced by the remedy's gap (never under 60 minutes) from each other and from
 * every logged use, yesterday's late ones included; none before waking and each
 * ending at least an hour before sleep, so none runs while asleep.
 */
export function remedySlots(input: {
  intake: Intake;
  remedy: Remedy;
  kind: 'cold' | 'heat';
  why: string;
  date: string;
  phase: Phase;
  /** Session starts on the waking day's clock (minutes, past 24:00 after midnight). */
  sessionTimes: readonly number[];
  /** Every logged use; those of the day before, the day and the day after count. */
  uses: readonly RemedyUse[];
}): RemedySlot[] {
  const limits = input.remedy.limits;
  if (!limits) return [];
  const minutes = Math.min(limits.maxMinutes, limits.hardMaxMinutes, REMEDY_MAX_MINUTES);
  const gap = Math.max(limits.minGapMinutes, REMEDY_MIN_GAP_MINUTES);
  const { wake, sleep } = wakingDay(
    input.intake.wakeTime ?? intakeDefaults.wakeTime,
    input.intake.sleepTime ?? intakeDefaults.sleepTime,
  );
  const latestEnd = sleep - REMEDY_BEFORE_SLEEP_MINUTES;
  // Heat just before a session warms the muscles; otherwise spread over the day.
  const wanted =
    input.kind === 'heat' && input.sessionTimes.length > 0
      ? input.sessionTimes.map((t) => t - minutes)
      : [wake + 30, wake + 6 * 60, wake + 11 * 60];
  // Stryker disable next-line ArrayDeclaration: anything in place of "none" has no start or end, so clashes with nothing
  const busy = input.uses.flatMap((u) => onPlanClock(u, input.date) ?? []);
  const slots: (RemedySlot & { at: number })[] = [];
  const usedToday = input.uses.filter(
    (u) => u.kind === input.kind && localDate(u.startedAt) === input.date,
  ).length;
  const cap = Math.min(3, limits.maxPerDay ?? 3) - usedToday;
  for (const w of wanted) {
    if (slots.length >= cap) break;
    let start = Math.max(w, wake);
    const clash = () => busy.find((b) => start < b.end + gap && start + minutes + gap > b.start);
    for (let b = clash(); b; b = clash()) start = b.end + gap;
    if (start + minutes > latestEnd) continue;
    busy.push({ start, end: start + minutes });
    slots.push({
      kind: input.kind,
      remedyId: input.remedy.id,
      start: clockOf(start),
      minutes,
      why: input.why,
      at: start,
    });
  }
  // In time order already: each slot starts at or after its wanted time, the wanted times rise,
  // and a slot moved past the next wanted time pushes that one past itself.
  return slots.map(({ at: _at, ...slot }) => slot);
}
