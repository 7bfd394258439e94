// Finds the system Chromium for end-to-end tests and Lighthouse, or installs
// Debian's package with apt-get. Never downloads a browser from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The same flags everywhere Chromium runs headless here (ARCHITECTURE.md). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function ensureChromium() {
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  console.log('Chromium not found; installing the Debian package: apt-get install -y chromium');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => {
    console.log(`$ ${[...sudo, ...args].join(' ')}`);
    execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  const installed = candidates.find((p) => existsSync(p));
  if (!installed) throw new Error('apt-get finished but no chromium binary was found in /usr/bin');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureChromium());
}
