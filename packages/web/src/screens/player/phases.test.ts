import { exercises } from '@crick/content';
import { holdSecondsOf, REST_BETWEEN_REPS_SECONDS, repetitionSeconds } from '@crick/core';
import { describe, expect, it } from 'vitest';
import { holdWords, noCueYet, phaseAt, repetitionCue, repetitionPhases } from './phases.js';
import { buildScript } from './session-script.js';

const byId = (id: string) => {
  const e = exercises.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};

describe('the phases of a repetition', () => {
  it('a held stretch moves in, holds for its seconds and comes back to centre', () => {
    const e = byId('ear-to-shoulder');
    const phases = repetitionPhases(e, e.dosage);
    expect(phases.map((p) => [p.kind, p.word])).toEqual([
      ['move', 'Tilt'],
      ['hold', 'Hold'],
      ['return', 'Back to centre'],
    ]);
    expect(phases[1]?.ms).toBe(holdSecondsOf(e.dosage) * 1000);
    expect(e.steps[phases[0]?.step ?? -1]).toMatch(/tip your right ear/i);
    expect(e.steps[phases[1]?.step ?? -1]).toMatch(/^Hold still/);
    expect(e.steps[phases[2]?.step ?? -1]).toMatch(/back to the middle/);
  });

  it('a paced movement turns, pauses and turns back', () => {
    const e = byId('active-rotation');
    expect(repetitionPhases(e, e.dosage).map((p) => p.word)).toEqual(['Turn', 'Hold', 'Back to centre']);
  });

  it.each(exercises.map((e) => [e.id, e] as const))(
    '%s: phases fill the repetition end to end, each with a step',
    (_id, e) => {
      const phases = repetitionPhases(e, e.dosage);
      expect(phases.length).toBeGreaterThanOrEqual(2);
      expect(phases[0]?.startMs).toBe(0);
      for (let i = 1; i < phases.length; i++) {
        const a = phases[i - 1];
        expect(phases[i]?.startMs).toBe((a?.startMs ?? 0) + (a?.ms ?? 0));
      }
      const end = phases.at(-1);
      expect((end?.startMs ?? 0) + (end?.ms ?? 0)).toBe(repetitionSeconds(e.dosage) * 1000);
      expect(end?.kind).toBe('return');
      for (const p of phases) expect(e.steps[p.step], `${p.word} step`).toBeTruthy();
    },
  );

  it('finds the phase and the seconds left in it', () => {
    const e = byId('chin-tuck');
    const phases = repetitionPhases(e, e.dosage);
    expect(phaseAt(phases, 0)).toMatchObject({ index: 0, secondsLeft: 2 });
    expect(phaseAt(phases, 1500)).toMatchObject({ index: 1, secondsLeft: 5 });
    expect(phaseAt(phases, 5600)).toMatchObject({ index: 1, secondsLeft: 1 });
    expect(phaseAt(phases, 6600)?.phase.word).toBe('Back to centre');
  });

  it('counts the last five seconds of a hold aloud, and only says "Hold" for a short pause', () => {
    const e = byId('ear-to-shoulder');
    const hold = repetitionPhases(e, e.dosage)[1];
    if (!hold) throw new Error('no hold');
    expect(holdWords(hold, 20, true)).toBe('Hold');
    expect(holdWords(hold, 12, false)).toBeNull();
    expect([5, 4, 3, 2, 1].map((s) => holdWords(hold, s, false))).toEqual(['5', '4', '3', '2', '1']);
    const pause = repetitionPhases(byId('active-rotation'), byId('active-rotation').dosage)[1];
    if (!pause) throw new Error('no pause');
    expect(holdWords(pause, 1, true)).toBe('Hold');
    expect(holdWords({ ...hold, ms: 5000 }, 5, true)).toBe('Hold 5');
  });
});

describe('the cues of a repetition', () => {
  it('says each phase as it begins and counts the end of a hold, once per second', () => {
    const e = byId('chin-tuck');
    const phases = repetitionPhases(e, e.dosage);
    let state = noCueYet;
    const said: string[] = [];
    for (let t = 0; t < repetitionSeconds(e.dosage) * 1000; t += 100) {
      const cue = repetitionCue(phases, t, state);
      state = cue.state;
      if (cue.words) said.push(cue.words);
    }
    expect(said).toEqual(['Chin back', 'Hold 5', '4', '3', '2', '1', 'Back to centre']);
  });
});

describe('the rest between repetitions', () => {
  /** Every word said through one set of an exercise, repetition by repetition, as the player plays it. */
  const saidThroughASet = (id: string) => {
    const e = byId(id);
    const script = buildScript([{ exerciseId: id, dosage: e.dosage }]);
    const firstSet = script.segments.filter((s) => s.kind === 'work' && s.set === 1 && s.side !== 'right');
    return firstSet.map((segment) => {
      const phases = repetitionPhases(e, e.dosage, segment.restMs);
      let state = noCueYet;
      const said: string[] = [];
      for (let t = 0; t < segment.ms; t += 100) {
        const cue = repetitionCue(phases, t, state);
        state = cue.state;
        if (cue.words) said.push(cue.words);
      }
      return said;
    });
  };

  it('says "Rest" after each hold of a set but the last, where the set or the side ends', () => {
    const said = saidThroughASet('chin-tuck');
    expect(said.length).toBeGreaterThan(1);
    for (const rep of said.slice(0, -1))
      expect(rep).toEqual(['Chin back', 'Hold 5', '4', '3', '2', '1', 'Back to centre', 'Rest']);
    expect(said.at(-1)).toEqual(['Chin back', 'Hold 5', '4', '3', '2', '1', 'Back to centre']);
  });

  it("rests for the core's breath between holds, in the start pose after coming back", () => {
    const e = byId('chin-tuck');
    const phases = repetitionPhases(e, e.dosage, REST_BETWEEN_REPS_SECONDS * 1000);
    const rest = phases.at(-1);
    expect(rest).toMatchObject({
      kind: 'rest',
      word: 'Rest',
      startMs: repetitionSeconds(e.dosage) * 1000,
      ms: REST_BETWEEN_REPS_SECONDS * 1000,
    });
    expect(phases.at(-2)?.kind).toBe('return');
  });

  it('does not rest between paced repetitions', () => {
    for (const rep of saidThroughASet('active-rotation')) expect(rep).not.toContain('Rest');
  });
});
