import type { Habit } from '@crick/core';
import type { IcsReminder } from '../../lib/ics.js';

/** The calendar reminders for the habits that apply, plus the person's own daily check-in times. */
export function remindersFor(
  habits: readonly Habit[],
  options: { everyMinutes: number; from: string; until: string; checkInTimes: readonly string[] },
): IcsReminder[] {
  const out: IcsReminder[] = [];
  for (const h of habits) {
    if (!h.reminder) continue;
    const description = `${h.why} ${h.how.join(' ')}`;
    if (h.reminder.kind === 'daily')
      out.push({ id: h.id, title: `Crick: ${h.name}`, description, kind: 'daily', time: h.reminder.time });
    else
      out.push({
        id: h.id,
        title: `Crick: ${h.name}`,
        description,
        kind: 'interval',
        everyMinutes: options.everyMinutes,
        from: options.from,
        until: options.until,
        weekdaysOnly: true,
      });
  }
  for (const time of options.checkInTimes)
    out.push({
      id: `check-in-${time.replace(':', '')}`,
      title: 'Crick: a quick check-in',
      description: 'How is your neck? Open Crick and note your pain: it takes 15 seconds.',
      kind: 'daily',
      time,
    });
  return out;
}
