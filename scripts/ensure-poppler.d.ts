export declare function ensurePoppler(): { pdfinfo: string; pdftotext: string; pdffonts: string };
/** A PDF read back by Poppler: its page count (pdfinfo), its text (pdftotext) and its fonts (pdffonts). */
export declare function readPdf(bytes: Uint8Array): { pages: number; text: string; fonts: string };
