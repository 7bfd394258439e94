import type { Settings } from '@crick/core';
import { saveSingle, useLatest } from '../store/index.js';
import { emergencyNumberOf, guessRegion } from './regions.js';

export interface ResolvedSettings {
  readonly voice: boolean;
  readonly sounds: boolean;
  readonly region: string;
  readonly emergencyNumber: string;
  readonly reminderTimes: readonly string[];
}

export function resolveSettings(s: Settings | undefined): ResolvedSettings {
  const region = s?.region ?? guessRegion();
  return {
    voice: s?.voice ?? true,
    sounds: s?.sounds ?? true,
    region,
    emergencyNumber: s?.emergencyNumber ?? emergencyNumberOf(region),
    reminderTimes: s?.reminderTimes ?? [],
  };
}

/** Settings with defaults; `undefined` while the store opens. */
export function useSettings(): ResolvedSettings | undefined {
  const latest = useLatest('settings');
  return latest === undefined ? undefined : resolveSettings(latest?.data);
}

/** Changes some settings; one settings record, edited in place so it syncs as one. */
export const saveSettings = (patch: Partial<Settings>): Promise<void> =>
  saveSingle('settings', (current) => ({ ...(current ?? {}), ...patch }));
