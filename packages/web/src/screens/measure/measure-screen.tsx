import {
  type AngleSample,
  bestHeld,
  cleanAngles,
  countReps,
  type NeckMove,
  type NeckRange,
  neckMoves,
  type StopSymptom,
  stopSymptomFacts,
  stopSymptomLabels,
  stopSymptomOpensCheck,
  towards,
} from '@crick/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { type CameraProblem, closeCamera, hasCamera, openFrontCamera } from '../../lib/camera/camera.js';
import { type HeadAngles, type HeadPose, loadHeadPose } from '../../lib/camera/head-pose.js';
import { readingAdvice, useHeadTracking } from '../../lib/camera/use-head-tracking.js';
import { handOffToCheck } from '../../lib/check-handoff.js';
import { localDate } from '../../lib/clock.js';
import { useSettings } from '../../lib/settings.js';
import { speak, stopSpeaking } from '../../lib/speech.js';
import { navigate } from '../../router.js';
import { saveRecord, useRecords } from '../../store/index.js';
import { StopChoices } from '../player/player-stages.js';
import './measure.css';
import { type Bests, holdMs, measureRepRule, moveAxis, moveWords, toNeckRange } from './moves.js';
import { RangePicture } from './range-picture.js';

type Phase =
  | { kind: 'intro' }
  | { kind: 'starting' }
  | { kind: 'problem'; problem: CameraProblem | 'model' }
  | { kind: 'moving'; step: number }
  | { kind: 'stopping'; step: number }
  | { kind: 'results'; range: NeckRange };

const privacyLine = 'The picture never leaves this phone; only the angles are saved.';

const problemWords: Record<CameraProblem | 'model', string> = {
  refused:
    'Crick may not use the camera. To measure, allow the camera for this site in the browser’s settings, then try again.',
  'no-camera': 'This device has no camera Crick can use.',
  failed: 'The camera would not start: another app may be using it.',
  model: 'The part of Crick that finds your face would not load. Try again when you are online.',
};

const allStops = Object.keys(stopSymptomLabels) as StopSymptom[];
/** Only the last 20 seconds of a move count; it keeps each frame's work small. */
const keepMs = 20_000;

export default function MeasureScreen() {
  const [phase, setPhase] = useState<Phase>({ kind: 'intro' });
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [pose, setPose] = useState<HeadPose | null>(null);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [bests, setBests] = useState<Bests>({});
  const [live, setLive] = useState<{ now: number; best: number | null; reps: number } | null>(null);
  const samples = useRef<AngleSample[]>([]);
  const spokenBest = useRef(0);
  const settings = useSettings();
  const voice = settings?.voice ?? true;
  const earlier = useRecords('neckRange');
  const step = phase.kind === 'moving' ? phase.step : null;
  const move: NeckMove | null = step === null ? null : (neckMoves[step] ?? null);

  useEffect(() => () => closeCamera(stream), [stream]);
  useEffect(() => () => stopSpeaking(), []);
  useEffect(() => {
    if (video && stream && video.srcObject !== stream) {
      video.srcObject = stream;
      void video.play().catch(() => undefined);
    }
  }, [video, stream]);
  useEffect(() => {
    if (!move) return;
    samples.current = [];
    spokenBest.current = 0;
    setLive(null);
    speak(moveWords[move].say, voice);
  }, [move]);

  const onAngles = (t: number, angles: HeadAngles) => {
    if (!move) return;
    const along = towards(move, angles[moveAxis[move]]);
    samples.current.push({ t, degrees: along });
    while ((samples.current[0]?.t ?? t) < t - keepMs) samples.current.shift();
    const clean = cleanAngles(samples.current);
    const held = bestHeld(clean, holdMs);
    const best = held !== null && held > 0 ? Math.round(held) : null;
    setLive({
      now: Math.round(clean.at(-1)?.degrees ?? along),
      best,
      reps: countReps(clean, measureRepRule),
    });
    if (best !== null && best >= spokenBest.current + 5) {
      spokenBest.current = best;
      speak(`${best} degrees`, voice);
    }
  };
  const reading = useHeadTracking(phase.kind === 'moving' ? video : null, pose, onAngles);

  // The model first, then the camera: the first frame the camera gives is the
  // first one read, so nothing the person does before the first move is missed.
  const start = async () => {
    setPhase({ kind: 'starting' });
    if (!(await hasCamera())) return setPhase({ kind: 'problem', problem: 'no-camera' });
    let loaded = pose;
    try {
      loaded ??= await loadHeadPose();
      setPose(loaded);
    } catch {
      return setPhase({ kind: 'problem', problem: 'model' });
    }
    const camera = await openFrontCamera();
    if (!camera.ok) return setPhase({ kind: 'problem', problem: camera.error });
    setStream(camera.value);
    setBests({});
    setPhase({ kind: 'moving', step: 0 });
  };

  const next = (keep: boolean) => {
    if (step === null || !move) return;
    const all = keep && live?.best ? { ...bests, [move]: live.best } : bests;
    setBests(all);
    if (step + 1 < neckMoves.length) return setPhase({ kind: 'moving', step: step + 1 });
    void finish(all);
  };

  const finish = async (all: Bests) => {
    closeCamera(stream);
    setStream(null);
    const range = toNeckRange(all, localDate(), new Date().toISOString());
    if (Object.keys(range).length > 3) await saveRecord('neckRange', range);
    setPhase({ kind: 'results', range });
    speak('Done. Here is how far you moved.', voice);
  };

  const chooseStop = async (symptom: StopSymptom | undefined) => {
    closeCamera(stream);
    setStream(null);
    stopSpeaking();
    if (symptom && stopSymptomOpensCheck(symptom))
      return navigate(handOffToCheck('new_symptom', stopSymptomFacts(symptom)));
    await finish(bests);
  };

  if (phase.kind === 'stopping') {
    return (
      <StopChoices
        offered={allStops}
        onChoose={(s) => void chooseStop(s)}
        onCarryOn={() => setPhase({ kind: 'moving', step: phase.step })}
      />
    );
  }

  if (phase.kind === 'results') {
    const before =
      earlier
        ?.map((r) => r.data)
        .filter((d) => d.date < phase.range.date || d.at !== phase.range.at)
        .at(-1) ?? null;
    return (
      <Screen
        title="How far you moved"
        lead="Compare side with side, and with yourself on other days: there is no one right number."
      >
        <RangePicture range={phase.range} before={before && before.at !== phase.range.at ? before : null} />
        <p class="small muted">Camera angles are estimates, to within a few degrees. Saved in your diary.</p>
        <div class="btn-stack">
          <a class="btn btn-big btn-primary" href="#/diary">
            See it in the diary
          </a>
          <button type="button" class="btn btn-big" onClick={() => setPhase({ kind: 'intro' })}>
            Measure again
          </button>
        </div>
      </Screen>
    );
  }

  if (phase.kind === 'moving' && move && step !== null) {
    const words = moveWords[move];
    return (
      <Screen title={words.title} lead={`Move ${step + 1} of ${neckMoves.length}. ${words.say}`}>
        <p class="small">{privacyLine}</p>
        <div class="measure-view">
          {/* The person's own view is mirrored, as a mirror is; the angles come from the unmirrored frame. */}
          <video
            ref={setVideo}
            class="measure-video"
            muted
            playsInline
            autoPlay
            aria-label="Your camera picture, as in a mirror"
          />
        </div>
        {reading && reading.kind !== 'face' ? (
          <p class="notice notice-warn" role="status" data-testid="reading-advice">
            {readingAdvice[reading.kind]}
          </p>
        ) : null}
        <p class="measure-angle" data-testid="live-angle">
          {live ? `Now: ${live.now}°` : 'Finding your face…'}
        </p>
        <p role="status" data-testid="best-held">
          {live?.best
            ? `Best held, ${words.short}: ${live.best}°`
            : 'Hold still at your furthest for a second.'}
        </p>
        <p data-testid="reps">Times out and back: {live?.reps ?? 0}</p>
        <div class="btn-stack">
          <button
            type="button"
            class="btn btn-big btn-primary"
            onClick={() => next(true)}
            disabled={!live?.best}
          >
            Done with this move
          </button>
          <button type="button" class="btn btn-big" onClick={() => next(false)}>
            Skip this move
          </button>
          <button
            type="button"
            class="btn btn-big btn-danger"
            onClick={() => setPhase({ kind: 'stopping', step })}
          >
            Stop: something feels wrong
          </button>
        </div>
      </Screen>
    );
  }

  return (
    <Screen
      title="Measure my neck"
      lead="Six slow moves in front of the camera: how far you turn, tilt and nod, each side."
    >
      <p data-testid="privacy-line">{privacyLine}</p>
      <p class="small">
        Move only as far as is comfortable, never into sharp pain. Stop if anything tingles, you feel dizzy or
        your sight changes.
      </p>
      {phase.kind === 'problem' ? (
        <p class="notice notice-warn" role="alert" data-testid="camera-problem">
          {problemWords[phase.problem]}
        </p>
      ) : null}
      <div class="btn-stack">
        <button
          type="button"
          class="btn btn-big btn-primary"
          onClick={() => void start()}
          disabled={phase.kind === 'starting'}
        >
          {phase.kind === 'starting'
            ? 'Starting the camera…'
            : phase.kind === 'problem'
              ? 'Try again'
              : 'Start the camera'}
        </button>
        <a class="btn btn-big" href="#/check?trigger=manual">
          No camera: answer the check’s questions instead
        </a>
        <a class="btn btn-big" href="#/today">
          Not now
        </a>
      </div>
      <p class="small muted">
        Without the camera, the check still asks whether you can turn your head halfway to each shoulder.
      </p>
    </Screen>
  );
}
