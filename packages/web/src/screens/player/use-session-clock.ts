import type { Exercise } from '@crick/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { now } from '../../lib/clock.js';
import { nowIso } from '../../lib/plan.js';
import { playTone, unlockAudio } from '../../lib/sound.js';
import { speak, stopSpeaking } from '../../lib/speech.js';
import { keepScreenOn } from '../../lib/wake-lock.js';
import { positionChange } from './positions.js';
import { type CueSession, fireCues, freshCues } from './session-cues.js';
import { positionAt, type Segment } from './session-script.js';

/**
 * The running session's clock: true time is a start stamp plus the time banked
 * before the last pause, so a locked screen or a slow frame never makes it
 * drift. A frame loop reads it, moves the figure and fires the cues; before an
 * exercise in a new position it stops and waits for the person's tap.
 */
export function useSessionClock({
  cueSession,
  exercises,
  running: loopOn,
  onDone,
}: {
  cueSession: CueSession;
  exercises: readonly (Exercise | undefined)[];
  /** The stage in which the frame loop runs. */
  running: boolean;
  /** The script played to its end. */
  onDone: () => void;
}) {
  const { script } = cueSession;
  const clock = useRef({ startedAt: 0, banked: 0, running: false, sessionStart: '' });
  const [elapsed, setElapsed] = useState(0);
  const ended = useRef(false);
  const cues = useRef(freshCues());
  // Exercises whose change of position was already asked for, and the words while one is asked.
  const moved = useRef(new Set<number>());
  const [changing, setChangingState] = useState<string | null>(null);
  // Read by the frame loop: no cue may talk over the words while the person moves.
  const waitingToMove = useRef(false);
  const setChanging = (words: string | null) => {
    waitingToMove.current = words !== null;
    setChangingState(words);
  };
  // The tap it waits for is where keyboard and screen-reader focus goes.
  useEffect(() => {
    if (changing) document.getElementById('position-ready')?.focus();
  }, [changing]);

  const readElapsed = () => {
    const c = clock.current;
    return c.running ? c.banked + (now() - c.startedAt) : c.banked;
  };
  const setElapsedTo = (ms: number) => {
    setChanging(null);
    clock.current.banked = Math.max(0, Math.min(ms, script.totalMs));
    clock.current.startedAt = now();
    cues.current = freshCues();
    setElapsed(clock.current.banked);
  };

  /**
   * Before an exercise in a new position (seated, then lying), the clock stops at
   * the start of its "get ready", the player says what to do, and waits for a tap.
   */
  function holdForPosition(segment: Segment | undefined): boolean {
    // The first exercise's position is said before the session starts.
    if (segment?.kind !== 'ready' || segment.switchSides || segment.item === 0) return false;
    if (moved.current.has(segment.item)) return false;
    const to = exercises[segment.item]?.position;
    const from = exercises[segment.item - 1]?.position;
    const words = to && from ? positionChange(from, to) : null;
    if (!words) return false;
    moved.current.add(segment.item);
    clock.current.banked = segment.startMs;
    clock.current.running = false;
    setElapsed(segment.startMs);
    stopSpeaking();
    speak(words, cueSession.on().voice);
    setChanging(words);
    return true;
  }

  // It calls the latest render's `tick` through a ref, so the loop itself starts
  // once per run and the wake lock is asked for once, not every frame.
  const tick = useRef<() => void>(() => undefined);
  tick.current = () => {
    const t = readElapsed();
    const pos = positionAt(script, t);
    if (waitingToMove.current || holdForPosition(pos.segment)) return;
    fireCues(cueSession, cues.current, pos.index, pos.intoMs);
    setElapsed(t);
    if (pos.done && loopOn) finish(true);
  };
  useEffect(() => {
    if (!loopOn) return;
    const release = keepScreenOn();
    let frame = 0;
    const loop = () => {
      tick.current();
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    // rAF stops while hidden; a timer keeps cues coming when the screen is locked.
    const backup = setInterval(() => tick.current(), 1000);
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(backup);
      release();
    };
  }, [loopOn]);

  const start = () => {
    unlockAudio();
    moved.current = new Set();
    clock.current = { startedAt: now(), banked: 0, running: true, sessionStart: nowIso() };
    ended.current = false;
    cues.current = freshCues();
  };
  const pause = () => {
    clock.current.banked = readElapsed();
    clock.current.running = false;
    stopSpeaking();
    cueSession.announce('Paused');
    setElapsed(clock.current.banked);
  };
  const resume = () => {
    unlockAudio();
    clock.current.startedAt = now();
    clock.current.running = true;
    cueSession.announce('Going again');
    setElapsed(clock.current.banked);
  };
  const finish = (completed: boolean) => {
    if (ended.current) return;
    ended.current = true;
    clock.current.banked = Math.min(readElapsed(), script.totalMs);
    clock.current.running = false;
    stopSpeaking();
    if (completed) {
      playTone('end', cueSession.on().sounds);
      speak('Well done. That is the session.', cueSession.on().voice);
    }
    onDone();
  };
  const readyToMove = () => {
    setChanging(null);
    resume();
  };

  return {
    elapsed,
    /** True while the clock runs (not paused, not waiting for a change of position). */
    ticking: clock.current.running,
    /** The time played so far, banked at the last pause or stop. */
    banked: () => clock.current.banked,
    sessionStart: () => clock.current.sessionStart,
    readElapsed,
    setElapsedTo,
    changing,
    readyToMove,
    start,
    pause,
    resume,
    finish,
  };
}
