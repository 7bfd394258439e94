import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, type IcsReminder, remindersToIcs, slotsOf } from './ics.js';

/** A minimal reader, independent of the writer: unfold, split properties, group into components. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter((l) => l !== '');
  const events: Record<string, string>[] = [];
  const alarms: Record<string, string>[] = [];
  const stack: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push({});
      if (value === 'VALARM') alarms.push({});
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
    } else if (stack.at(-1) === 'VEVENT') (events.at(-1) as Record<string, string>)[name] = value;
    else if (stack.at(-1) === 'VALARM') (alarms.at(-1) as Record<string, string>)[name] = value;
  }
  expect(stack).toEqual([]);
  return { lines, events, alarms };
}
const unescapeText = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

const daily: IcsReminder = {
  id: 'stress-and-breathing',
  title: 'A few minutes of calm',
  description: 'Breathe out slowly; let your shoulders drop, then carry on; no rush.',
  kind: 'daily',
  time: '18:00',
};
const breaks: IcsReminder = {
  id: 'micro-breaks',
  title: 'Break: a 20-second stretch',
  description: 'Stand up, ear to shoulder for 20 seconds each side. Roll your shoulders.',
  kind: 'interval',
  everyMinutes: 45,
  from: '09:00',
  until: '12:00',
  weekdaysOnly: true,
};
const now = new Date('2026-11-22T08:30:05.123Z');

describe('the .ics writer', () => {
  it('writes a calendar that reads back with every field', () => {
    const text = remindersToIcs([daily, breaks], { startDate: '2026-11-23', now });
    const { lines, events, alarms } = parseIcs(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    // One daily event, and one event per break time: 09:45, 10:30, 11:15.
    expect(events).toHaveLength(4);
    expect(alarms).toHaveLength(4);
    const [calm, ...rest] = events;
    expect(calm).toMatchObject({
      DTSTART: '20261123T180000',
      RRULE: 'FREQ=DAILY',
      DTSTAMP: '20261122T083005Z',
      UID: 'stress-and-breathing-daily@crick.app',
    });
    expect(unescapeText(calm?.DESCRIPTION ?? '')).toBe(daily.description);
    expect(rest.map((e) => e.DTSTART)).toEqual(['20261123T094500', '20261123T103000', '20261123T111500']);
    for (const e of rest) expect(e.RRULE).toBe('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR');
    const uids = events.map((e) => e.UID);
    expect(new Set(uids).size).toBe(uids.length);
    for (const a of alarms) expect(a).toMatchObject({ ACTION: 'DISPLAY', TRIGGER: 'PT0M' });
  });

  it('ends every line with CRLF and folds lines longer than 75 octets', () => {
    const long: IcsReminder = { ...daily, description: `${'Ä slow breath out, '.repeat(12)}done.` };
    const text = remindersToIcs([long], { startDate: '2026-11-23', now });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    const { events } = parseIcs(text);
    expect(unescapeText(events[0]?.DESCRIPTION ?? '')).toBe(long.description);
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
});
