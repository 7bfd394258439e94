import { describe, expect, it } from 'vitest';
import { breakSlots, nextReminder, reminderScheduleOf, remindersBetween } from './schedule.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const between = (
  settings: Parameters<typeof reminderScheduleOf>[0],
  from: string,
  until: string,
  zone: string,
) => {
  const due = remindersBetween(reminderScheduleOf(settings), at(from), at(until), zone);
  if (!due.ok) throw new Error(due.error.message);
  return due.value.map((r) => `${r.kind} ${iso(r.at)}`);
};

describe('the reminder schedule', () => {
  it("rings check-ins and sessions every day at the wall-clock time of the person's zone", () => {
    // 2026-12-01 is a Tuesday; London is on GMT, New York five hours behind.
    const settings = { reminderTimes: ['08:00'], sessionTimes: ['12:30'] };
    expect(between(settings, '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'Europe/London')).toEqual([
      'check-in 2026-12-01T08:00:00.000Z',
      'session 2026-12-01T12:30:00.000Z',
    ]);
    expect(between(settings, '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'America/New_York')).toEqual([
      'check-in 2026-12-01T13:00:00.000Z',
      'session 2026-12-01T17:30:00.000Z',
    ]);
  });

  it('rings breaks one interval after work starts, until (not at) work ends, on working days only', () => {
    const settings = {
      breakReminders: true,
      breakEveryMinutes: 60,
      workFrom: '09:00',
      workUntil: '12:00',
      workDays: [2],
    };
    // Tuesday: 10:00 and 11:00 (not 12:00); Wednesday is not a working day.
    expect(between(settings, '2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z', 'UTC')).toEqual([
      'break 2026-12-01T10:00:00.000Z',
      'break 2026-12-01T11:00:00.000Z',
    ]);
  });

  it('rings no breaks unless they are turned on', () => {
    expect(between({ breakEveryMinutes: 60 }, '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'UTC')).toEqual(
      [],
    );
  });

  it('rings nothing in the quiet hours, across midnight too', () => {
    const settings = {
      reminderTimes: ['06:30', '07:00', '21:59', '22:00', '23:30'],
      quietFrom: '22:00',
      quietUntil: '07:00',
    };
    expect(between(settings, '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'UTC')).toEqual([
      'check-in 2026-12-01T07:00:00.000Z',
      'check-in 2026-12-01T21:59:00.000Z',
    ]);
    const lunch = {
      ...settings,
      quietFrom: '12:00',
      quietUntil: '13:00',
      reminderTimes: ['11:59', '12:00', '13:00'],
    };
    expect(between(lunch, '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', 'UTC')).toEqual([
      'check-in 2026-12-01T11:59:00.000Z',
      'check-in 2026-12-01T13:00:00.000Z',
    ]);
  });

  it('keeps the wall-clock time across a daylight saving change, and rings a skipped time an hour later', () => {
    // London goes to BST at 01:00 UTC on 2026-03-29: 01:30 that day does not exist.
    const settings = { reminderTimes: ['01:30', '08:00'] };
    expect(between(settings, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', 'Europe/London')).toEqual([
      'check-in 2026-03-28T01:30:00.000Z',
      'check-in 2026-03-28T08:00:00.000Z',
      'check-in 2026-03-29T01:30:00.000Z',
      'check-in 2026-03-29T07:00:00.000Z',
    ]);
  });

  it('counts a reminder at the end of the window, not at its start', () => {
    const settings = { reminderTimes: ['08:00'] };
    expect(between(settings, '2026-12-01T08:00:00Z', '2026-12-02T08:00:00Z', 'UTC')).toEqual([
      'check-in 2026-12-02T08:00:00.000Z',
    ]);
  });

  it('finds the next reminder, or none when none is set', () => {
    const next = nextReminder(
      reminderScheduleOf({ reminderTimes: ['08:00', '12:00'] }),
      at('2026-12-01T09:30:00Z'),
      'UTC',
    );
    expect(next).toEqual({ ok: true, value: { kind: 'check-in', at: at('2026-12-01T12:00:00Z') } });
    expect(nextReminder(reminderScheduleOf({}), at('2026-12-01T09:30:00Z'), 'UTC')).toEqual({
      ok: true,
      value: null,
    });
  });

  it('names the time zone when it is not one', () => {
    const due = remindersBetween(
      reminderScheduleOf({ reminderTimes: ['08:00'] }),
      0,
      86_400_000,
      'Mars/Olympus_Mons',
    );
    expect(due).toMatchObject({ ok: false, error: { field: 'timeZone' } });
    expect(due.ok ? '' : due.error.message).toContain('Mars/Olympus_Mons');
  });

  it('spaces break slots by the interval, at most 48 a day', () => {
    expect(breakSlots(30, '09:00', '11:00')).toEqual([570, 600, 630]);
    expect(breakSlots(60, '17:00', '17:30')).toEqual([]);
    expect(breakSlots(1, '00:00', '23:59')).toHaveLength(48);
  });
});
