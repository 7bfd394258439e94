import type { BrowserContext, Page } from '@playwright/test';
import { clipSize, drawStills, type Shot, type Still } from './camera-clip.js';

/**
 * A camera the test holds on one still at a time, for the tests that count moves out
 * and back. Chromium's fake camera plays a file at the file's own pace, so on a busy
 * machine the app reads fewer of its frames and a screen can open halfway through a
 * move. Here each still stays in view for its seconds *and* until the app has taken
 * `picturesPerShot` pictures from the video: a slow machine stretches the clip instead
 * of losing part of it. The app still asks for the camera (and its permission) as on a
 * phone; the stream it gets is a canvas showing the still (`captureStream`).
 * The picture-problem tests in measure.spec.ts keep the file camera, so that path stays real.
 */
export class HeldCamera {
  readonly page: Page;
  private readonly pictures = new Map<string, string>();
  private constructor(page: Page) {
    this.page = page;
  }

  /**
   * Draws every still the shots need (in `builder`, a page of the e2e server) and makes
   * every page of `context` get the held camera in place of the device's stream.
   */
  static async install(builder: Page, context: BrowserContext, shots: Shot[]): Promise<HeldCamera> {
    const stills = [...new Map(shots.map((s) => [key(s), still(s)])).values()];
    const pngs = await drawStills(builder, stills, 'picture');
    await context.addInitScript(installInPage, clipSize);
    const page = await context.newPage();
    const camera = new HeldCamera(page);
    for (const [i, s] of stills.entries()) camera.pictures.set(key(s), pngs[i] as string);
    return camera;
  }

  /** Shows each shot in turn, leaving the last one in view. */
  async play(shots: Shot[]): Promise<void> {
    for (const shot of shots) {
      const png = this.pictures.get(key(shot));
      if (!png) throw new Error(`held camera: no picture drawn for ${key(shot)}`);
      // Inside the page: the handle `installInPage` set (a page function sees no module scope).
      const shown = await this.page.evaluate(
        (url) => (globalThis.__crickHeldCamera as HeldCameraInPage).show(url),
        png,
      );
      await this.page.waitForFunction(
        ({ pictures, at, ms, needed }) =>
          (globalThis.__crickHeldCamera as HeldCameraInPage).pictures() - pictures >= needed &&
          performance.now() - at >= ms,
        { ...shown, ms: shot.seconds * 1000, needed: picturesPerShot },
        { polling: 20, timeout: 60_000 },
      );
    }
  }
}

/**
 * Pictures the app must take of each still before the next: it takes one or two a
 * frame read (the light check, then the face model), and the first may still be of the
 * last still, so six means at least two whole reads of this one.
 */
const picturesPerShot = 6;

const still = ({ seconds: _, ...rest }: Shot): Still => rest;
const key = (s: Shot | Still): string => JSON.stringify(still({ seconds: 0, ...s }));

interface HeldCameraInPage {
  show(url: string): Promise<{ pictures: number; at: number }>;
  pictures(): number;
}
declare global {
  // The page's handle on the held camera, set by `installInPage`.
  var __crickHeldCamera: HeldCameraInPage | undefined;
}

/** Runs in the page before its scripts: self-contained, as an init script must be. */
function installInPage(size: number): void {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  let shown: ImageBitmap | null = null;
  const paint = () => {
    g.fillStyle = '#8c8a86';
    g.fillRect(0, 0, size, size);
    if (shown) g.drawImage(shown, 0, 0);
  };
  paint();
  // A camera sends frames all the time, whether or not the picture changes.
  setInterval(paint, 50);
  // Every picture the app takes of the video (its light check, the face model) is drawn from it.
  let pictures = 0;
  for (const proto of [
    CanvasRenderingContext2D.prototype,
    globalThis.OffscreenCanvasRenderingContext2D?.prototype,
  ]) {
    if (!proto) continue;
    const draw = proto.drawImage as (...args: unknown[]) => void;
    proto.drawImage = function (this: unknown, ...args: unknown[]) {
      if (args[0] instanceof HTMLVideoElement) pictures++;
      return draw.apply(this, args);
    } as typeof proto.drawImage;
  }
  const media = navigator.mediaDevices;
  if (media?.getUserMedia) {
    const open = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const device = await open(constraints); // the permission and the device, as on a phone
      for (const track of device.getTracks()) track.stop();
      return canvas.captureStream(20);
    };
  }
  globalThis.__crickHeldCamera = {
    async show(url) {
      const img = new Image();
      img.src = url;
      await img.decode();
      shown = await createImageBitmap(img);
      paint();
      return { pictures, at: performance.now() };
    },
    pictures: () => pictures,
  };
}
