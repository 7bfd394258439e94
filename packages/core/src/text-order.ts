/**
 * Text in code unit order, for ids, dates (`YYYY-MM-DD`) and clocks: the order SQLite
 * and PostgreSQL (under COLLATE "C") give the same text, and the same on every device,
 * unlike `localeCompare`, which follows a language's collation.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
