/** Below this mean brightness (0-255) the face model loses the face more often than it finds it. */
export const poorLightBelow = 40;

const size = 16;
let canvas: OffscreenCanvas | HTMLCanvasElement | null = null;

/** The mean brightness of a frame, from a 16 x 16 thumbnail (cheap enough for every frame). */
export function brightness(source: CanvasImageSource): number {
  canvas ??=
    typeof OffscreenCanvas === 'undefined'
      ? document.createElement('canvas')
      : new OffscreenCanvas(size, size);
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d', { willReadFrequently: true }) as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null;
  if (!g) return 255;
  g.drawImage(source, 0, 0, size, size);
  const px = g.getImageData(0, 0, size, size).data;
  let sum = 0;
  for (let i = 0; i < px.length; i += 4)
    sum += 0.299 * (px[i] ?? 0) + 0.587 * (px[i + 1] ?? 0) + 0.114 * (px[i + 2] ?? 0);
  return sum / (size * size);
}
