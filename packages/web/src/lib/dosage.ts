import { type Dosage, holdSecondsOf } from '@crick/core';

/** "3 × 15-second holds, each side" — the dosage in a few plain words. */
export function describeDosage(d: Dosage): string {
  const what =
    d.kind === 'hold'
      ? `${d.reps} × ${holdSecondsOf(d)}-second hold${d.reps === 1 ? '' : 's'}`
      : `${d.reps} slow repetitions`;
  const sets = d.sets > 1 ? `, ${d.sets} sets` : '';
  const sides = d.sides === 'each' ? ', each side' : '';
  return `${what}${sets}${sides}`;
}
