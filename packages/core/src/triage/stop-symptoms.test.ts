import { describe, expect, it } from 'vitest';
import { nextQuestion, startCheck } from './check.js';
import { stopSymptomFacts, stopSymptomOpensCheck } from './stop-symptoms.js';
import { triage } from './triage.js';

describe('a stop during an exercise', () => {
  it('with a change in sight reopens the check with that answer given, and it is at least urgent', () => {
    expect(stopSymptomOpensCheck('vision_change')).toBe(true);
    const prefill = stopSymptomFacts('vision_change');
    expect(prefill).toEqual({ visual_disturbance: true });
    const step = nextQuestion(startCheck(prefill));
    expect(step.done).toBe(false);
    expect(triage({ age: 30, ...prefill }).fired.map((r) => r.id)).toContain('RF-U16');
  });

  it('with dizziness gives the dizziness answer; with sharp pain opens nothing', () => {
    expect(stopSymptomFacts('dizziness')).toEqual({ dizziness_new: true });
    expect(stopSymptomFacts('feeling_faint')).toEqual({ dizziness_new: true });
    expect(stopSymptomOpensCheck('sharp_pain')).toBe(false);
    expect(stopSymptomFacts('sharp_pain')).toEqual({});
  });
});
