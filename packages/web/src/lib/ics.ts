/**
 * A small iCalendar (RFC 5545) writer for Crick's reminders, so any calendar
 * app can remind the person even when Crick is closed.
 *
 * Times are "floating" local times (no TZID): a 09:00 reminder rings at 09:00
 * wherever the phone is, which is what a habit reminder means, and it avoids
 * shipping time-zone tables.
 */

export type IcsReminder =
  | {
      readonly id: string;
      readonly title: string;
      readonly description: string;
      readonly kind: 'daily';
      /** HH:MM */
      readonly time: string;
    }
  | {
      readonly id: string;
      readonly title: string;
      readonly description: string;
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
/** At most this many events for one interval reminder (every 10 minutes over a long day is plenty). */
export const MAX_SLOTS = 48;

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

const minutesOf = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};
const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;

/** The clock times an interval reminder rings at, from `from` up to (not including) `until`. */
export function slotsOf(everyMinutes: number, from: string, until: string): string[] {
  const start = minutesOf(from);
  const end = minutesOf(until);
  const step = Math.max(1, Math.round(everyMinutes));
  const out: string[] = [];
  for (let t = start + step; t < end && out.length < MAX_SLOTS; t += step) out.push(hhmm(t));
  return out;
}

const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The calendar file. An interval reminder becomes one daily event per time of
 * day (09:30, 10:00, ...): every calendar understands FREQ=DAILY, while many
 * (Google's among them) ignore MINUTELY and BYHOUR rules.
 */
export function remindersToIcs(
  reminders: readonly IcsReminder[],
  options: { readonly startDate: string; readonly now: Date; readonly domain?: string },
): string {
  const domain = options.domain ?? 'crick.app';
  const date = options.startDate.replace(/-/g, '');
  const stamp = utcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Crick//Reminders//EN', 'CALSCALE:GREGORIAN'];
  const event = (uid: string, r: IcsReminder, time: string, rule: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${date}T${time}00`,
      'DURATION:PT5M',
      `RRULE:${rule}`,
      `SUMMARY:${escapeText(r.title)}`,
      `DESCRIPTION:${escapeText(r.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(r.title)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  };
  for (const r of reminders) {
    if (r.kind === 'daily') event(`${r.id}-daily`, r, r.time.replace(':', ''), 'FREQ=DAILY');
    else {
      const rule = r.weekdaysOnly ? 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' : 'FREQ=DAILY';
      for (const slot of slotsOf(r.everyMinutes, r.from, r.until)) event(`${r.id}-${slot}`, r, slot, rule);
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
