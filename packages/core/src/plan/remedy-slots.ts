import type { Phase, Remedy } from '../content/types.js';
import { clockMinutes, formatClock } from '../dates.js';
import type { RemedyUse } from '../schemas/diary.js';
import type { Intake } from '../schemas/intake.js';
import type { RemedySlot } from './types.js';

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

/**
 * Up to three slots a day at the suggested length, spaced by the remedy's gap
 * from each other and from uses already logged today, and ending at least an
 * hour before sleep so none runs while asleep.
 */
export function remedySlots(input: {
  intake: Intake;
  remedy: Remedy;
  kind: 'cold' | 'heat';
  why: string;
  date: string;
  phase: Phase;
  sessionTimes: readonly number[];
  usesToday: readonly RemedyUse[];
}): RemedySlot[] {
  const limits = input.remedy.limits;
  if (!limits) return [];
  const minutes = Math.min(limits.maxMinutes, limits.hardMaxMinutes);
  const wake = clockMinutes(input.intake.wakeTime ?? '07:30');
  const latestEnd = clockMinutes(input.intake.sleepTime ?? '22:30') - 60;
  // Heat just before a session warms the muscles; otherwise spread over the day.
  const wanted =
    input.kind === 'heat' && input.sessionTimes.length > 0
      ? input.sessionTimes.map((t) => t - minutes)
      : [wake + 30, wake + 6 * 60, wake + 11 * 60];
  const busy = input.usesToday.map((u) => {
    const start = clockMinutes(u.startedAt.slice(11, 16));
    return { start, end: start + u.minutes };
  });
  const slots: RemedySlot[] = [];
  const cap =
    Math.min(3, limits.maxPerDay ?? 3) - input.usesToday.filter((u) => u.kind === input.kind).length;
  for (const w of wanted) {
    if (slots.length >= cap) break;
    let start = Math.max(w, wake);
    const clash = () =>
      busy.find(
        (b) => start < b.end + limits.minGapMinutes && start + minutes + limits.minGapMinutes > b.start,
      );
    for (let b = clash(); b; b = clash()) start = b.end + limits.minGapMinutes;
    if (start + minutes > latestEnd) continue;
    busy.push({ start, end: start + minutes });
    slots.push({
      kind: input.kind,
      remedyId: input.remedy.id,
      start: formatClock(start),
      minutes,
      why: input.why,
    });
  }
  return slots.sort((a, b) => (a.start < b.start ? -1 : 1));
}
