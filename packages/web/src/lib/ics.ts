/**
 * A small iCalendar (RFC 5545) writer for Crick's reminders, so any calendar
 * app can remind the person even when Crick is closed.
 *
 * Each reminder is one recurring event with an alarm, so the calendar shows one
 * entry a day, not one per break.
 *
 * Times are "floating" local times (no TZID, no VTIMEZONE): a 09:00 reminder
 * rings at 09:00 on the clock where the phone is, before and after a daylight
 * saving change and after travel, which is what a habit reminder means. A
 * VTIMEZONE would pin it to the zone of the day it was made and would need
 * time-zone tables in the app.
 *
 * The event text and UIDs say only "neck break" or "check-in": a calendar is
 * often synced to a third party, so the habit, the pain and the plan stay in
 * Crick.
 */
import { breakSlots, err, MAX_BREAKS_A_DAY, ok, type Result } from '@crick/core';

export type IcsReminder =
  | {
      readonly kind: 'daily';
      /** What the calendar calls it; nothing more specific leaves Crick. */
      readonly purpose: 'neck-break' | 'check-in';
      /** HH:MM */
      readonly time: string;
    }
  | {
      readonly kind: 'interval';
      readonly everyMinutes: number;
      /** Working hours, HH:MM; the last reminder is before `until`. */
      readonly from: string;
      readonly until: string;
      /** Weekdays only (work breaks) or every day. */
      readonly weekdaysOnly: boolean;
    };

const CRLF = '\r\n';
const MAX_OCTETS = 75;
/** At most this many alarms for one interval reminder (every 10 minutes over a long day is plenty). */
export const MAX_SLOTS = MAX_BREAKS_A_DAY;
/** How long each reminder sits in the calendar; it marks the time as free (TRANSP:TRANSPARENT). */
const EVENT_MINUTES = 5;

const WEEKDAYS_RULE = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
const EVERY_DAY_RULE = 'FREQ=DAILY';

const WORDING = {
  'neck-break': {
    summary: 'Crick: neck break',
    description: 'Time for your neck break. Open Crick to start.',
    alarm: 'Time for your neck break',
  },
  'check-in': {
    summary: 'Crick: check-in',
    description: 'Time for your Crick check-in. Open Crick to start.',
    alarm: 'Time for your Crick check-in',
  },
} as const;

/** TEXT escaping of RFC 5545 section 3.3.11. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds one content line at 75 octets (section 3.1): CRLF then a space. Splits
 * only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;

/** The clock times an interval reminder rings at, from `from` up to (not including) `until`. */
export function slotsOf(everyMinutes: number, from: string, until: string): string[] {
  return slotMinutes(everyMinutes, from, until).map(hhmm);
}

const stepOf = (everyMinutes: number) => Math.max(1, Math.round(everyMinutes));

// One home for the break times: the app's reminders and the server's pushes ring at them too.
const slotMinutes = breakSlots;

const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The first day of a series, as YYYYMMDD: `startDate` itself, or for a
 * weekday series the Monday after a Saturday or Sunday. RFC 5545 counts
 * DTSTART as an occurrence even when the rule excludes its day, so a weekday
 * series starting on a Saturday would ring that Saturday.
 */
export function firstDayOf(startDate: string, weekdaysOnly: boolean): string {
  const [y = 0, m = 1, d = 1] = startDate.split('-').map(Number);
  // UTC only for calendar arithmetic on a date without a time; no clock is involved.
  const day = new Date(Date.UTC(y, m - 1, d));
  if (weekdaysOnly) {
    const weekday = day.getUTCDay();
    if (weekday === 6) day.setUTCDate(day.getUTCDate() + 2);
    if (weekday === 0) day.setUTCDate(day.getUTCDate() + 1);
  }
  return day.toISOString().slice(0, 10).replace(/-/g, '');
}

const minutesDuration = (minutes: number) => `PT${minutes}M`;

/** A value the file cannot be made from, named by its path in the input. */
export type IcsInputError = { readonly field: string; readonly message: string };

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function isCalendarDate(date: string): boolean {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  // A day past the month's end rolls into the next month.
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && day.getUTCMonth() === m - 1;
}

/** The first bad value in the input, so a broken file is never written. */
function problemIn(reminders: readonly IcsReminder[], startDate: string): IcsInputError | undefined {
  if (!isCalendarDate(startDate)) return { field: 'startDate', message: 'must be a date, YYYY-MM-DD' };
  for (const [i, r] of reminders.entries()) {
    const at = `reminders[${i}]`;
    if (r.kind === 'daily') {
      if (!CLOCK.test(r.time)) return { field: `${at}.time`, message: 'must be a time of day, HH:MM' };
      continue;
    }
    if (!CLOCK.test(r.from)) return { field: `${at}.from`, message: 'must be a time of day, HH:MM' };
    if (!CLOCK.test(r.until)) return { field: `${at}.until`, message: 'must be a time of day, HH:MM' };
    if (r.until <= r.from) return { field: `${at}.until`, message: 'must be after from' };
    if (!Number.isFinite(r.everyMinutes) || r.everyMinutes < 1 || r.everyMinutes > 24 * 60)
      return { field: `${at}.everyMinutes`, message: 'must be a number of minutes from 1 to 1440' };
  }
  return undefined;
}

/**
 * The calendar file: one recurring event per reminder. An interval reminder is
 * one event a day spanning its breaks, with one alarm per break: every
 * calendar understands FREQ=DAILY and FREQ=WEEKLY with BYDAY, while many
 * (Google's among them) ignore MINUTELY and BYHOUR rules. The cost: a calendar
 * that keeps one alarm per event (Outlook) rings only the first break, and
 * Google's import drops alarms for its own default notification.
 */
export function remindersToIcs(
  reminders: readonly IcsReminder[],
  options: { readonly startDate: string; readonly now: Date; readonly domain?: string },
): Result<string, IcsInputError> {
  const problem = problemIn(reminders, options.startDate);
  if (problem) return err(problem);
  const domain = options.domain ?? 'crick.app';
  const stamp = utcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Crick//Reminders//EN', 'CALSCALE:GREGORIAN'];
  const alarm = (description: string, offsetMinutes: number) =>
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(description)}`,
      `TRIGGER:${minutesDuration(offsetMinutes)}`,
      'END:VALARM',
    );
  const written = new Set<string>();
  const event = (
    id: string,
    at: { readonly time: string; readonly minutes: number; readonly weekdaysOnly: boolean },
    wording: { readonly summary: string; readonly description: string; readonly alarm: string },
    alarmOffsets: readonly number[],
  ) => {
    // Two reminders with the same wording at the same time would ring twice for one thing.
    if (written.has(id)) return;
    written.add(id);
    lines.push(
      'BEGIN:VEVENT',
      // A stable UID from the wording and time: importing the file again updates the reminders instead of doubling them.
      `UID:${id}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${firstDayOf(options.startDate, at.weekdaysOnly)}T${at.time}00`,
      `DURATION:${minutesDuration(at.minutes)}`,
      `RRULE:${at.weekdaysOnly ? WEEKDAYS_RULE : EVERY_DAY_RULE}`,
      `SUMMARY:${escapeText(wording.summary)}`,
      `DESCRIPTION:${escapeText(wording.description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const offset of alarmOffsets) alarm(wording.alarm, offset);
    lines.push('END:VEVENT');
  };
  for (const r of reminders) {
    if (r.kind === 'daily') {
      const at = { time: r.time.replace(':', ''), minutes: EVENT_MINUTES, weekdaysOnly: false };
      event(`${r.purpose}-${at.time}`, at, WORDING[r.purpose], [0]);
      continue;
    }
    const slots = slotMinutes(r.everyMinutes, r.from, r.until);
    const first = slots[0];
    if (first === undefined) continue;
    const offsets = slots.map((t) => t - first);
    const at = {
      time: hhmm(first),
      minutes: (offsets.at(-1) ?? 0) + EVENT_MINUTES,
      weekdaysOnly: r.weekdaysOnly,
    };
    const summary = `Crick: neck breaks every ${stepOf(r.everyMinutes)} minutes`;
    event(`neck-breaks-${at.time}`, at, { ...WORDING['neck-break'], summary }, offsets);
  }
  lines.push('END:VCALENDAR');
  return ok(lines.map(foldLine).join(CRLF) + CRLF);
}
