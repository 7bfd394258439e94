import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight.js';

describe('InFlight', () => {
  it('is idle at once when nothing is under way', async () => {
    await expect(new InFlight().idle()).resolves.toBeUndefined();
  });

  it('becomes idle only after every tracked piece of work has settled, failed ones included', async () => {
    const inFlight = new InFlight();
    let finish: (v: string) => void = () => {};
    let fail: (e: Error) => void = () => {};
    const first = inFlight.track(new Promise<string>((resolve) => (finish = resolve)));
    const second = inFlight.track(new Promise<string>((_, reject) => (fail = reject)));
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));

    finish('done');
    await expect(first).resolves.toBe('done');
    expect(idle).toBe(false);
    fail(new Error('no'));
    await expect(second).rejects.toThrow('no');
    await waiting;
    expect(idle).toBe(true);
  });
});
