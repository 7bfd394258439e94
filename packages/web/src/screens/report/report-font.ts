// The font file is an asset fetched when a PDF is made, never part of a screen's script
// (and precached by the service worker, so the PDF can be made offline).
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

/** DejaVu Sans (Latin, Greek, Cyrillic and more; no CJK): the bytes the PDF embeds a subset of. */
export async function loadReportFont(): Promise<Uint8Array> {
  const response = await fetch(fontUrl);
  if (!response.ok) throw new Error(`The PDF's font did not load (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
