import { reminderWording } from '@crick/core';
import { getStore } from '../store/index.js';
import { resolveSettings } from './settings.js';
import { playTone, unlockAudio } from './sound.js';
import { speak } from './speech.js';

/** Announces the break that has arrived: a sound, a spoken line, and a notification where the person allowed them. */
export async function announceBreak(): Promise<void> {
  const settings = resolveSettings((await (await getStore()).latest('settings'))?.data);
  const { title, body } = reminderWording.break;
  unlockAudio();
  playTone('end', settings.sounds);
  speak(`${body}. A twenty-second stretch.`, settings.voice);
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const options = { body, tag: 'crick-break' };
  const registration = await navigator.serviceWorker?.getRegistration();
  if (registration) await registration.showNotification(title, options);
  else new Notification(title, options);
}
