import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from './emergency-number.js';

describe('the emergency number', () => {
  it('is the region’s own, however the region code is written', () => {
    expect(emergencyNumberFor('GB')).toBe('999');
    expect(emergencyNumberFor('us')).toBe('911');
  });

  it('is 112 for a region we do not know, or none', () => {
    expect(emergencyNumberFor('FR')).toBe('112');
    expect(emergencyNumberFor('')).toBe('112');
    expect(emergencyNumberFor(undefined)).toBe('112');
  });
});
