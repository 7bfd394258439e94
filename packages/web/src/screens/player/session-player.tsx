import {
  type CheckIn,
  type Exercise,
  type PlanSession,
  REST_BETWEEN_REPS_SECONDS,
  type SessionLog,
  type SessionOutcome,
  type StopSymptom,
  sessionOutcome,
  stopSymptomFacts,
  stopSymptomLabels,
  stopSymptomOpensCheck,
} from '@crick/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PainScale } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { handOffToCheck } from '../../lib/check-handoff.js';
import { now, prefersReducedMotion } from '../../lib/clock.js';
import { describeDosage } from '../../lib/dosage.js';
import { exerciseOf } from '../../lib/library.js';
import { nowIso } from '../../lib/plan.js';
import { recentPain } from '../../lib/recent-pain.js';
import { saveSettings, useSettings } from '../../lib/settings.js';
import { playTone, unlockAudio } from '../../lib/sound.js';
import { canSpeak, speak, stopSpeaking } from '../../lib/speech.js';
import { keepScreenOn } from '../../lib/wake-lock.js';
import { navigate } from '../../router.js';
import { saveRecord } from '../../store/index.js';
import { CameraCoach, cameraAxis } from './camera-coach.js';
import { ExerciseView } from './exercise-view.js';
import { type CueState, noCueYet, phaseAt, repetitionCue, repetitionPhases } from './phases.js';
import { Ring, VoiceToggle } from './player-controls.js';
import { AfterForm, SessionSummary, StopChoices } from './player-stages.js';
import { positionChange, startingPosition } from './positions.js';
import {
  backTarget,
  buildScript,
  positionAt,
  type Script,
  type Segment,
  skipTarget,
} from './session-script.js';
import { readyCue, sidedWords, sideLabel } from './sides.js';

type Stage = 'before' | 'running' | 'stopping' | 'after' | 'summary';
const allStops: readonly StopSymptom[] = Object.keys(stopSymptomLabels) as StopSymptom[];

/** A guided session from "pain before" to the summary. */
export function SessionPlayer({
  session,
  today,
  checkIns,
}: {
  session: PlanSession;
  today: string;
  checkIns: readonly CheckIn[];
}) {
  const settings = useSettings();
  const [voice, setVoice] = useState<boolean | null>(null);
  const voiceOn = voice ?? settings?.voice ?? true;
  const soundsOn = settings?.sounds ?? true;
  const exercises = useMemo(
    () => session.items.map((i) => exerciseOf(i.exerciseId)).filter((e): e is Exercise => e !== undefined),
    [session],
  );
  // The items the library knows, in the order the script plays them.
  const items = useMemo(() => session.items.filter((i) => exerciseOf(i.exerciseId)), [session]);
  const script: Script = useMemo(() => buildScript(items), [items]);
  // Each item's phases for a repetition, and for one that ends in a breath before the next.
  const phases = useMemo(
    () =>
      items.map((item, i) => {
        const ex = exercises[i];
        const rest = REST_BETWEEN_REPS_SECONDS * 1000;
        return ex
          ? { plain: repetitionPhases(ex, item.dosage), rested: repetitionPhases(ex, item.dosage, rest) }
          : { plain: [], rested: [] };
      }),
    [items, exercises],
  );
  const phasesOf = (segment: Segment) => {
    const p = phases[segment.item];
    return (segment.restMs ? p?.rested : p?.plain) ?? [];
  };

  const [stage, setStage] = useState<Stage>('before');
  // A score given a few minutes ago is the pain before: shown, changeable, not asked again.
  const [recent] = useState(() => recentPain(checkIns, now()));
  const [painBefore, setPainBefore] = useState<number | undefined>(recent?.pain);
  const [painAfter, setPainAfter] = useState<number | undefined>(undefined);
  const [effort, setEffort] = useState<SessionLog['effort']>(undefined);
  const [stopSymptom, setStopSymptom] = useState<StopSymptom | undefined>(undefined);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [saved, setSaved] = useState<SessionLog | null>(null);
  // True time: a start stamp plus time banked before the last pause.
  const clock = useRef({ startedAt: 0, banked: 0, running: false, sessionStart: '' });
  const [elapsed, setElapsed] = useState(0);
  const ended = useRef(false);
  const [announce, setAnnounce] = useState('');
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
  const cues = useRef<{ index: number; half: boolean; second: number; rep: CueState }>({
    index: -1,
    half: false,
    second: -1,
    rep: noCueYet,
  });
  const cuesOn = useRef({ voice: voiceOn, sounds: soundsOn });
  cuesOn.current = { voice: voiceOn, sounds: soundsOn };

  const readElapsed = () => {
    const c = clock.current;
    return c.running ? c.banked + (now() - c.startedAt) : c.banked;
  };
  const setElapsedTo = (ms: number) => {
    setChanging(null);
    clock.current.banked = Math.max(0, Math.min(ms, script.totalMs));
    clock.current.startedAt = now();
    cues.current = { index: -1, half: false, second: -1, rep: noCueYet };
    setElapsed(clock.current.banked);
  };
  const running = stage === 'running' && clock.current.running;

  // The frame loop reads the clock, moves the figure and fires cues on changes.
  // It calls the latest render's `tick` through a ref, so the loop itself starts
  // once per run and the wake lock is asked for once, not every frame.
  const tick = useRef<() => void>(() => undefined);
  tick.current = () => {
    const t = readElapsed();
    const pos = positionAt(script, t);
    if (waitingToMove.current || holdForPosition(pos.segment)) return;
    fireCues(pos.index, pos.intoMs);
    setElapsed(t);
    if (pos.done && stage === 'running') finish(true);
  };
  useEffect(() => {
    if (stage !== 'running') return;
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
  }, [stage]);

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
    speak(words, cuesOn.current.voice);
    setChanging(words);
    return true;
  }

  function fireCues(index: number, intoMs: number) {
    const segment = script.segments[index];
    const c = cues.current;
    if (!segment) return;
    const ex = exercises[segment.item];
    const words = ex ? sidedWords(ex, segment.side) : undefined;
    const { voice: v, sounds: s } = cuesOn.current;
    if (index !== c.index) {
      const previous = script.segments[c.index];
      if (previous?.kind === 'work') playTone('end', s);
      c.index = index;
      c.half = false;
      c.second = -1;
      c.rep = noCueYet;
      if (segment.kind === 'ready' && ex) {
        speak(readyCue(ex, segment.side, segment.switchSides === true), v);
        setAnnounce(
          `${segment.switchSides ? 'Other side' : 'Next'}: ${ex.name}${segment.side ? `, ${sideLabel(segment.side).toLowerCase()}` : ''}`,
        );
      } else if (segment.kind === 'rest') {
        speak('Rest.', v);
        setAnnounce('Rest');
      }
    }
    if (segment.kind === 'ready') {
      const second = Math.ceil((segment.ms - intoMs) / 1000);
      if (second !== c.second) {
        c.second = second;
        playTone('tick', s);
      }
    }
    if (segment.kind === 'work') workCues(segment, intoMs, words?.cues.halfway);
  }

  /**
   * Each phase of a repetition is said as it begins and a hold's last seconds are
   * counted; with spoken cues off (or no voice in the browser) a tone marks each instead.
   */
  function workCues(segment: Segment, intoMs: number, halfway: string | undefined) {
    const c = cues.current;
    const { voice: v, sounds: s } = cuesOn.current;
    const firstWords = c.rep === noCueYet;
    const cue = repetitionCue(phasesOf(segment), intoMs, c.rep);
    c.rep = cue.state;
    if (cue.words) {
      // The first phase's word waits for the side's opening words to finish.
      if (v && canSpeak()) speak(cue.words, true, !(firstWords && segment.rep === 1 && segment.set === 1));
      else playTone(cue.begins ? 'halfway' : 'tick', s);
    }
    if (cue.begins && cue.phase) {
      const reps = items[segment.item]?.dosage.reps ?? '';
      setAnnounce(`Repetition ${segment.rep} of ${reps}: ${cue.phase.word}`);
    }
    // A long hold's reminder, once, halfway through the first one, clear of the count at its end.
    const p = cue.phase;
    if (
      p?.kind === 'hold' &&
      p.ms >= 12_000 &&
      segment.rep === 1 &&
      !c.half &&
      intoMs >= p.startMs + p.ms / 2
    ) {
      c.half = true;
      if (halfway) speak(halfway, v);
    }
  }

  const start = () => {
    unlockAudio();
    moved.current = new Set();
    clock.current = { startedAt: now(), banked: 0, running: true, sessionStart: nowIso() };
    ended.current = false;
    cues.current = { index: -1, half: false, second: -1, rep: noCueYet };
    setStage('running');
  };
  const pause = () => {
    clock.current.banked = readElapsed();
    clock.current.running = false;
    stopSpeaking();
    setAnnounce('Paused');
    setElapsed(clock.current.banked);
  };
  const resume = () => {
    unlockAudio();
    clock.current.startedAt = now();
    clock.current.running = true;
    setAnnounce('Going again');
    setElapsed(clock.current.banked);
  };
  const skip = () => {
    const pos = positionAt(script, readElapsed());
    const id = pos.segment ? items[pos.segment.item]?.exerciseId : undefined;
    if (id) setSkipped((s) => (s.includes(id) ? s : [...s, id]));
    setElapsedTo(skipTarget(script, readElapsed()));
  };
  const back = () => {
    const target = backTarget(script, readElapsed());
    // Going back replays from that exercise on, so those are no longer skipped.
    const from = positionAt(script, target).segment?.item ?? 0;
    const replayed = new Set(session.items.slice(from).map((i) => i.exerciseId));
    setSkipped((s) => s.filter((id) => !replayed.has(id)));
    setElapsedTo(target);
  };
  const finish = (completed: boolean) => {
    if (ended.current) return;
    ended.current = true;
    clock.current.banked = Math.min(readElapsed(), script.totalMs);
    clock.current.running = false;
    stopSpeaking();
    if (completed) {
      playTone('end', cuesOn.current.sounds);
      speak('Well done. That is the session.', cuesOn.current.voice);
    }
    setStage('after');
  };
  const toggleVoice = () => {
    const next = !voiceOn;
    setVoice(next);
    if (!next) stopSpeaking();
    void saveSettings({ voice: next });
  };

  /** What happened so far; the same words for the end screen and the record. */
  const outcomeNow = (symptom: StopSymptom | undefined): SessionOutcome =>
    sessionOutcome({
      date: today,
      exerciseIds: session.items.map((i) => i.exerciseId),
      skippedIds: skipped,
      completed: symptom === undefined && positionAt(script, clock.current.banked).done,
    });

  const buildLog = (symptom: StopSymptom | undefined, after?: number): SessionLog => {
    const outcome = outcomeNow(symptom);
    return {
      date: today,
      startedAt: clock.current.sessionStart || nowIso(),
      planSessionId: session.id,
      exerciseIds: session.items.map((i) => i.exerciseId),
      ...(skipped.length ? { skippedIds: skipped } : {}),
      completed: outcome === 'finished',
      outcome,
      ...(painBefore !== undefined ? { painBefore } : {}),
      ...(after !== undefined ? { painAfter: after } : {}),
      ...(effort ? { effort } : {}),
      ...(symptom ? { stopSymptom: symptom } : {}),
      minutes: Math.round(clock.current.banked / 6000) / 10,
    };
  };

  const chooseStop = async (symptom: StopSymptom | undefined) => {
    setStopSymptom(symptom);
    if (symptom && stopSymptomOpensCheck(symptom)) {
      await saveRecord('session', buildLog(symptom));
      navigate(handOffToCheck('session_stop', stopSymptomFacts(symptom)));
      return;
    }
    setStage('after');
  };

  const saveSummary = async (e: Event) => {
    e.preventDefault();
    const log = buildLog(stopSymptom, painAfter);
    await saveRecord('session', log);
    setSaved(log);
    setStage('summary');
  };

  if (stage === 'before') {
    const firstPosition = exercises[0] ? startingPosition(exercises[0].position) : null;
    return (
      <Screen
        title={`${session.label} session`}
        lead={`${exercises.length} exercises, about ${session.minutes} minutes.`}
      >
        <ol class="card">
          {session.items.map((item) => {
            const e = exerciseOf(item.exerciseId);
            return e ? (
              <li key={e.id}>
                <strong>{e.name}</strong>: {describeDosage(item.dosage)}
              </li>
            ) : null;
          })}
        </ol>
        {firstPosition ? <p class="notice">{firstPosition}</p> : null}
        {recent ? (
          <p data-testid="pain-reused">
            You said your pain was {recent.pain}{' '}
            {recent.minutesAgo < 1 ? 'just now' : `${recent.minutesAgo} min ago`}, so it is filled in below.
            Change it only if it is different now.
          </p>
        ) : null}
        <PainScale
          name="pain-before"
          legend="Pain before you start"
          value={painBefore}
          onChange={setPainBefore}
        />
        <VoiceToggle on={voiceOn} onToggle={toggleVoice} />
        <button type="button" class="btn btn-big btn-primary" onClick={start}>
          Start the session
        </button>
        <p class="small muted">
          Move gently and within comfort. Stop at once if anything feels sharp, spreads or tingles.
        </p>
      </Screen>
    );
  }

  if (stage === 'stopping') {
    const ex = exercises[positionAt(script, clock.current.banked).segment?.item ?? 0];
    return (
      <StopChoices
        offered={ex?.stopSymptoms.length ? ex.stopSymptoms : allStops}
        onChoose={(s) => void chooseStop(s)}
        onCarryOn={() => {
          resume();
          setStage('running');
        }}
      />
    );
  }

  if (stage === 'after') {
    return (
      <AfterForm
        outcome={outcomeNow(stopSymptom)}
        stopped={stopSymptom !== undefined}
        painAfter={painAfter}
        onPain={setPainAfter}
        effort={effort}
        onEffort={setEffort}
        onSubmit={saveSummary}
      />
    );
  }

  if (stage === 'summary' && saved) return <SessionSummary saved={saved} />;

  const pos = positionAt(script, elapsed);
  const segment = pos.segment;
  const ex = segment ? exercises[segment.item] : undefined;
  const item = segment ? items[segment.item] : undefined;
  if (!segment || !ex || !item) return <Screen title="Session" />;
  const left = Math.max(0, Math.ceil((segment.ms - pos.intoMs) / 1000));
  const steps = sidedWords(ex, segment.side).steps;
  const phase = segment.kind === 'work' ? phaseAt(phasesOf(segment), pos.intoMs) : undefined;
  // What to do now, in big letters: the phase, with a hold's seconds left.
  const label =
    segment.kind === 'ready'
      ? `${segment.switchSides ? 'Other side: get ready' : 'Get ready'} ${left}`
      : segment.kind === 'rest'
        ? `Rest ${left}`
        : phase?.phase.kind === 'hold' || phase?.phase.kind === 'rest'
          ? `${phase.phase.word} ${phase.secondsLeft}`
          : (phase?.phase.word ?? `Move ${left}`);
  const resting = segment.kind === 'rest' || phase?.phase.kind === 'rest';
  const step = resting ? 'Rest and breathe slowly.' : steps[phase?.phase.step ?? 0];
  return (
    <Screen title={ex.name}>
      <div class="player-top">
        <p class="muted small">
          Exercise {segment.item + 1} of {exercises.length}
        </p>
        {/* At the top, so muting is one tap away whatever the phase. */}
        <VoiceToggle on={voiceOn} onToggle={toggleVoice} />
      </div>
      <p class="big-count" aria-hidden="true" data-phase={phase?.phase.kind ?? segment.kind}>
        {label}
      </p>
      <p class="now-step" data-testid="now-step">
        {step}
      </p>
      <ExerciseView
        exercise={ex}
        dosage={item.dosage}
        side={segment.side}
        tSeconds={segment.kind === 'work' ? pos.intoMs / 1000 : 0}
        stills={prefersReducedMotion()}
      />
      <Ring fraction={pos.intoMs / segment.ms} />
      <p class="counters">
        <span>
          Rep {segment.rep} of {item.dosage.reps}
        </span>
        <span>
          Set {segment.set} of {item.dosage.sets}
        </span>
        {segment.side ? <span data-testid="side">{sideLabel(segment.side)}</span> : null}
      </p>
      {cameraAxis(ex) ? <CameraCoach axis={cameraAxis(ex) ?? 'turn'} voice={voiceOn} /> : null}
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {changing ? (
        <section class="notice" aria-labelledby="change-position">
          <h2 id="change-position">Change position</h2>
          <p>{changing}</p>
          <button
            type="button"
            class="btn btn-big btn-primary"
            id="position-ready"
            onClick={() => {
              setChanging(null);
              resume();
            }}
          >
            I am ready
          </button>
        </section>
      ) : null}
      <div class="btn-row">
        {changing ? null : running ? (
          <button type="button" class="btn btn-primary" onClick={pause}>
            Pause
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={resume}>
            Resume
          </button>
        )}
        <button type="button" class="btn" onClick={back}>
          Back
        </button>
        <button type="button" class="btn" onClick={skip}>
          Skip
        </button>
      </div>
      <button
        type="button"
        class="btn btn-big btn-danger"
        onClick={() => {
          pause();
          setStage('stopping');
        }}
      >
        Stop
      </button>
      <h2>Steps</h2>
      <ol class="steps">
        {sidedWords(ex, segment.side).steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </Screen>
  );
}
