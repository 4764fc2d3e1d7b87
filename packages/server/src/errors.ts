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

  /** 400 listing every bad field. */
  static validation(issues: readonly FieldIssue[]): AppError {
    const summary = issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('; ');
    return new AppError('validation-failed', 400, `Invalid request: ${summary}`, { issues });
  }
}
