import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, renderIcon } from './icons.js';

const svg = (name: string) => readFileSync(join(import.meta.dirname, '../../public', name), 'utf8');
const BACKGROUND = [0x1f, 0x5f, 0x5b, 0xff];

/** How far from the centre the drawing reaches, as a share of the icon's size. */
function reach(pixels: Uint8Array, size: number): number {
  let farthest = 0;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (BACKGROUND.every((v, c) => Math.abs((pixels[i + c] ?? 0) - v) <= 2)) continue;
      farthest = Math.max(farthest, Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2));
    }
  return farthest / size;
}

describe('the maskable icon', () => {
  for (const size of [192, 512]) {
    const { pixels } = renderIcon(svg('icon-maskable.svg'), size);

    it(`at ${size} px keeps the whole figure inside the safe circle (radius 40%)`, () => {
      expect(reach(pixels, size)).toBeLessThanOrEqual(0.4);
      // and is not shrunk to a dot: it still fills most of the circle.
      expect(reach(pixels, size)).toBeGreaterThan(0.3);
    });

    it(`at ${size} px fills the whole square with the background, corners included`, () => {
      for (const [x, y] of [
        [0, 0],
        [size - 1, 0],
        [0, size - 1],
        [size - 1, size - 1],
      ] as const)
        expect([...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)]).toEqual(BACKGROUND);
    });
  }
});

describe('the icons', () => {
  it('are drawn at the size their name says', () => {
    for (const icon of ICONS) {
      const png = renderIcon(svg(icon.svg), icon.size).png;
      // The PNG header's width and height (bytes 16-23).
      const view = new DataView(png.buffer, png.byteOffset);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([icon.size, icon.size]);
    }
  });
});
