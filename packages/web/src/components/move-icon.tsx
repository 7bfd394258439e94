import type { Movement } from '@crick/core';

/**
 * A small head showing one movement: turning (seen from above), tilting (from
 * the front), looking up or down (from the side). Decorative: the label says it.
 */
export function MoveIcon({ movement }: { movement: Movement }) {
  const right = movement.endsWith('right');
  const flip = right ? 'scale(-1,1) translate(-64,0)' : undefined;
  if (movement.startsWith('turn')) {
    return (
      <svg viewBox="0 0 64 64" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="3">
        <g transform={flip}>
          <ellipse cx="32" cy="36" rx="24" ry="8" />
          <circle cx="32" cy="32" r="12" />
          <path d="M26 21l-4-6" />
          <path d="M14 18a22 22 0 0 1 20-8" stroke-linecap="round" />
          <path d="M14 18l1-7M14 18l7 1" stroke-linecap="round" />
        </g>
      </svg>
    );
  }
  if (movement.startsWith('tilt')) {
    return (
      <svg viewBox="0 0 64 64" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="3">
        <g transform={flip}>
          <path d="M10 58c2-10 10-14 22-14s20 4 22 14" />
          <g transform="rotate(-20 32 40)">
            <circle cx="32" cy="24" r="12" />
            <path d="M32 36v8" />
          </g>
          <path d="M8 16a24 24 0 0 1 10-10" stroke-linecap="round" />
          <path d="M8 16l0-7M8 16l7-1" stroke-linecap="round" />
        </g>
      </svg>
    );
  }
  const up = movement === 'look_up';
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="3">
      <path d="M24 60c0-8 2-12 6-16" />
      <g transform={up ? 'rotate(-25 30 40)' : 'rotate(25 30 40)'}>
        <circle cx="32" cy="26" r="12" />
        <path d="M44 26l5 2-5 2" />
      </g>
      <path
        d={up ? 'M52 18v-12M52 6l-4 4M52 6l4 4' : 'M52 46v12M52 58l-4-4M52 58l4-4'}
        stroke-linecap="round"
      />
    </svg>
  );
}

export const movementLabels: Readonly<Record<Movement, string>> = {
  turn_left: 'Turn left',
  turn_right: 'Turn right',
  tilt_left: 'Tilt left',
  tilt_right: 'Tilt right',
  look_up: 'Look up',
  look_down: 'Look down',
};
