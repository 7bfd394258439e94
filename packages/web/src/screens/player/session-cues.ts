import type { Dosage, Exercise } from '@crick/core';
import { playTone } from '../../lib/sound.js';
import { canSpeak, speak } from '../../lib/speech.js';
import { type CueState, noCueYet, type RepPhase, repetitionCue } from './phases.js';
import type { Script, Segment } from './session-script.js';
import { readyCue, sidedWords, sideLabel } from './sides.js';

/**
 * What the player says, plays and announces as the session's time passes: a
 * side's opening words, the get-ready ticks, each phase of a repetition and a
 * long hold's halfway reminder. Called every frame; it speaks only on changes.
 */
export interface CueSession {
  readonly script: Script;
  readonly exercises: readonly (Exercise | undefined)[];
  readonly dosages: readonly Dosage[];
  readonly phasesOf: (segment: Segment) => readonly RepPhase[];
  /** Read each frame, so muting takes effect at once. */
  readonly on: () => { voice: boolean; sounds: boolean };
  /** The words for screen readers (an aria-live line). */
  readonly announce: (words: string) => void;
}

/** What was last said, so each cue is said once. */
export interface CueMemory {
  index: number;
  half: boolean;
  second: number;
  rep: CueState;
}
export const freshCues = (): CueMemory => ({ index: -1, half: false, second: -1, rep: noCueYet });

export function fireCues(session: CueSession, memory: CueMemory, index: number, intoMs: number): void {
  const segment = session.script.segments[index];
  if (!segment) return;
  const ex = session.exercises[segment.item];
  const { voice: v, sounds: s } = session.on();
  if (index !== memory.index) {
    const previous = session.script.segments[memory.index];
    if (previous?.kind === 'work') playTone('end', s);
    Object.assign(memory, freshCues(), { index });
    if (segment.kind === 'ready' && ex) {
      speak(readyCue(ex, segment.side, segment.switchSides === true), v);
      session.announce(
        `${segment.switchSides ? 'Other side' : 'Next'}: ${ex.name}${segment.side ? `, ${sideLabel(segment.side).toLowerCase()}` : ''}`,
      );
    } else if (segment.kind === 'rest') {
      speak('Rest.', v);
      session.announce('Rest');
    }
  }
  if (segment.kind === 'ready') {
    const second = Math.ceil((segment.ms - intoMs) / 1000);
    if (second !== memory.second) {
      memory.second = second;
      playTone('tick', s);
    }
  }
  if (segment.kind === 'work') {
    const halfway = ex ? sidedWords(ex, segment.side).cues.halfway : undefined;
    workCues(session, memory, segment, intoMs, halfway);
  }
}

/**
 * Each phase of a repetition is said as it begins and a hold's last seconds are
 * counted; with spoken cues off (or no voice in the browser) a tone marks each instead.
 */
function workCues(
  session: CueSession,
  memory: CueMemory,
  segment: Segment,
  intoMs: number,
  halfway: string | undefined,
) {
  const { voice: v, sounds: s } = session.on();
  const firstWords = memory.rep === noCueYet;
  const cue = repetitionCue(session.phasesOf(segment), intoMs, memory.rep);
  memory.rep = cue.state;
  if (cue.words) {
    // The first phase's word waits for the side's opening words to finish.
    if (v && canSpeak()) speak(cue.words, true, !(firstWords && segment.rep === 1 && segment.set === 1));
    else playTone(cue.begins ? 'halfway' : 'tick', s);
  }
  if (cue.begins && cue.phase) {
    const reps = session.dosages[segment.item]?.reps ?? '';
    session.announce(`Repetition ${segment.rep} of ${reps}: ${cue.phase.word}`);
  }
  // A long hold's reminder, once, halfway through the first one, clear of the count at its end.
  const p = cue.phase;
  if (
    p?.kind === 'hold' &&
    p.ms >= 12_000 &&
    segment.rep === 1 &&
    !memory.half &&
    intoMs >= p.startMs + p.ms / 2
  ) {
    memory.half = true;
    if (halfway) speak(halfway, v);
  }
}
