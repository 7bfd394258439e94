import {
  type CheckIn,
  type Exercise,
  type PlanSession,
  type SessionLog,
  type SessionOutcome,
  type StopSymptom,
  sessionOutcome,
  stopSymptomFacts,
  stopSymptomLabels,
  stopSymptomOpensCheck,
} from '@crick/core';
import { useMemo, useRef, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { handOffToCheck } from '../../lib/check-handoff.js';
import { now } from '../../lib/clock.js';
import { exerciseOf } from '../../lib/library.js';
import { nowIso } from '../../lib/plan.js';
import { recentPain } from '../../lib/recent-pain.js';
import { saveSettings, useSettings } from '../../lib/settings.js';
import { stopSpeaking } from '../../lib/speech.js';
import { navigate } from '../../router.js';
import { saveRecord } from '../../store/index.js';
import { segmentPhases } from './phases.js';
import { AfterForm, SessionSummary, StopChoices } from './player-stages.js';
import { SessionBefore } from './session-before.js';
import type { CueSession } from './session-cues.js';
import { SessionRunning } from './session-running.js';
import { backTarget, buildScript, positionAt, type Script, skipTarget } from './session-script.js';
import { useSessionClock } from './use-session-clock.js';

type Stage = 'before' | 'running' | 'stopping' | 'after' | 'summary';
const allStops: readonly StopSymptom[] = Object.keys(stopSymptomLabels) as StopSymptom[];

/**
 * A guided session from "pain before" to the summary: the stages, and the record
 * it keeps. The clock and cues are `useSessionClock` and `session-cues.ts`, the
 * screens `session-before.tsx`, `session-running.tsx` and `player-stages.tsx`.
 */
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
  // The items the library knows, in the order the script plays them.
  const items = useMemo(() => session.items.filter((i) => exerciseOf(i.exerciseId)), [session]);
  const exercises = useMemo(
    () => items.map((i) => exerciseOf(i.exerciseId)).filter((e): e is Exercise => e !== undefined),
    [items],
  );
  const script: Script = useMemo(() => buildScript(items), [items]);
  const dosages = useMemo(() => items.map((i) => i.dosage), [items]);
  const phasesOf = useMemo(() => segmentPhases(exercises, dosages), [exercises, dosages]);

  const [stage, setStage] = useState<Stage>('before');
  // A score given a few minutes ago is the pain before: shown, changeable, not asked again.
  const [recent] = useState(() => recentPain(checkIns, now()));
  const [painBefore, setPainBefore] = useState<number | undefined>(recent?.pain);
  const [painAfter, setPainAfter] = useState<number | undefined>(undefined);
  const [effort, setEffort] = useState<SessionLog['effort']>(undefined);
  const [stopSymptom, setStopSymptom] = useState<StopSymptom | undefined>(undefined);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [saved, setSaved] = useState<SessionLog | null>(null);
  const [announce, setAnnounce] = useState('');
  const cuesOn = useRef({ voice: voiceOn, sounds: soundsOn });
  cuesOn.current = { voice: voiceOn, sounds: soundsOn };
  const cueSession: CueSession = {
    script,
    exercises,
    dosages,
    phasesOf,
    on: () => cuesOn.current,
    announce: setAnnounce,
  };
  const clock = useSessionClock({
    cueSession,
    exercises,
    running: stage === 'running',
    onDone: () => setStage('after'),
  });

  const skip = () => {
    const pos = positionAt(script, clock.readElapsed());
    const id = pos.segment ? items[pos.segment.item]?.exerciseId : undefined;
    if (id) setSkipped((s) => (s.includes(id) ? s : [...s, id]));
    clock.setElapsedTo(skipTarget(script, clock.readElapsed()));
  };
  const back = () => {
    const target = backTarget(script, clock.readElapsed());
    // Going back replays from that exercise on, so those are no longer skipped.
    const from = positionAt(script, target).segment?.item ?? 0;
    const replayed = new Set(session.items.slice(from).map((i) => i.exerciseId));
    setSkipped((s) => s.filter((id) => !replayed.has(id)));
    clock.setElapsedTo(target);
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
      completed: symptom === undefined && positionAt(script, clock.banked()).done,
    });

  const buildLog = (symptom: StopSymptom | undefined, after?: number): SessionLog => {
    const outcome = outcomeNow(symptom);
    return {
      date: today,
      startedAt: clock.sessionStart() || nowIso(),
      planSessionId: session.id,
      exerciseIds: session.items.map((i) => i.exerciseId),
      ...(skipped.length ? { skippedIds: skipped } : {}),
      completed: outcome === 'finished',
      outcome,
      ...(painBefore !== undefined ? { painBefore } : {}),
      ...(after !== undefined ? { painAfter: after } : {}),
      ...(effort ? { effort } : {}),
      ...(symptom ? { stopSymptom: symptom } : {}),
      minutes: Math.round(clock.banked() / 6000) / 10,
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
    return (
      <SessionBefore
        session={session}
        exercises={exercises}
        recent={recent}
        painBefore={painBefore}
        onPain={setPainBefore}
        voiceOn={voiceOn}
        onToggleVoice={toggleVoice}
        onStart={() => {
          clock.start();
          setStage('running');
        }}
      />
    );
  }

  if (stage === 'stopping') {
    const ex = exercises[positionAt(script, clock.banked()).segment?.item ?? 0];
    return (
      <StopChoices
        offered={ex?.stopSymptoms.length ? ex.stopSymptoms : allStops}
        onChoose={(s) => void chooseStop(s)}
        onCarryOn={() => {
          clock.resume();
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

  const pos = positionAt(script, clock.elapsed);
  const segment = pos.segment;
  const ex = segment ? exercises[segment.item] : undefined;
  const item = segment ? items[segment.item] : undefined;
  if (!segment || !ex || !item) return <Screen title="Session" />;
  return (
    <SessionRunning
      exercise={ex}
      dosage={item.dosage}
      position={pos}
      segment={segment}
      phases={phasesOf(segment)}
      count={exercises.length}
      voiceOn={voiceOn}
      onToggleVoice={toggleVoice}
      announce={announce}
      changing={clock.changing}
      running={stage === 'running' && clock.ticking}
      on={{
        readyToMove: clock.readyToMove,
        pause: clock.pause,
        resume: clock.resume,
        back,
        skip,
        stop: () => {
          clock.pause();
          setStage('stopping');
        },
      }}
    />
  );
}
