import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeText, foldLine, type IcsReminder, remindersToIcs, slotsOf } from './ics.js';

/** The file, for input that is valid. */
function fileOf(...args: Parameters<typeof remindersToIcs>): string {
  const made = remindersToIcs(...args);
  if (!made.ok) throw new Error(`${made.error.field} ${made.error.message}`);
  return made.value;
}

/** Reads the file with Mozilla's iCalendar parser, independent of the writer. */
function eventsOf(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

/** Every occurrence of an event that starts before `until`, as ical.js expands its RRULE. */
function occurrences(vevent: ICAL.Component, until: string): ICAL.Time[] {
  const end = ICAL.Time.fromDateTimeString(until);
  const it = new ICAL.Event(vevent).iterator();
  const out: ICAL.Time[] = [];
  for (let next = it.next(); next && next.compare(end) < 0; next = it.next()) out.push(next);
  return out;
}

/** When each alarm of an occurrence rings: its start plus the alarm's TRIGGER. */
function alarmsAt(vevent: ICAL.Component, start: ICAL.Time): ICAL.Time[] {
  return vevent.getAllSubcomponents('valarm').map((alarm) => {
    const at = start.clone();
    at.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
    return at;
  });
}

const day = (t: ICAL.Time) => t.toString().slice(0, 10);
const clock = (t: ICAL.Time) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
/** ical.js numbers days of the week from Sunday = 1; Saturday is 7. */
const isWeekend = (t: ICAL.Time) => t.dayOfWeek() === 1 || t.dayOfWeek() === 7;
const byUid = (events: ICAL.Component[], uid: string) => {
  const found = events.find((e) => e.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
};

const calm: IcsReminder = { kind: 'daily', purpose: 'neck-break', time: '18:00' };
const checkIn: IcsReminder = { kind: 'daily', purpose: 'check-in', time: '09:00' };
const breaks: IcsReminder = {
  kind: 'interval',
  everyMinutes: 30,
  from: '09:00',
  until: '17:30',
  weekdaysOnly: true,
};
const now = new Date('2026-11-22T08:30:05.123Z');
// 2026-11-28 is a Saturday, 2026-11-29 a Sunday, 2026-12-02 a Wednesday.
const saturday = '2026-11-28';
const sunday = '2026-11-29';

describe('the .ics writer', () => {
  it('writes one recurring event per reminder, each with a display alarm, a UID and a DTSTAMP', () => {
    const events = eventsOf(fileOf([calm, checkIn, breaks], { startDate: saturday, now }));
    expect(events).toHaveLength(3);
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids).toEqual([
      'neck-break-1800@crick.app',
      'check-in-0900@crick.app',
      'neck-breaks-0930@crick.app',
    ]);
    for (const e of events) {
      expect(e.getFirstPropertyValue('rrule')).toBeInstanceOf(ICAL.Recur);
      expect(String(e.getFirstPropertyValue('dtstamp'))).toBe('2026-11-22T08:30:05Z');
      const alarms = e.getAllSubcomponents('valarm');
      expect(alarms.length).toBeGreaterThan(0);
      for (const a of alarms) {
        expect(a.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(a.getFirstPropertyValue('description')).toBeTruthy();
      }
    }
  });

  it('makes a working day of breaks every 30 minutes one event with an alarm per break, not 16 events', () => {
    const events = eventsOf(fileOf([breaks], { startDate: '2026-12-02', now }));
    expect(events).toHaveLength(1);
    const [event] = events as [ICAL.Component];
    const days = occurrences(event, '2026-12-16T00:00:00');
    // One entry a day: two weeks from a Wednesday hold ten working days.
    expect(days.map(day)).toEqual([
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-14',
      '2026-12-15',
    ]);
    for (const start of days) {
      const rings = alarmsAt(event, start);
      expect(rings.map(clock)).toEqual(
        slotsOf(30, '09:00', '17:30').map((s) => `${s.slice(0, 2)}:${s.slice(2)}`),
      );
      for (const r of rings) expect(day(r)).toBe(day(start));
    }
  });

  for (const [name, startDate] of [
    ['Saturday', saturday],
    ['Sunday', sunday],
  ] as const) {
    it(`starts the weekday breaks on the Monday when the file is made on a ${name}`, () => {
      const text = fileOf([breaks], { startDate, now });
      const event = byUid(eventsOf(text), 'neck-breaks-0930@crick.app');
      // RFC 5545 counts DTSTART as an occurrence, so it must itself be a weekday.
      expect(day(event.getFirstPropertyValue('dtstart') as ICAL.Time)).toBe('2026-11-30');
      const days = occurrences(event, '2026-12-12T00:00:00');
      expect(days).toHaveLength(10);
      for (const d of days) expect(isWeekend(d)).toBe(false);
      for (const d of days) for (const r of alarmsAt(event, d)) expect(isWeekend(r)).toBe(false);
    });
  }

  it('rings daily reminders every day, weekends included, at their time', () => {
    const events = eventsOf(fileOf([calm, checkIn], { startDate: saturday, now }));
    for (const [uid, time] of [
      ['neck-break-1800@crick.app', '18:00'],
      ['check-in-0900@crick.app', '09:00'],
    ] as const) {
      const event = byUid(events, uid);
      const days = occurrences(event, '2026-12-12T00:00:00');
      expect(days).toHaveLength(14);
      expect(day(days[0] as ICAL.Time)).toBe(saturday);
      expect(days.filter(isWeekend)).toHaveLength(4);
      for (const d of days) expect(alarmsAt(event, d).map(clock)).toEqual([time]);
    }
  });

  describe('across a daylight saving change', () => {
    const zone = process.env.TZ;
    beforeEach(() => {
      // Node reads TZ afresh when it changes; London moves to summer time on Sunday 28 March 2027.
      process.env.TZ = 'Europe/London';
    });
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('keeps ringing at the same clock time on the person’s phone', () => {
      const text = fileOf([checkIn, breaks], { startDate: '2027-03-22', now });
      const events = eventsOf(text);
      const check = occurrences(byUid(events, 'check-in-0900@crick.app'), '2027-04-05T00:00:00');
      const local = check.map((t) => t.toJSDate());
      expect(local.map((d) => d.getHours())).toEqual(Array(14).fill(9));
      // The clock did change in between: 09:00 was 09:00 UTC before and 08:00 UTC after.
      expect(local[0]?.getUTCHours()).toBe(9);
      expect(local.at(-1)?.getUTCHours()).toBe(8);
      const breakEvent = byUid(events, 'neck-breaks-0930@crick.app');
      for (const d of occurrences(breakEvent, '2027-04-05T00:00:00')) {
        const first = alarmsAt(breakEvent, d)[0]?.toJSDate();
        expect([first?.getHours(), first?.getMinutes()]).toEqual([9, 30]);
      }
    });
  });

  it('says only "neck break" or "check-in", nothing of the habit or the person’s health', () => {
    const text = fileOf([calm, checkIn, breaks], { startDate: saturday, now });
    const words = eventsOf(text).flatMap((e) => [
      e.getFirstPropertyValue('summary'),
      e.getFirstPropertyValue('description'),
      ...e.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('description')),
    ]);
    for (const w of words)
      expect(w).toMatch(/^(Crick: )?(Time for your )?(neck breaks?|Crick check-in|check-in)\b/);
    expect(text).not.toMatch(/pain|stress|breath|calm|spasm|symptom/i);
  });

  it('ends every line with CRLF and folds lines longer than 75 octets', () => {
    const domain = `${'ä-long-calendar-domain.'.repeat(5)}example`;
    const text = fileOf([calm, breaks], { startDate: saturday, now, domain });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(eventsOf(text).map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      `neck-break-1800@${domain}`,
      `neck-breaks-0930@${domain}`,
    ]);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('escapes commas, semicolons, backslashes and new lines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('places interval slots inside working hours only', () => {
    expect(slotsOf(30, '09:00', '11:00')).toEqual(['0930', '1000', '1030']);
    expect(slotsOf(60, '17:00', '17:30')).toEqual([]);
  });

  it('writes two reminders with the same wording at the same time once', () => {
    const text = fileOf([calm, { ...calm }, checkIn], { startDate: saturday, now });
    expect(eventsOf(text).map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'neck-break-1800@crick.app',
      'check-in-0900@crick.app',
    ]);
  });

  for (const [field, bad, reminder, startDate] of [
    ['startDate', '30 February', calm, '2026-02-30'],
    ['reminders[0].time', '9:00', { ...calm, time: '9:00' }, saturday],
    ['reminders[0].time', '24:00', { ...calm, time: '24:00' }, saturday],
    ['reminders[0].from', 'empty', { ...breaks, from: '' }, saturday],
    ['reminders[0].until', '25:00', { ...breaks, until: '25:00' }, saturday],
    ['reminders[0].until', 'before from', { ...breaks, until: '08:00' }, saturday],
    ['reminders[0].everyMinutes', 'not a number', { ...breaks, everyMinutes: Number.NaN }, saturday],
    ['reminders[0].everyMinutes', '0', { ...breaks, everyMinutes: 0 }, saturday],
  ] as const) {
    it(`refuses to write a file, naming ${field}, when it is ${bad}`, () => {
      const made = remindersToIcs([reminder], { startDate, now });
      expect(made.ok ? undefined : made.error.field).toBe(field);
    });
  }

  it('leaves out a break reminder whose working hours hold no break', () => {
    const text = fileOf([{ ...breaks, from: '17:00', until: '17:20' }], { startDate: saturday, now });
    expect(eventsOf(text)).toHaveLength(0);
  });
});
