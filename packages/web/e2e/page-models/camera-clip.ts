import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { renderHead } from './camera-head.js';

/**
 * One still of the clip: the head turned or nodded (looking up or down) in three
 * dimensions (`camera-head.ts`), mirrored (the picture flipped: the same turn to the
 * other side, of a slightly different face), tilted (rotated in the picture's plane),
 * darkened, doubled (two faces) or left out (no face).
 */
export interface Still {
  turn?: number;
  nod?: number;
  mirror?: boolean;
  tilt?: number;
  light?: number;
  faces?: 0 | 1 | 2;
}
export interface Shot extends Still {
  seconds: number;
}

export const clipSize = 240;
/** The little of Human's interface the clip needs. */
interface HumanLike {
  detect(input: HTMLCanvasElement): Promise<{ face: { mesh: [number, number, number][] }[] }>;
  faceTriangulation: number[];
}
export const clipFps = 5;
const face = readFileSync(join(import.meta.dirname, '../fixtures/eileen-collins-face.jpg')).toString(
  'base64',
);

/** The app's build, where the e2e server serves it from: Human's chunk and the face models. */
const dist = join(import.meta.dirname, '../../dist');

/**
 * Draws each still in the browser (canvas) and returns it as I420 planes, base64 (for
 * a Y4M clip), or as the picture a camera shows of those planes, a PNG data URL (for
 * the held camera, `held-camera.ts`). A turned
 * or nodded head needs the face's mesh on the photo: Human (the app's build, from the
 * e2e server) finds it once, in a blank page of the server's origin.
 */
export async function drawStills(page: Page, stills: Still[], format: 'i420' | 'picture'): Promise<string[]> {
  await page.route('**/clip-builder', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clip</title>' }),
  );
  await page.goto('/clip-builder');
  await page.evaluate(`globalThis.renderHead = ${renderHead.toString()}`);
  const human = readdirSync(join(dist, 'assets')).find((f) => /^human\.esm-.*\.js$/.test(f));
  return page.evaluate(
    async ({ face, stills, size, human, format }) => {
      const img = new Image();
      img.src = `data:image/jpeg;base64,${face}`;
      await img.decode();
      const canvas = (): [HTMLCanvasElement, CanvasRenderingContext2D] => {
        const c = document.createElement('canvas');
        c.width = size;
        c.height = size;
        return [c, c.getContext('2d') as CanvasRenderingContext2D];
      };
      const [photo, pg] = canvas();
      pg.drawImage(img, 0, 0);
      const still = pg.getImageData(0, 0, size, size);
      let face3d: { mesh: [number, number, number][]; triangles: number[] } | null = null;
      if (stills.some((s) => s.turn || s.nod)) {
        const mod: Record<string, unknown> = await import(`/assets/${human}`);
        // The chunk's export names are the bundler's: take the class that has detect().
        const Human = Object.values(mod).find(
          (v): v is new (c: object) => HumanLike =>
            typeof v === 'function' && typeof v.prototype?.detect === 'function',
        );
        if (!Human) throw new Error('no Human class in the chunk');
        const off = { enabled: false };
        const model = new Human({
          backend: 'wasm',
          wasmPath: '/camera/',
          wasmPlatformFetch: false,
          modelBasePath: '/camera/',
          warmup: 'none',
          face: {
            detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: 1 },
            mesh: { modelPath: 'facemesh.json' },
            iris: off,
            description: off,
            emotion: off,
            antispoof: off,
            liveness: off,
            attention: off,
          },
          body: off,
          hand: off,
          object: off,
          gesture: off,
          segmentation: off,
        });
        const found = await model.detect(photo);
        const mesh = found.face[0]?.mesh;
        if (!mesh || mesh.length < 468) throw new Error('no face mesh on the photo');
        face3d = { mesh, triangles: model.faceTriangulation };
      }
      const draw = (globalThis as unknown as { renderHead: typeof renderHead }).renderHead;
      return stills.map((s) => {
        const [base, g] = canvas();
        g.fillStyle = '#8c8a86';
        g.fillRect(0, 0, size, size);
        if (s.faces === 2) {
          g.drawImage(img, 0, size / 4, size / 2, size / 2);
          g.drawImage(img, size / 2, size / 4, size / 2, size / 2);
        } else if (s.faces !== 0 && face3d && (s.turn || s.nod))
          g.putImageData(
            draw(still, face3d.mesh, face3d.triangles, { turn: s.turn ?? 0, nod: s.nod ?? 0 }),
            0,
            0,
          );
        else if (s.faces !== 0) g.drawImage(img, 0, 0);
        let out = base;
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
        if (format === 'picture') {
          // The planes as Chromium's fake camera shows them: it reads them as limited-range
          // BT.601, so its picture has more contrast than the one drawn. The face model
          // reads the two differently (a 60-degree turn: 29 degrees here, 9 on the drawing),
          // so the held camera shows this one, and both cameras give the same readings.
          const shown = new ImageData(size, size);
          for (let y = 0; y < size; y++)
            for (let x = 0; x < size; x++) {
              const j = (y >> 1) * (size / 2) + (x >> 1);
              const c = 1.164 * ((yuv[y * size + x] ?? 0) - 16);
              const [u, v] = [(yuv[uOff + j] ?? 128) - 128, (yuv[vOff + j] ?? 128) - 128];
              const i = (y * size + x) * 4;
              shown.data.set([c + 1.596 * v, c - 0.392 * u - 0.813 * v, c + 2.017 * u, 255], i);
            }
          const [picture, pg2] = canvas();
          pg2.putImageData(shown, 0, 0);
          return picture.toDataURL('image/png');
        }
        let bin = '';
        for (const b of yuv) bin += String.fromCharCode(b);
        return btoa(bin);
      });
    },
    { face, stills, size: clipSize, human, format },
  );
}

/**
 * Writes the shots as a Y4M clip, the format Chromium's fake camera plays
 * (`--use-file-for-fake-video-capture`), looping. Made at test time, never stored.
 */
export async function writeClip(page: Page, shots: Shot[], file: string): Promise<void> {
  const frames = (await drawStills(page, shots, 'i420')).map((f) => Buffer.from(f, 'base64'));
  const parts: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${clipSize} H${clipSize} F${clipFps}:1 Ip A1:1 C420jpeg\n`),
  ];
  shots.forEach((shot, i) => {
    for (let n = 0; n < Math.round(shot.seconds * clipFps); n++)
      parts.push(Buffer.from('FRAME\n'), frames[i] as Buffer);
  });
  writeFileSync(file, Buffer.concat(parts));
}
