import '../styles.css';
import { render } from 'preact';
import { HandoffPage } from './handoff-page.js';

// The GP hand-off's page: its own entry, without the app's store, router or
// sync. It reads the link's #fragment, fetches the ciphertext and unlocks it here.
const root = document.getElementById('handoff') as HTMLElement;
root.replaceChildren();
render(<HandoffPage />, root);

// The service worker precaches this page with the app, so it opens again offline.
if ('serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
