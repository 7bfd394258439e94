import { compareText } from './text-order.js';
/**
 * Hybrid logical clock: wall time plus a counter plus the device's id, written
 * as one fixed-width string so that comparing two clocks is comparing strings.
 * Last-writer-wins sync orders edits by it, and it never goes backwards even
 * when a device's wall clock does.
 *
 * Form: `2026-11-22T08:30:00.000Z-0000-device`.
 */
export interface Hlc {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

export const HLC_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}$';
const hlcRe = new RegExp(HLC_PATTERN);
const MAX_COUNTER = 0xffff;

export const formatHlc = (c: Hlc): string =>
  `${new Date(c.millis).toISOString()}-${c.counter.toString(16).padStart(4, '0')}-${c.node}`;

export function parseHlc(text: string): Hlc | null {
  if (!hlcRe.test(text)) return null;
  const millis = Date.parse(text.slice(0, 24));
  // Date.parse rolls some impossible days over (February 30th becomes March 2nd): a
  // real instant is one that reads back as written.
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== text.slice(0, 24)) return null;
  return { millis, counter: Number.parseInt(text.slice(25, 29), 16), node: text.slice(30) };
}

/**
 * How far ahead of the receiver's clock a clock may be. Last writer wins by
 * clock, so a clock from next year would beat every edit until then; a day
 * leaves room for a device whose clock is off by hours.
 */
export const MAX_CLOCK_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Why a clock cannot order edits, or undefined when it can: it must be a
 * real instant (not `2026-99-99...`), and not more than a day ahead of `now`
 * (the receiver's wall time in ms).
 */
export function hlcProblem(text: string, now: number): string | undefined {
  if (!hlcRe.test(text)) return 'is not a clock like 2026-11-22T08:30:00.000Z-0000-device';
  const clock = parseHlc(text);
  if (clock === null) return 'names a time that does not exist';
  if (clock.millis > now + MAX_CLOCK_LEAD_MS) return 'lies more than a day in the future';
  return undefined;
}

/** The clock for a local event at wall time `now`. */
export function tickHlc(last: Hlc, now: number): Hlc {
  if (now > last.millis) return { millis: now, counter: 0, node: last.node };
  if (last.counter >= MAX_COUNTER) return { millis: last.millis + 1, counter: 0, node: last.node };
  return { millis: last.millis, counter: last.counter + 1, node: last.node };
}

/** The clock after seeing a remote clock, so that our next edit sorts after it. */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): Hlc {
  const millis = Math.max(local.millis, remote.millis, now);
  let counter = 0;
  if (millis === local.millis && millis === remote.millis)
    counter = Math.max(local.counter, remote.counter) + 1;
  else if (millis === local.millis) counter = local.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: local.node };
  return { millis, counter, node: local.node };
}

/**
 * Clocks compare as their text, in code unit order: the clock is ASCII, so
 * that is byte order, as SQLite compares text and as PostgreSQL does under
 * COLLATE "C" (never under a language's collation, where "a" sorts before "Z").
 */
export const compareHlc: (a: string, b: string) => number = compareText;
