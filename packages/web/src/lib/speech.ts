/** Spoken cues, so a person can follow a session without looking at the screen. */
export const canSpeak = (): boolean => typeof speechSynthesis !== 'undefined';

/** Says `text`; by default it cuts off a cue still being said, since the latest phase is the one that matters. */
export function speak(text: string, enabled: boolean, interrupt = true): void {
  if (!enabled || !canSpeak()) return;
  if (interrupt) speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) speechSynthesis.cancel();
}
