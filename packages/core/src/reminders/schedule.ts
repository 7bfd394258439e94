/**
 * When Crick reminds a person: check-ins and sessions at their daily times,
 * neck breaks at an interval through their working hours on their working
 * days, and nothing in their quiet hours. One home for the app (reminders
 * while it is open) and the server (Web Push while it is closed), so both ring
 * at the same moments.
 *
 * Times are the person's wall-clock times in their IANA time zone, turned into
 * instants with Intl (no time-zone tables of our own). A time that a daylight
 * saving change skips rings an hour later, as a wall clock would show it.
 */
import { addDays, clockMinutes } from '../dates.js';
import { err, ok, type Result } from '../result.js';
import type { Settings } from '../schemas/diary.js';

export type ReminderKind = 'check-in' | 'session' | 'break';

export interface DueReminder {
  readonly kind: ReminderKind;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

export interface ReminderSchedule {
  readonly checkInTimes: readonly string[];
  readonly sessionTimes: readonly string[];
  /** null: no break reminders. */
  readonly breakEveryMinutes: number | null;
  readonly workFrom: string;
  readonly workUntil: string;
  /** 1 is Monday, 7 is Sunday. */
  readonly workDays: readonly number[];
  /** Wall-clock hours with no reminder; `from` after `until` spans midnight. */
  readonly quiet: { readonly from: string; readonly until: string } | null;
}

/** The micro-breaks habit's interval, when the person has not chosen one. */
export const DEFAULT_BREAK_MINUTES = 30;
/** The working day the calendar file also starts from. */
export const DEFAULT_WORK_HOURS = { from: '09:00', until: '17:30' } as const;
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5] as const;
/** At most this many breaks in one day (every 10 minutes over a long day is plenty). */
export const MAX_BREAKS_A_DAY = 48;

/** The schedule a settings record asks for (break reminders only when turned on). */
export function reminderScheduleOf(settings: Settings | undefined): ReminderSchedule {
  const quiet =
    settings?.quietFrom && settings.quietUntil && settings.quietFrom !== settings.quietUntil
      ? { from: settings.quietFrom, until: settings.quietUntil }
      : null;
  return {
    checkInTimes: settings?.reminderTimes ?? [],
    sessionTimes: settings?.sessionTimes ?? [],
    breakEveryMinutes: settings?.breakReminders
      ? (settings.breakEveryMinutes ?? DEFAULT_BREAK_MINUTES)
      : null,
    workFrom: settings?.workFrom ?? DEFAULT_WORK_HOURS.from,
    workUntil: settings?.workUntil ?? DEFAULT_WORK_HOURS.until,
    workDays: settings?.workDays ?? MONDAY_TO_FRIDAY,
    quiet,
  };
}

/** The minutes after midnight a break rings at: one interval after `from`, up to (not at) `until`. */
export function breakSlots(everyMinutes: number, from: string, until: string): number[] {
  const end = clockMinutes(until);
  const step = Math.max(1, Math.round(everyMinutes));
  const out: number[] = [];
  for (let t = clockMinutes(from) + step; t < end && out.length < MAX_BREAKS_A_DAY; t += step) out.push(t);
  return out;
}

/** Whether a wall-clock minute of the day is in the quiet hours. */
export function isQuiet(schedule: ReminderSchedule, minutes: number): boolean {
  if (!schedule.quiet) return false;
  const from = clockMinutes(schedule.quiet.from);
  const until = clockMinutes(schedule.quiet.until);
  return from < until ? minutes >= from && minutes < until : minutes >= from || minutes < until;
}

export interface ZoneProblem {
  readonly field: 'timeZone';
  readonly message: string;
}

/** Every reminder due after `from` and at or before `until` (both instants), in time order. */
export function remindersBetween(
  schedule: ReminderSchedule,
  from: number,
  until: number,
  timeZone: string,
): Result<DueReminder[], ZoneProblem> {
  const zone = zoneOf(timeZone);
  if (!zone.ok) return zone;
  const clock = zone.value;
  const out: DueReminder[] = [];
  // A day before and after, so a zone far from UTC loses no reminder at the edges.
  const last = addDays(clock.dateOf(until), 1);
  for (let date = addDays(clock.dateOf(from), -1); date <= last; date = addDays(date, 1)) {
    for (const { kind, minutes } of slotsOn(schedule, date)) {
      if (isQuiet(schedule, minutes)) continue;
      const at = clock.instantOf(date, minutes);
      if (at > from && at <= until) out.push({ kind, at });
    }
  }
  const seen = new Set<string>();
  return ok(
    out
      .sort((a, b) => a.at - b.at || a.kind.localeCompare(b.kind))
      .filter((r) => {
        const key = `${r.kind} ${r.at}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
  );
}

/** The first reminder after `after`, looking a week and a day ahead; null when none is set. */
export function nextReminder(
  schedule: ReminderSchedule,
  after: number,
  timeZone: string,
): Result<DueReminder | null, ZoneProblem> {
  const due = remindersBetween(schedule, after, after + 8 * 86_400_000, timeZone);
  return due.ok ? ok(due.value[0] ?? null) : due;
}

/**
 * What a reminder says, on the lock screen and in the calendar: nothing about
 * health beyond the kind of reminder (a notification can be read by anyone nearby).
 */
export const reminderWording: Record<ReminderKind, { readonly title: string; readonly body: string }> = {
  'check-in': { title: 'Crick', body: 'Time for your Crick check-in' },
  session: { title: 'Crick', body: 'Time for your Crick session' },
  break: { title: 'Crick', body: 'Time for your neck break' },
};

function slotsOn(schedule: ReminderSchedule, date: string): { kind: ReminderKind; minutes: number }[] {
  const slots: { kind: ReminderKind; minutes: number }[] = [
    ...schedule.checkInTimes.map((t) => ({ kind: 'check-in' as const, minutes: clockMinutes(t) })),
    ...schedule.sessionTimes.map((t) => ({ kind: 'session' as const, minutes: clockMinutes(t) })),
  ];
  if (schedule.breakEveryMinutes !== null && schedule.workDays.includes(isoWeekday(date)))
    for (const minutes of breakSlots(schedule.breakEveryMinutes, schedule.workFrom, schedule.workUntil))
      slots.push({ kind: 'break', minutes });
  return slots;
}

/** 1 (Monday) to 7 (Sunday) for a YYYY-MM-DD. */
function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

interface ZoneClock {
  /** The wall-clock date, YYYY-MM-DD, at an instant. */
  dateOf(at: number): string;
  /** The instant a wall-clock time of a date shows. */
  instantOf(date: string, minutes: number): number;
}

function zoneOf(timeZone: string): Result<ZoneClock, ZoneProblem> {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return err({
      field: 'timeZone',
      message: `"${timeZone}" is not a time zone this system knows (e.g. Europe/London)`,
    });
  }
  const parts = (at: number) => {
    const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
    return {
      y: Number(p.year),
      mo: Number(p.month),
      d: Number(p.day),
      h: Number(p.hour),
      mi: Number(p.minute),
      s: Number(p.second),
    };
  };
  // How far the wall clock is ahead of UTC at an instant.
  const offset = (at: number) => {
    const p = parts(at);
    return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(at / 1000) * 1000;
  };
  return ok({
    dateOf: (at) => {
      const p = parts(at);
      return `${String(p.y).padStart(4, '0')}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
    },
    instantOf: (date, minutes) => {
      const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
      // The offset where the wall time lies; read twice, since the first guess may sit across a change.
      const first = wall - offset(wall);
      const second = wall - offset(first);
      return offset(second) === wall - second ? second : Math.max(first, second);
    },
  });
}
