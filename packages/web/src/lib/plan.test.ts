import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../store/store.js';
import { localDate } from './clock.js';
import { readPlanView } from './plan.js';

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const prescription = (name: string, setAt: string, phase: 'settle' | 'loosen' = 'loosen') => ({
  setBy: { id: 'clinician-1', name },
  setAt,
  exercises: [{ exerciseId: 'chin-tuck', reps: 6 }],
  phase,
});

describe("today's plan read from the store", () => {
  it('follows the newest prescription that synced down, and says who set it', async () => {
    const store = await Store.open({ name: `plan-${Date.now()}` });
    stores.push(store);
    const today = localDate();
    await store.put('intake', { startedOn: today, pain: 4 });
    // A plan needs a stored check: this person did it, nothing found.
    await store.put('triage', {
      at: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      facts: {},
      level: 'self_care',
      fired: [],
    });
    const earlier = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const later = new Date(Date.now() - 3_600_000).toISOString();
    // Merged as a sync pull brings them: the later one arrives first.
    await store.merge([
      {
        id: crypto.randomUUID(),
        type: 'prescription',
        updatedAt: `${later}-0000-server`,
        deleted: false,
        data: prescription('Dr Later', later),
      },
      {
        id: crypto.randomUUID(),
        type: 'prescription',
        updatedAt: `${earlier}-0000-server`,
        deleted: false,
        data: prescription('Dr Earlier', earlier, 'settle'),
      },
    ]);
    const view = await readPlanView(store);
    expect(view.history.prescriptions?.map((p) => p.setBy.name)).toEqual(['Dr Earlier', 'Dr Later']);
    expect(view.plan?.prescription).toMatchObject({ setBy: { name: 'Dr Later' }, overridden: false });
    expect(view.plan?.sessions.flatMap((s) => s.items.map((i) => i.exerciseId))).toContain('chin-tuck');
  });
});
