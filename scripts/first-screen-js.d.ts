/** The first screen's script budget, gzip -9 (issue 13). */
export const FIRST_SCREEN_JS_BUDGET_KB: number;
/** The entry scripts of a build's index.html with what they import statically, and what the entry starts after the first paint. */
export function firstScreenJs(dist: string): Promise<{ files: string[]; gzipKb: number; rawKb: number }>;
