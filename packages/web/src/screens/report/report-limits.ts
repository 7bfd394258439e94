/**
 * What the one-page report keeps when a long history would overflow the page. The
 * page says what it left out ("the last 14 days", "and 3 more"), so nothing is cut
 * silently. With these limits every history the schemas allow fits one A4 page
 * (report-pdf.test.ts generates them); the PDF shrinks its type before it would
 * need a second page.
 */
export const reportLimits = {
  /** The pain chart's days, ending today. */
  painDays: 14,
  /** Fired rules told in full (what was said, what it can mean); the rest by id. */
  reasonsInFull: 4,
  /** Answers listed, and "not sure" answers listed. */
  answers: 8,
  answerChars: 80,
  /** Sessions stopped for a symptom, the latest first. */
  stops: 3,
  exercises: 8,
  helped: 4,
  helpedChars: 30,
  /** The person's questions: this many, and no more text than `questionChars` in all. */
  questions: 6,
  questionChars: 900,
  medicinesChars: 600,
  psfsChars: 40,
} as const;

/**
 * The print view cannot measure itself the way the PDF does, so it sets smaller type for
 * a long report: the report's text, with a line's worth for each item (a list item starts
 * a line), beyond this many characters prints dense (report.css). The longest report the
 * limits allow fits one page dense (report.spec.ts prints it).
 */
export const DENSE_PRINT_CHARS = 4000;
const LINE_CHARS = 100;

export function printsDense(texts: readonly string[]): boolean {
  return texts.reduce((sum, t) => sum + t.length + LINE_CHARS, 0) > DENSE_PRINT_CHARS;
}

/** The first `n` items, and those left out. */
export const upTo = <T>(items: readonly T[], n: number): { shown: T[]; left: T[] } => ({
  shown: items.slice(0, n),
  left: items.slice(n),
});

/** Text cut to `chars` at most, with an ellipsis when cut. */
export const shortened = (text: string, chars: number): string =>
  text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
