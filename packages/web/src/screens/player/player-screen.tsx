import type { PlanSession, SessionLog, StopSymptom } from '@crick/core';
import { Screen } from '../../components/screen.js';
import { usePlanView } from '../../lib/plan.js';
import type { ScreenProps } from '../../routes.js';
import { SessionPlayer } from './session-player.js';

/** Finds the planned session named in the URL and hands it to the player. */
export default function PlayerScreen({ route }: ScreenProps) {
  const view = usePlanView();
  if (view === undefined) return <Screen title="Session" />;
  const id = route.params.get('session');
  const session: PlanSession | undefined =
    view.plan?.sessions.find((s) => s.id === id) ?? view.plan?.sessions[0];
  if (!session || session.items.length === 0) {
    return (
      <Screen title="Session" lead="There is no session to play right now.">
        <a class="btn btn-primary" href="#/today">
          Back to Today
        </a>
      </Screen>
    );
  }
  return <SessionPlayer session={session} today={view.today} checkIns={view.history.checkIns} />;
}

export type { SessionLog, StopSymptom };
