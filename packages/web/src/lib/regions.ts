import { emergencyNumberFor } from '@crick/core';

/** Regions offered in settings; the number itself comes from the core, so every face agrees. */
const names: Readonly<Record<string, string>> = {
  US: 'United States',
  CA: 'Canada',
  MX: 'Mexico',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  IN: 'India',
  ZA: 'South Africa',
  JP: 'Japan',
  CN: 'China',
  HK: 'Hong Kong',
  SG: 'Singapore',
  BR: 'Brazil',
  CH: 'Switzerland',
  EU: 'European Union (elsewhere)',
};

export const regions = Object.entries(names).map(([code, name]) => ({
  code,
  name,
  number: emergencyNumberFor(code),
}));

export const emergencyNumberOf = (region: string | undefined): string => emergencyNumberFor(region);

/** A first guess from the browser's language tag (en-GB -> GB); the person can change it. */
export function guessRegion(): string {
  const tag = typeof navigator === 'undefined' ? '' : navigator.language;
  const code = tag.split('-')[1]?.toUpperCase();
  return code && code in names ? code : 'EU';
}
