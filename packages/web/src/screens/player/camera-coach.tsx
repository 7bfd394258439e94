import {
  type AngleSample,
  cleanAngles,
  comfortCue,
  countReps,
  type Exercise,
  mirrored,
  type NeckMove,
  towards,
} from '@crick/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { closeCamera, openFrontCamera } from '../../lib/camera/camera.js';
import { type HeadAngles, type HeadPose, loadHeadPose } from '../../lib/camera/head-pose.js';
import { readingAdvice, useHeadTracking } from '../../lib/camera/use-head-tracking.js';
import { speak } from '../../lib/speech.js';
import { useLatest } from '../../store/index.js';
import './camera-coach.css';

type Axis = 'turn' | 'tilt';
const movesOf: Record<Axis, { left: NeckMove; right: NeckMove }> = {
  turn: { left: 'turnLeft', right: 'turnRight' },
  tilt: { left: 'tiltLeft', right: 'tiltRight' },
};

/** The axis the camera can follow for this exercise: turning or tilting ones only. */
export function cameraAxis(ex: Exercise): Axis | null {
  if (ex.eases.some((m) => m === 'turn_left' || m === 'turn_right')) return 'turn';
  if (ex.eases.some((m) => m === 'tilt_left' || m === 'tilt_right')) return 'tilt';
  return null;
}

/** Speak a cue no more often than this, so the voice does not chatter. */
const cueEveryMs = 4000;

/**
 * The optional camera during a turning or tilting exercise: counts reps each way
 * and says "a little further" or "within comfort" from the angle, measured against
 * the person's own best (their last measurement), never past it.
 */
export function CameraCoach({ axis, voice }: { axis: Axis; voice: boolean }) {
  const [state, setState] = useState<'off' | 'starting' | 'on' | 'failed'>('off');
  const [pose, setPose] = useState<HeadPose | null>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [shown, setShown] = useState<{ left: number; right: number; cue: string } | null>(null);
  const samples = useRef<AngleSample[]>([]);
  const spoken = useRef({ cue: '', at: 0 });
  const best = useLatest('neckRange');
  const moves = movesOf[axis];
  const ownBest = { left: best?.data[moves.left] ?? null, right: best?.data[moves.right] ?? null };

  useEffect(() => () => closeCamera(stream), [stream]);
  // Another exercise on the other axis starts its count afresh.
  useEffect(() => {
    samples.current = [];
    setShown(null);
  }, [axis]);
  useEffect(() => {
    if (video && stream && video.srcObject !== stream) {
      video.srcObject = stream;
      void video.play().catch(() => undefined);
    }
  }, [video, stream]);

  const onAngles = (t: number, angles: HeadAngles) => {
    samples.current.push({ t, degrees: angles[axis] });
    while ((samples.current[0]?.t ?? t) < t - 60_000) samples.current.shift();
    const clean = cleanAngles(samples.current);
    const now = clean.at(-1)?.degrees ?? 0;
    const side = now >= 0 ? 'left' : 'right';
    const along = towards(moves[side], now);
    const rule = (b: number | null) => ({
      reach: Math.max(8, (b ?? 25) * 0.6),
      hysteresis: 4,
      minHoldMs: 300,
    });
    const cue = Math.abs(now) < 5 ? '' : comfortCue(along, ownBest[side]);
    setShown({
      left: countReps(clean, rule(ownBest.left)),
      right: countReps(mirrored(clean), rule(ownBest.right)),
      cue,
    });
    if (
      cue &&
      (cue !== spoken.current.cue || t - spoken.current.at > cueEveryMs) &&
      t - spoken.current.at > 1500
    ) {
      spoken.current = { cue, at: t };
      speak(cue, voice);
    }
  };
  const reading = useHeadTracking(state === 'on' ? video : null, pose, onAngles);

  const start = async () => {
    setState('starting');
    try {
      setPose(pose ?? (await loadHeadPose()));
    } catch {
      return setState('failed');
    }
    const camera = await openFrontCamera();
    if (!camera.ok) return setState('failed');
    setStream(camera.value);
    setState('on');
  };
  const stop = () => {
    closeCamera(stream);
    setStream(null);
    setState('off');
  };

  if (state !== 'on')
    return (
      <div class="camera-coach">
        <button type="button" class="btn" onClick={() => void start()} disabled={state === 'starting'}>
          {state === 'starting' ? 'Starting the camera…' : 'Count my reps with the camera (optional)'}
        </button>
        {state === 'failed' ? (
          <p class="small" role="status">
            The camera could not start; carry on without it.
          </p>
        ) : null}
      </div>
    );
  return (
    <div class="camera-coach">
      <p class="small">The picture never leaves this phone.</p>
      <video
        ref={setVideo}
        class="coach-video"
        muted
        playsInline
        autoPlay
        aria-label="Your camera picture, as in a mirror"
      />
      {reading && reading.kind !== 'face' ? <p class="small">{readingAdvice[reading.kind]}</p> : null}
      <p data-testid="coach-reps">
        Reps counted: left {shown?.left ?? 0}, right {shown?.right ?? 0}
      </p>
      <p data-testid="coach-cue" aria-live="polite">
        {shown?.cue ?? ''}
      </p>
      <button type="button" class="btn" onClick={stop}>
        Camera off
      </button>
    </div>
  );
}
