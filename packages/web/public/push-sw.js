// Web Push in the service worker (imported by the generated sw.js; vite.config.ts).
// The server's payload names only the kind of reminder (see server/src/push.ts);
// anything else arriving is shown as a plain reminder, never as health text.
const OPENS = { 'check-in': '/#/diary', session: '/#/today', break: '/#/prevention' };

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const kind = typeof data.kind === 'string' && data.kind in OPENS ? data.kind : 'check-in';
  const title = typeof data.title === 'string' ? data.title.slice(0, 60) : 'Crick';
  const body = typeof data.body === 'string' ? data.body.slice(0, 120) : 'Time for your Crick reminder';
  event.waitUntil(
    self.registration.showNotification(title, {
      body,
      tag: `crick-${kind}`,
      icon: '/icon-192.png',
      data: { url: OPENS[kind] },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url ?? '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows[0];
      return open ? open.navigate(url).then((w) => w?.focus()) : self.clients.openWindow(url);
    }),
  );
});
