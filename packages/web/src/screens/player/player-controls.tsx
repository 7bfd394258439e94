/** The player's small controls: the voice toggle and the hold countdown ring. */

export function VoiceToggle({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button type="button" class="btn" aria-pressed={on} onClick={onToggle}>
      Spoken cues: {on ? 'on' : 'off'}
    </button>
  );
}

/** The hold countdown ring: fills as the segment passes. */
export function Ring({ fraction }: { fraction: number }) {
  const r = 70;
  const length = 2 * Math.PI * r;
  return (
    <svg class="ring" viewBox="0 0 160 160" aria-hidden="true">
      <circle class="ring-track" cx="80" cy="80" r={r} fill="none" stroke-width="12" />
      <circle
        class="ring-fill"
        cx="80"
        cy="80"
        r={r}
        fill="none"
        stroke-width="12"
        stroke-linecap="round"
        stroke-dasharray={length.toFixed(1)}
        stroke-dashoffset={(length * Math.min(1, Math.max(0, fraction))).toFixed(1)}
        transform="rotate(-90 80 80)"
      />
    </svg>
  );
}
