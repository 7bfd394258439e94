import { Screen } from '../../components/screen.js';
import { useRecords } from '../../store/index.js';

/** A simple list of check-ins until the full diary (charts, PSFS, reviews) lands. */
export default function DiaryScreen() {
  const checkIns = useRecords('checkIn');
  return (
    <Screen title="Diary">
      {checkIns?.length ? (
        <ul class="card">
          {[...checkIns].reverse().map((c) => (
            <li key={c.id}>
              {c.data.date}: pain {c.data.pain} of 10
            </li>
          ))}
        </ul>
      ) : (
        <p>No check-ins yet. Add one from Today.</p>
      )}
      <a class="btn" href="#/check?trigger=new_symptom">
        New symptom? Do the check
      </a>
    </Screen>
  );
}
