import type { Keyframe } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { keyPoses, mirrorPose, poseAt } from './pose.js';

const frames: Keyframe[] = [
  { t: 0, pose: { headTurn: 0 } },
  { t: 2, pose: { headTurn: 60, armRight: { shoulderFlex: 90, hand: 'head_side' } } },
  { t: 4, pose: { headTurn: 60 } },
];

describe('poses between keyframes', () => {
  it('starts, passes halfway and ends on the keyframes', () => {
    expect(poseAt(frames, 0).headTurn).toBe(0);
    expect(poseAt(frames, 1).headTurn).toBeCloseTo(30);
    expect(poseAt(frames, 0.5).headTurn).toBeLessThan(15); // eased
    expect(poseAt(frames, 2).headTurn).toBe(60);
    expect(poseAt(frames, 9).headTurn).toBe(60);
    expect(poseAt(frames, 2).armRight.hand).toBe('head_side');
  });

  it('mirrors to the other side', () => {
    const p = poseAt(frames, 2);
    const m = mirrorPose(p);
    expect(m.headTurn).toBe(-60);
    expect(m.armLeft.hand).toBe('head_side');
    expect(m.armRight.hand).toBe('free');
    expect(mirrorPose(m)).toEqual(p);
  });
});

describe('the key poses a person copies', () => {
  it('are the start, the keyframe furthest from it, and the return', () => {
    const nod: Keyframe[] = [
      { t: 0, pose: {}, label: 'Start' },
      { t: 2, pose: { headNod: 10 }, label: 'A little' },
      { t: 4, pose: { headNod: 30 }, label: 'Look down' },
      { t: 6, pose: {}, label: 'Back to centre' },
    ];
    const [start, target, back] = keyPoses(nod);
    expect([start?.role, target?.role, back?.role]).toEqual(['start', 'target', 'return']);
    expect(target?.label).toBe('Look down');
    expect(target?.pose.headNod).toBe(30);
    expect(back?.label).toBe('Back to centre');
    expect(start?.pose).toEqual(back?.pose);
  });
});
