/**
 * Short tones from Web Audio (no sound files to download). The context is made
 * on the first tap, as browsers require.
 */
let context: AudioContext | undefined;

export function unlockAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
}

const tones = {
  tick: [{ f: 660, d: 0.08 }],
  halfway: [{ f: 880, d: 0.15 }],
  end: [
    { f: 660, d: 0.15 },
    { f: 880, d: 0.25 },
  ],
} as const;

/** Plays a cue; silent when sounds are off or audio is not available. */
export function playTone(kind: keyof typeof tones, enabled: boolean): void {
  if (!enabled || !context) return;
  let t = context.currentTime;
  for (const { f, d } of tones[kind]) {
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.frequency.value = f;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + d);
    osc.connect(gain).connect(context.destination);
    osc.start(t);
    osc.stop(t + d + 0.02);
    t += d + 0.05;
  }
}
