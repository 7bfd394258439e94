import { Screen } from '../../components/screen.js';

const links = [
  { href: '#/remedies', label: 'Remedies: cold, heat, massage, rest' },
  { href: '#/exercises', label: 'How each exercise is done' },
  { href: '#/medicines', label: 'Medicines: what may suit you' },
  { href: '#/intake', label: 'Update my answers about my neck' },
  { href: '#/check?trigger=manual', label: 'Is this dangerous? Do the check' },
  { href: '#/prevention', label: 'Stop it coming back: habits and breaks' },
  { href: '#/measure', label: 'Measure my neck with the camera' },
  { href: '#/report', label: 'Report for the doctor' },
  { href: '#/account', label: 'Account and sync (optional)' },
  { href: '#/settings', label: 'Settings and your data' },
];

export default function MoreScreen() {
  return (
    <Screen title="More">
      <ul class="btn-stack">
        {links.map((l) => (
          <li key={l.href}>
            <a class="btn btn-big" href={l.href}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
      <p class="small muted">
        Crick keeps everything on this device. Nothing is sent anywhere unless you choose to.
      </p>
    </Screen>
  );
}
