import type { Dosage, Exercise } from '@crick/core';
import { Screen } from '../../components/screen.js';
import { prefersReducedMotion } from '../../lib/clock.js';
import { CameraCoach, cameraAxis } from './camera-coach.js';
import { ExerciseView } from './exercise-view.js';
import { phaseAt, type RepPhase } from './phases.js';
import { Ring, VoiceToggle } from './player-controls.js';
import type { Position, Segment } from './session-script.js';
import { sidedWords, sideLabel } from './sides.js';

/** What to do now, in big letters: the phase, with a hold's or a rest's seconds left. */
function bigCue(segment: Segment, phase: ReturnType<typeof phaseAt>, left: number): string {
  if (segment.kind === 'ready')
    return `${segment.switchSides ? 'Other side: get ready' : 'Get ready'} ${left}`;
  if (segment.kind === 'rest') return `Rest ${left}`;
  if (phase?.phase.kind === 'hold' || phase?.phase.kind === 'rest')
    return `${phase.phase.word} ${phase.secondsLeft}`;
  return phase?.phase.word ?? `Move ${left}`;
}

/** The running session's screen: the cue, the step for this phase, the figure, the counters and the controls. */
export function SessionRunning({
  exercise: ex,
  dosage,
  position: pos,
  segment,
  phases,
  count,
  voiceOn,
  onToggleVoice,
  announce,
  changing,
  running,
  on,
}: {
  exercise: Exercise;
  dosage: Dosage;
  position: Position;
  segment: Segment;
  phases: readonly RepPhase[];
  /** How many exercises the session has. */
  count: number;
  voiceOn: boolean;
  onToggleVoice: () => void;
  announce: string;
  /** The words while a change of position is asked for, or null. */
  changing: string | null;
  running: boolean;
  on: {
    readyToMove: () => void;
    pause: () => void;
    resume: () => void;
    back: () => void;
    skip: () => void;
    stop: () => void;
  };
}) {
  const left = Math.max(0, Math.ceil((segment.ms - pos.intoMs) / 1000));
  const steps = sidedWords(ex, segment.side).steps;
  const phase = segment.kind === 'work' ? phaseAt(phases, pos.intoMs) : undefined;
  const resting = segment.kind === 'rest' || phase?.phase.kind === 'rest';
  const step = resting ? 'Rest and breathe slowly.' : steps[phase?.phase.step ?? 0];
  const axis = cameraAxis(ex);
  return (
    <Screen title={ex.name}>
      <div class="player-top">
        <p class="muted small">
          Exercise {segment.item + 1} of {count}
        </p>
        {/* At the top, so muting is one tap away whatever the phase. */}
        <VoiceToggle on={voiceOn} onToggle={onToggleVoice} />
      </div>
      <p class="big-count" aria-hidden="true" data-phase={phase?.phase.kind ?? segment.kind}>
        {bigCue(segment, phase, left)}
      </p>
      <p class="now-step" data-testid="now-step">
        {step}
      </p>
      <ExerciseView
        exercise={ex}
        dosage={dosage}
        side={segment.side}
        tSeconds={segment.kind === 'work' ? pos.intoMs / 1000 : 0}
        stills={prefersReducedMotion()}
      />
      <Ring fraction={pos.intoMs / segment.ms} />
      <p class="counters">
        <span>
          Rep {segment.rep} of {dosage.reps}
        </span>
        <span>
          Set {segment.set} of {dosage.sets}
        </span>
        {segment.side ? <span data-testid="side">{sideLabel(segment.side)}</span> : null}
      </p>
      {axis ? <CameraCoach axis={axis} voice={voiceOn} /> : null}
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {changing ? (
        <section class="notice" aria-labelledby="change-position">
          <h2 id="change-position">Change position</h2>
          <p>{changing}</p>
          <button type="button" class="btn btn-big btn-primary" id="position-ready" onClick={on.readyToMove}>
            I am ready
          </button>
        </section>
      ) : null}
      <div class="btn-row">
        {changing ? null : running ? (
          <button type="button" class="btn btn-primary" onClick={on.pause}>
            Pause
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={on.resume}>
            Resume
          </button>
        )}
        <button type="button" class="btn" onClick={on.back}>
          Back
        </button>
        <button type="button" class="btn" onClick={on.skip}>
          Skip
        </button>
      </div>
      <button type="button" class="btn btn-big btn-danger" onClick={on.stop}>
        Stop
      </button>
      <h2>Steps</h2>
      <ol class="steps">
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </Screen>
  );
}
