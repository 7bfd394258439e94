import { describe, expect, it } from 'vitest';
import { positionChange, startingPosition } from './positions.js';

describe('changing position between exercises', () => {
  it('says nothing when the position stays the same', () =>
    expect(positionChange('sitting', 'sitting')).toBeNull());
  it('says to lie down when a seated exercise is followed by a lying one', () =>
    expect(positionChange('sitting', 'lying')).toMatch(/^Time to change position\. Lie down on your back/));
  it('says to get up slowly, rolling to the side, when a lying exercise is followed by a seated one', () =>
    expect(positionChange('lying', 'sitting')).toMatch(/roll onto your side.*Sit on a firm chair/));
  it('says before the start how to be placed for a first exercise lying down, and nothing for sitting', () => {
    expect(startingPosition('lying')).toMatch(
      /^The first exercise is done lying down\. Lie down on your back/,
    );
    expect(startingPosition('sitting')).toBeNull();
  });
});
