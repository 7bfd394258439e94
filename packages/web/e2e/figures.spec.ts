import { fileURLToPath } from 'node:url';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CrickApp } from './page-models/app.js';

/** The figures land in packages/web/test-results/figures, one picture per exercise and side. */
const figures = fileURLToPath(new URL('../test-results/figures/', import.meta.url));

type Box = { x: number; y: number };
type Drawn = { head: Box; nose: Box; hands: Record<'left' | 'right', Box | null>; arrow: Box | null };

/**
 * Centres of the drawn head, nose and hands as the browser lays them out, after every
 * transform the SVG applies, in the picture's own units (200 wide) from its top left.
 */
async function drawn(still: Locator): Promise<Drawn> {
  return still.locator('[data-pose="now"]').evaluate((g) => {
    const svg = g.closest('svg')?.getBoundingClientRect();
    if (!svg) throw new Error('a figure outside an SVG');
    const unit = 200 / svg.width;
    const centre = (part: string) => {
      const el = g.querySelector(`[data-part="${part}"]`);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: (r.x + r.width / 2 - svg.x) * unit, y: (r.y + r.height / 2 - svg.y) * unit };
    };
    const head = centre('head');
    const nose = centre('nose');
    if (!head || !nose) throw new Error('a figure without a head or a nose');
    // The arrow is drawn beside the body, over the whole figure.
    const arrow = g.parentElement?.querySelector('[data-part="arrow"]');
    const a = arrow?.getBoundingClientRect();
    return {
      head,
      nose,
      hands: { left: centre('hand-left'), right: centre('hand-right') },
      arrow: a ? { x: (a.x + a.width / 2 - svg.x) * unit, y: (a.y + a.height / 2 - svg.y) * unit } : null,
    };
  });
}

const minus = (a: Box, b: Box): Box => ({ x: a.x - b.x, y: a.y - b.y });
const facing = (d: Drawn) => minus(d.nose, d.head);
/** Positive when `b` is turned clockwise on the screen from `a`. */
const cross = (a: Box, b: Box) => a.x * b.y - a.y * b.x;
const dot = (a: Box, b: Box) => a.x * b.x + a.y * b.y;

async function checkPage(app: CrickApp, query: string) {
  await app.open(`/exercises${query}`);
  const page = app.page;
  await expect(page.locator('main h1')).toHaveText('How each exercise is done');
  await app.expectAccessible();
  const cards = page.locator('article[data-exercise]');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(20);
  const checked: string[] = [];
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const id = (await card.getAttribute('data-exercise')) ?? '';
    const side = (await card.getAttribute('data-side')) ?? 'none';
    // The side as the person reads it, in the heading; the movement as the target picture names it.
    const heading = (await card.locator('h2').textContent()) ?? '';
    if (side !== 'none') expect(heading).toContain(`${side} side`);
    const sign = side === 'right' ? 1 : -1;
    const stills = card.locator('figure[data-still]');
    await expect(stills).toHaveCount(3);
    await expect(stills.locator('figcaption')).toHaveText([/^1\. Start$/, /^2\. /, /^3\. /]);
    const moveName = ((await stills.nth(1).locator('figcaption').textContent()) ?? '').replace(/^2\. /, '');
    const [start, target, back] = await Promise.all([0, 1, 2].map((n) => drawn(stills.nth(n))));
    if (!start || !target || !back) throw new Error('three stills expected');
    // At the top of the window, so the bottom navigation never covers the picture.
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await card.screenshot({ path: `${figures}${id}-${side}.png` });
    const why = `${id} (${side} side), target "${moveName}"`;

    // Every repetition comes back to where it started.
    expect(Math.hypot(back.head.x - start.head.x, back.head.y - start.head.y), why).toBeLessThan(0.5);
    expect(Math.hypot(back.nose.x - start.nose.x, back.nose.y - start.nose.y), why).toBeLessThan(0.5);

    if (/^Turn/.test(moveName)) {
      // Seen from above, the nose starts pointing straight ahead (up the screen) and ends towards the side named.
      expect(Math.abs(facing(start).x), why).toBeLessThan(1);
      expect(facing(start).y, why).toBeLessThan(-10);
      expect(Math.sign(facing(target).x), why).toBe(sign);
      expect(Math.abs(facing(target).x), why).toBeGreaterThan(10);
      // The start's arrow curves from the nose towards that side.
      if (!start.arrow) throw new Error(`${why}: no arrow`);
      expect(Math.sign(start.arrow.x - start.head.x), why).toBe(sign);
    } else if (/Tilt/.test(moveName)) {
      // Drawn as a reflection: a tilt to the person's right tips the head to the screen's right.
      expect(Math.sign(target.head.x - start.head.x), why).toBe(sign);
      expect(Math.abs(target.head.x - start.head.x), why).toBeGreaterThan(8);
      if (!start.arrow) throw new Error(`${why}: no arrow`);
      expect(Math.sign(start.arrow.x - start.head.x), why).toBe(sign);
    } else if (/Forward/.test(moveName)) {
      expect(dot(minus(target.head, start.head), facing(start)), why).toBeGreaterThan(0);
      expect(start.arrow, `${why}: an arrow`).not.toBeNull();
    } else if (/Chin back/.test(moveName)) {
      expect(dot(minus(target.head, start.head), facing(start)), why).toBeLessThan(0);
      expect(start.arrow, `${why}: an arrow`).not.toBeNull();
    } else if (/down|Nod/.test(moveName)) {
      // Seen from the side, facing right (or to the ceiling, lying): the chin goes down, the nose turns clockwise.
      expect(cross(facing(start), facing(target)), why).toBeGreaterThan(0);
    } else if (/Press/.test(moveName)) {
      // A hold against the hand: the head does not move.
      expect(Math.hypot(target.nose.x - start.nose.x, target.nose.y - start.nose.y), why).toBeLessThan(0.5);
    } else if (/Arm across/.test(moveName)) {
      // The named arm's hand crosses the body towards the other side.
      const hand = side === 'left' ? 'left' : 'right';
      const from = start.hands[hand];
      const to = target.hands[hand];
      if (!from || !to) throw new Error(`${why}: no ${hand} hand drawn`);
      expect(Math.sign(to.x - from.x), why).toBe(-sign);
      expect(Math.abs(to.x - from.x), why).toBeGreaterThan(20);
    } else {
      // Any other movement must not name a side: a sided exercise is always checked above.
      expect(side, why).toBe('none');
    }
    checked.push(`${id}:${side}`);
  }
  return checked;
}

// Large enough that each exercise's card is photographed whole, above the bottom navigation.
test.use({ viewport: { width: 720, height: 1400 } });

for (const [query, sides] of [
  ['', 'each two-sided one on the side the library writes it'],
  ['?side=left', 'each two-sided one to the left'],
  ['?side=right', 'each two-sided one to the right'],
] as const) {
  test(`every exercise is drawn in start, target and return poses that move the way the side and movement are named: ${sides}`, async ({
    page,
  }) => {
    const checked = await checkPage(new CrickApp(page), query);
    const sided = checked.filter((c) => !c.endsWith(':none'));
    expect(sided.length).toBeGreaterThan(5);
    const asked = query.replace('?side=', '');
    if (asked) for (const c of sided) expect(c).toMatch(new RegExp(`:${asked}$`));
  });
}
