/** Machine-readable error codes, kebab-case. */
export type ErrorCode =
  | 'not-found'
  | 'invalid-json'
  | 'validation-failed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'conflict'
  | 'internal-error'
  | 'schema-too-new'
  | 'database-unreachable'
  | 'migration-drift'
  | 'data-folder-unusable'
  | 'bad-request'
  | 'headers-too-large'
  // accounts and access (issue 11)
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf-failed'
  | 'rate-limited'
  | 'setup-done'
  | 'weak-password'
  | 'bad-credentials'
  | 'invite-invalid'
  | 'totp-required';

/** One field problem inside a validation error. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. "drawing.2.intensity"; "" for the whole body. */
  readonly path: string;
  readonly message: string;
}

/** How many field problems a validation error lists; the rest are counted. */
export const MAX_ISSUES_SHOWN = 5;
const MAX_ISSUE_MESSAGE = 160;

/** A field problem's message, short: an enum's allowed list is never echoed, long messages are cut. */
function shortIssue(message: string): string {
  if (/^Invalid (option|enum value)/i.test(message)) return 'is not one of the allowed values';
  return message.length > MAX_ISSUE_MESSAGE ? `${message.slice(0, MAX_ISSUE_MESSAGE - 1)}…` : message;
}

/** The one error type of the server: routes and stores throw it, one handler maps it to HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** 404 for a missing resource. */
  static notFound(what: string): AppError {
    return new AppError('not-found', 404, `${what} was not found`);
  }

  /**
   * 400 naming the bad fields. The reply stays small whatever the input: the first few problems are listed
   * (each message cut short) and the rest counted, so a huge invalid array cannot build a huge reply.
   */
  static validation(issues: readonly FieldIssue[]): AppError {
    const shown = issues
      .slice(0, MAX_ISSUES_SHOWN)
      .map((i) => ({ path: i.path, message: shortIssue(i.message) }));
    const more = issues.length - shown.length;
    const summary = shown.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('; ');
    const tail = more > 0 ? ` (and ${more} more)` : '';
    return new AppError(
      'validation-failed',
      400,
      `Invalid request: ${summary}${tail}`,
      more > 0 ? { issues: shown, more } : { issues: shown },
    );
  }
}
