/**
 * The emergency number to call, by ISO country code. 112 works across the EU
 * and on most mobile networks worldwide, so it is the fallback.
 */
const numbers: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
  IN: '112',
  ZA: '112',
  JP: '119',
  CN: '120',
  HK: '999',
  SG: '995',
  BR: '192',
  CH: '144',
};

export const emergencyNumberFor = (region: string | undefined): string =>
  (region && numbers[region.toUpperCase()]) || '112';

export const knownRegions = Object.keys(numbers);
