/** The flags every headless Chromium run here uses (ARCHITECTURE.md). */
export const chromiumArgs: string[];
/** The path of the system Chromium, installing Debian's package with apt-get if it is missing. */
export function ensureChromium(): Promise<string>;
