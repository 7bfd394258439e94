import { Resvg } from '@resvg/resvg-js';

/**
 * The app's PNG icons, drawn from the SVGs in public/ at build time (vite.config.ts),
 * so the PNGs can never drift from the drawing. Build-time code, never in the bundle.
 */
export const ICONS = [
  { file: 'icon-192.png', svg: 'icon.svg', size: 192 },
  { file: 'icon-512.png', svg: 'icon.svg', size: 512 },
  { file: 'icon-maskable-192.png', svg: 'icon-maskable.svg', size: 192 },
  { file: 'icon-maskable-512.png', svg: 'icon-maskable.svg', size: 512 },
] as const;

/** The icon as RGBA pixels, `size` by `size`. */
export function renderIcon(svg: string, size: number): { pixels: Uint8Array; png: Uint8Array } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  if (image.width !== size || image.height !== size)
    throw new Error(`icon: drawn ${image.width}x${image.height}, not ${size}x${size}`);
  return { pixels: image.pixels, png: image.asPng() };
}
