import { Screen } from '../../components/screen.js';

/** "1 Dec 2026" from an ISO date or date-time. */
export const shortDay = (iso: string): string =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

/** What a person (or someone signed out) sees on a clinician's screen: where to go instead. */
export function ClinicianOnly({ title }: { title: string }) {
  return (
    <Screen title={title}>
      <p>
        This screen is for a clinician's account. <a href="#/account">Log in as a clinician</a>, or go to{' '}
        <a href="#/today">Today</a>.
      </p>
    </Screen>
  );
}
