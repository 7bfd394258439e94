import { tabOf } from '../routes.js';

const tabs = [
  { path: '/today', label: 'Today', icon: 'M4 11l8-7 8 7v9h-5v-6H9v6H4z' },
  {
    path: '/check',
    label: 'Check',
    icon: 'M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7zm-1 12l5-5-1.4-1.4L11 12.2 9.4 10.6 8 12z',
  },
  {
    path: '/diary',
    label: 'Diary',
    icon: 'M6 3h11a2 2 0 012 2v16H6a2 2 0 01-2-2V5a2 2 0 012-2zm2 4v2h8V7zm0 4v2h8v-2z',
  },
  { path: '/learn', label: 'Learn', icon: 'M12 4L2 9l10 5 8-4v6h2V9zM6 13v4c2 2 10 2 12 0v-4l-6 3z' },
  {
    path: '/more',
    label: 'More',
    icon: 'M5 10a2 2 0 110 4 2 2 0 010-4zm7 0a2 2 0 110 4 2 2 0 010-4zm7 0a2 2 0 110 4 2 2 0 010-4z',
  },
];

export function BottomNav({ path }: { path: string }) {
  const current = tabOf(path);
  return (
    <nav class="bottom-nav" aria-label="Main">
      <ul>
        {tabs.map((t) => (
          <li key={t.path}>
            <a href={`#${t.path}`} aria-current={current === t.path ? 'page' : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
                <path d={t.icon} />
              </svg>
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
