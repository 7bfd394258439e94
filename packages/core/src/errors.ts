/**
 * One error type for bugs and I/O failures, with a string code. Expected
 * outcomes (a failed validation, a remedy that is not allowed yet) are values;
 * AppError is for what the caller cannot plan for. One table maps each code to
 * an HTTP status and a message a person can read, so every face says the same.
 */
export const errorCodes = {
  invalid_input: { status: 400, message: 'Some of what was sent is not valid.' },
  unauthenticated: { status: 401, message: 'Please sign in.' },
  forbidden: { status: 403, message: 'You do not have access to this.' },
  not_found: { status: 404, message: 'Not found.' },
  conflict: { status: 409, message: 'That already exists.' },
  payload_too_large: { status: 413, message: 'That is too large to accept.' },
  unsupported_media_type: { status: 415, message: 'Send JSON (Content-Type: application/json).' },
  rate_limited: { status: 429, message: 'Too many attempts. Wait a moment and try again.' },
  internal: { status: 500, message: 'Something went wrong on our side. Nothing you sent was lost.' },
  unavailable: { status: 503, message: 'The service is not available right now.' },
  // The GP hand-off's link: its page tells the three apart, in plain words.
  handoff_not_found: { status: 404, message: 'This link is not known here.' },
  handoff_withdrawn: { status: 410, message: 'The person who shared this report has withdrawn it.' },
  handoff_expired: { status: 410, message: 'This link has expired: a shared report opens for 14 days.' },
  // Sharing with a clinician: each refusal names why in a word the app can act on.
  /** An unknown, used, expired or revoked code: one answer for all, so codes cannot be probed. */
  share_not_found: {
    status: 404,
    message: 'That code does not open a share: it may be mistyped, used, expired or withdrawn.',
  },
  /** No active share with that person (never shared, revoked, or the person is gone). */
  not_shared: { status: 403, message: 'This person does not share their records with you.' },
  /** The share does not let the clinician adjust the programme. */
  adjust_not_allowed: { status: 403, message: 'This person has not allowed you to adjust their programme.' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message?: string, field?: string, options?: { cause?: unknown }) {
    super(message ?? errorCodes[code].message, options);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

export const statusOf = (code: ErrorCode): number => errorCodes[code].status;
