import type { Exercise, PlanSession } from '@crick/core';
import { PainScale } from '../../components/choice.js';
import { Screen } from '../../components/screen.js';
import { describeDosage } from '../../lib/dosage.js';
import { exerciseOf } from '../../lib/library.js';
import type { recentPain } from '../../lib/recent-pain.js';
import { VoiceToggle } from './player-controls.js';
import { startingPosition } from './positions.js';

/** Before a session: what it holds, where to sit or lie, the pain before and the voice toggle. */
export function SessionBefore({
  session,
  exercises,
  recent,
  painBefore,
  onPain,
  voiceOn,
  onToggleVoice,
  onStart,
}: {
  session: PlanSession;
  exercises: readonly Exercise[];
  recent: ReturnType<typeof recentPain>;
  painBefore: number | undefined;
  onPain: (pain: number) => void;
  voiceOn: boolean;
  onToggleVoice: () => void;
  onStart: () => void;
}) {
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
      <PainScale name="pain-before" legend="Pain before you start" value={painBefore} onChange={onPain} />
      <VoiceToggle on={voiceOn} onToggle={onToggleVoice} />
      <button type="button" class="btn btn-big btn-primary" onClick={onStart}>
        Start the session
      </button>
      <p class="small muted">
        Move gently and within comfort. Stop at once if anything feels sharp, spreads or tingles.
      </p>
    </Screen>
  );
}
