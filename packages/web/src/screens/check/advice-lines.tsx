import { afterInjuryAdvice, levelAdvice, type TriageVerdict } from '@crick/core';

/**
 * What to do now at the check's level, the line for after an injury when it applies, and
 * what to tell the person who answers: one block, so the result screen and its fallback
 * (check-screen.tsx, for when the result's chunk cannot load) say the same words.
 */
export function AdviceLines({ outcome, box }: { outcome: TriageVerdict; box: string }) {
  const advice = levelAdvice[outcome.level];
  return (
    <>
      <div class={box} role="alert">
        <p>
          <strong>{advice.action}</strong>
        </p>
      </div>
      {outcome.afterInjury ? (
        <p>
          <strong>{afterInjuryAdvice}</strong>
        </p>
      ) : null}
      <p>{advice.tell}</p>
    </>
  );
}
