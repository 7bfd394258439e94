import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { isValidDate } from './schemas/common.js';

describe('a calendar date', () => {
  it.each([
    '2026-11-22',
    '2026-01-31',
    '2026-12-31',
    '2028-02-29', // a leap year
    '2000-02-29', // divisible by 400: a leap year
  ])('%s is a real day', (day) => expect(isValidDate(day)).toBe(true));

  it.each([
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-32', 'day 32'],
    ['2026-13-40', 'month 13, day 40'],
    ['2026-02-30', 'the 30th of February'],
    ['2026-04-31', 'the 31st of April'],
    ['2027-02-29', '29 February outside a leap year'],
    ['1900-02-29', '29 February in a century year not divisible by 400'],
    ['2026-01-00', 'day 0'],
    ['26-1-1', 'a short form'],
    ['2026-1-01', 'a one-digit month'],
    ['2026-11-22T08:00:00Z', 'a date and time'],
    ['', 'nothing'],
  ])('%s is refused (%s)', (day) => expect(isValidDate(day)).toBe(false));

  it('stays a real day across months and leap days when days are added', () => {
    for (let n = 0; n < 800; n++) expect(isValidDate(addDays('2027-12-01', n))).toBe(true);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });
});
