import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * One still of the clip: the face turned (a turn of the head drawn as the photo
 * wrapped round a cylinder and rotated, so the near side widens and the far side
 * narrows), mirrored (the same turn to the other side), tilted (rotated in the
 * picture's plane), darkened, doubled (two faces) or left out (no face).
 */
export interface Still {
  turn?: number;
  mirror?: boolean;
  tilt?: number;
  light?: number;
  faces?: 0 | 1 | 2;
}
export interface Shot extends Still {
  seconds: number;
}

export const clipSize = 240;
export const clipFps = 5;
const face = readFileSync(join(import.meta.dirname, '../fixtures/eileen-collins-face.jpg')).toString(
  'base64',
);

/** Draws each still in the browser (canvas) and returns its I420 planes, base64. */
async function drawStills(page: Page, stills: Still[]): Promise<Buffer[]> {
  await page.setContent('<!doctype html><title>clip</title>');
  const frames = await page.evaluate(
    async ({ face, stills, size }) => {
      const img = new Image();
      img.src = `data:image/jpeg;base64,${face}`;
      await img.decode();
      const canvas = (): [HTMLCanvasElement, CanvasRenderingContext2D] => {
        const c = document.createElement('canvas');
        c.width = size;
        c.height = size;
        return [c, c.getContext('2d') as CanvasRenderingContext2D];
      };
      // The head as a cylinder round the face's middle (x = 120, radius 75 in the crop).
      const cx = size / 2;
      const r = 75;
      return stills.map((s) => {
        const [base, g] = canvas();
        g.fillStyle = '#8c8a86';
        g.fillRect(0, 0, size, size);
        if (s.faces === 2) {
          g.drawImage(img, 0, size / 4, size / 2, size / 2);
          g.drawImage(img, size / 2, size / 4, size / 2, size / 2);
        } else if (s.faces !== 0) g.drawImage(img, 0, 0);
        let out = base;
        if (s.turn) {
          const [turned, tg] = canvas();
          tg.drawImage(base, 0, 0);
          const theta = (s.turn * Math.PI) / 180;
          for (let x = Math.floor(cx - r); x < cx + r; x++) {
            const u = (x + 0.5 - cx) / r;
            const phi = Math.asin(u) - theta;
            // The far side of the head, turned out of view: background.
            if (Math.abs(phi) >= Math.PI / 2) tg.fillRect(x, 0, 1, size);
            else tg.drawImage(base, cx + r * Math.sin(phi), 0, 1, size, x, 0, 1, size);
          }
          out = turned;
        }
        if (s.mirror || s.tilt) {
          const [moved, mg] = canvas();
          mg.fillStyle = '#8c8a86';
          mg.fillRect(0, 0, size, size);
          mg.translate(size / 2, size / 2);
          if (s.tilt) mg.rotate((s.tilt * Math.PI) / 180);
          if (s.mirror) mg.scale(-1, 1);
          mg.drawImage(out, -size / 2, -size / 2);
          out = moved;
        }
        const px = (out.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, size, size).data;
        const light = s.light ?? 1;
        // BT.601 full-range I420: a Y plane, then U and V at half size each way.
        const yuv = new Uint8Array(size * size * 1.5);
        const [uOff, vOff] = [size * size, size * size * 1.25];
        for (let y = 0; y < size; y++) {
          for (let x = 0; x < size; x++) {
            const i = (y * size + x) * 4;
            const [R, G, B] = [(px[i] ?? 0) * light, (px[i + 1] ?? 0) * light, (px[i + 2] ?? 0) * light];
            yuv[y * size + x] = 0.299 * R + 0.587 * G + 0.114 * B;
            if (y % 2 === 0 && x % 2 === 0) {
              const j = (y / 2) * (size / 2) + x / 2;
              yuv[uOff + j] = 128 - 0.168736 * R - 0.331264 * G + 0.5 * B;
              yuv[vOff + j] = 128 + 0.5 * R - 0.418688 * G - 0.081312 * B;
            }
          }
        }
        let bin = '';
        for (const b of yuv) bin += String.fromCharCode(b);
        return btoa(bin);
      });
    },
    { face, stills, size: clipSize },
  );
  return frames.map((f) => Buffer.from(f, 'base64'));
}

/**
 * Writes the shots as a Y4M clip, the format Chromium's fake camera plays
 * (`--use-file-for-fake-video-capture`), looping. Made at test time, never stored.
 */
export async function writeClip(page: Page, shots: Shot[], file: string): Promise<void> {
  const frames = await drawStills(page, shots);
  const parts: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${clipSize} H${clipSize} F${clipFps}:1 Ip A1:1 C420jpeg\n`),
  ];
  shots.forEach((shot, i) => {
    for (let n = 0; n < Math.round(shot.seconds * clipFps); n++)
      parts.push(Buffer.from('FRAME\n'), frames[i] as Buffer);
  });
  writeFileSync(file, Buffer.concat(parts));
}
