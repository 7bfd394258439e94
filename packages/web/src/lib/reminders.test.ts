import { describe, expect, it } from 'vitest';
import { msUntilNext } from './reminders.js';

describe('the next reminder', () => {
  const at = new Date(2026, 10, 22, 9, 30).getTime();
  it('is the soonest time later today, or the first one tomorrow', () => {
    expect(msUntilNext(['08:00', '12:00'], at)).toBe(150 * 60_000);
    expect(msUntilNext(['08:00'], at)).toBe((24 * 60 - 90) * 60_000);
    expect(msUntilNext([], at)).toBeNull();
  });
});
