import type { Habit } from '@crick/core';
import type { IcsReminder } from '../../lib/ics.js';

/** A calendar reminder and the name the screen lists it by (the file itself says only "neck break" or "check-in"). */
export type LabelledReminder = IcsReminder & { readonly label: string };

/** The calendar reminders for the habits that apply, plus the person's own daily check-in times. */
export function remindersFor(
  habits: readonly Habit[],
  options: { everyMinutes: number; from: string; until: string; checkInTimes: readonly string[] },
): LabelledReminder[] {
  const out: LabelledReminder[] = [];
  for (const h of habits) {
    if (!h.reminder) continue;
    if (h.reminder.kind === 'daily')
      out.push({ label: h.name, kind: 'daily', purpose: 'neck-break', time: h.reminder.time });
    else
      out.push({
        label: h.name,
        kind: 'interval',
        everyMinutes: options.everyMinutes,
        from: options.from,
        until: options.until,
        weekdaysOnly: true,
      });
  }
  for (const time of options.checkInTimes)
    out.push({ label: 'a quick check-in', kind: 'daily', purpose: 'check-in', time });
  return out;
}
