import { Screen } from '../../components/screen.js';
import { describeDosage } from '../../lib/dosage.js';
import { library } from '../../lib/library.js';
import type { ScreenProps } from '../../routes.js';
import { ExerciseStills } from '../player/exercise-view.js';
import { naturalSide } from '../player/sides.js';

/**
 * Every exercise in the library as three labelled pictures (start, target,
 * return), so a person can see how one is done before or after a session.
 * `?side=left` shows the two-sided ones to the left.
 */
export default function ExercisesScreen({ route }: ScreenProps) {
  const asked = route.params.get('side');
  return (
    <Screen
      title="How each exercise is done"
      lead="Each one in three pictures: where it starts, how far it goes and where it ends."
    >
      <p>
        {asked === 'left' ? (
          <a href="#/exercises">Show the two-sided ones to the right</a>
        ) : (
          <a href="#/exercises?side=left">Show the two-sided ones to the left</a>
        )}
      </p>
      {library.exercises.map((e) => {
        const side =
          e.dosage.sides === 'each'
            ? asked === 'left'
              ? 'left'
              : asked === 'right'
                ? 'right'
                : naturalSide(e)
            : null;
        return (
          <article
            key={e.id}
            class="card"
            data-exercise={e.id}
            data-side={side ?? 'none'}
            aria-labelledby={`ex-${e.id}`}
          >
            <h2 id={`ex-${e.id}`}>
              {e.name}
              {side ? `, ${side} side` : ''}
            </h2>
            <p class="small muted">
              {e.purpose} {describeDosage(e.dosage)}.
            </p>
            <ExerciseStills exercise={e} side={side} />
          </article>
        );
      })}
    </Screen>
  );
}
