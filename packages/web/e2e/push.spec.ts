import { expect, test } from './fixtures.js';
import { AccountPage } from './page-models/account-page.js';
import { CrickApp } from './page-models/app.js';
import { CrickServer } from './page-models/crick-server.js';

// The service worker is allowed: it is what receives a push.
test.use({ serviceWorkers: 'allow', permissions: ['notifications'] });

test('a pushed reminder is shown by the service worker while no Crick page is open', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const origin = new URL(page.url()).origin;

  // Chromium's DevTools protocol stands in for the push service: it hands the worker a message.
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
      if (live) resolve(live.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const id = await registrationId;

  // Crick closed: the tab leaves for a blank page.
  await page.goto('about:blank');
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: id,
    data: JSON.stringify({
      kind: 'break',
      title: 'Crick',
      body: 'Time for your neck break',
      tag: 'crick-break',
    }),
  });

  const later = await context.newPage();
  await later.goto('/');
  await expect
    .poll(() =>
      later.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map(
          (n) => `${n.tag} | ${n.title}: ${n.body} | opens ${(n.data as { url: string }).url}`,
        ),
      ),
    )
    .toEqual(['crick-break | Crick: Time for your neck break | opens /#/prevention']);
});

test.describe('turning pushed reminders on and off in settings', () => {
  // One real server (page-models/crick-server.ts): the subscription goes to its API.
  let server: CrickServer | undefined;
  test.beforeAll(async () => {
    server = await CrickServer.start();
  });
  test.afterAll(() => server?.stop());

  test('signed in, one tap turns them on (asking for notifications then, not before) and another turns them off', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      baseURL: server?.url,
      serviceWorkers: 'allow',
      permissions: ['notifications'],
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { crickAsked: number };
      w.crickAsked = 0;
      const ask = Notification.requestPermission.bind(Notification);
      Notification.requestPermission = (...args) => {
        w.crickAsked += 1;
        return ask(...args);
      };
    });
    // Subscribing asks the browser's push service (Google's, for Chromium) over the internet, which a
    // test has not got: this stands in for that one call, with a real P-256 key and auth secret, and
    // keeps the key the app handed it. The push itself is delivered above and in the server's tests.
    await page.addInitScript(() => {
      const w = window as unknown as { crickServerKey: string };
      const b64 = (u: Uint8Array) =>
        btoa(String.fromCharCode(...u))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      let current: PushSubscription | null = null;
      PushManager.prototype.getSubscription = async () => current;
      PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
        w.crickServerKey = String(options?.applicationServerKey);
        const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
          'deriveBits',
        ]);
        const p256dh = b64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
        const auth = b64(crypto.getRandomValues(new Uint8Array(16)));
        const endpoint = `https://push.invalid/${crypto.randomUUID()}`;
        current = {
          endpoint,
          toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh, auth } }),
          unsubscribe: async () => {
            current = null;
            return true;
          },
        } as unknown as PushSubscription;
        return current;
      };
    });
    const asked = () => page.evaluate(() => (window as unknown as { crickAsked: number }).crickAsked);
    await page.goto('/#/account');
    await new AccountPage(page).signUp(`push-${Date.now()}@example.com`, 'a calm neck 2026');
    await page.goto('/#/settings');
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    const button = page.getByRole('button', { name: 'Reminders when Crick is closed' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(await asked()).toBe(0);

    const subscribed = page.waitForResponse((r) => r.url().endsWith('/api/push/subscriptions'));
    await button.click();
    expect((await subscribed).status()).toBe(201);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'even while Crick is closed' })).toBeVisible();
    expect(await asked()).toBe(1);
    const serverKey = ((await (await page.request.get('/api/push/key')).json()) as { publicKey: string })
      .publicKey;
    expect(await page.evaluate(() => (window as unknown as { crickServerKey: string }).crickServerKey)).toBe(
      serverKey,
    );
    await new CrickApp(page).expectAccessible();

    const unsubscribed = page.waitForResponse((r) => r.url().endsWith('/api/push/unsubscribe'));
    await button.click();
    expect((await unsubscribed).status()).toBe(204);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.ready).pushManager.getSubscription()),
    ).toBeNull();
    await context.close();
  });
});
