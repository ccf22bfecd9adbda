// Typed errors: each kind maps to one HTTP status and one CLI exit code.

/** Where a problem was found in an input: any of file, line (1-based, as an editor shows it), column, field. */
export interface Issue {
  file?: string;
  line?: number;
  column?: string;
  field?: string;
  /** Message key in the catalogues (src/core/messages.ts) and its parameters. */
  code: string;
  params?: Record<string, string | number>;
  /** English rendering, for logs and clients that do not translate. */
  message: string;
}

export type ErrorKind =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unavailable'
  | 'unauthenticated'
  | 'too_many'
  | 'too_large';

const STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unavailable: 503,
  unauthenticated: 401,
  too_many: 429,
  too_large: 413,
};

const EXIT: Record<ErrorKind, number> = {
  invalid: 2,
  not_found: 3,
  conflict: 4,
  forbidden: 5,
  unavailable: 6,
  unauthenticated: 7,
  too_many: 8,
  // Input above a size limit is invalid input, for the command line as for the table above.
  too_large: 2,
};

export class VigieError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly issues: Issue[];

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    params: Record<string, string | number> = {},
    issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'VigieError';
    this.kind = kind;
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  get status(): number {
    return STATUS[this.kind];
  }

  get exitCode(): number {
    return EXIT[this.kind];
  }
}

export class Invalid extends VigieError {
  constructor(
    code: string,
    message: string,
    params: Record<string, string | number> = {},
    issues: Issue[] = [],
  ) {
    super('invalid', code, message, params, issues);
  }
}

export class NotFound extends VigieError {
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super('not_found', code, message, params);
  }
}

export class Conflict extends VigieError {
  constructor(
    code: string,
    message: string,
    params: Record<string, string | number> = {},
    /** What the conflict is about, one issue per field (e.g. what changed since an edit began). */
    issues: Issue[] = [],
  ) {
    super('conflict', code, message, params, issues);
  }
}

export class Forbidden extends VigieError {
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super('forbidden', code, message, params);
  }
}

export class Unavailable extends VigieError {
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super('unavailable', code, message, params);
  }
}

/** Nobody is signed in, or the session is forged, expired or revoked. */
export class Unauthenticated extends VigieError {
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super('unauthenticated', code, message, params);
  }
}

/** Too many attempts (sign-in rate limit, locked account). */
export class TooMany extends VigieError {
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super('too_many', code, message, params);
  }
}

/** A request body or an upload above its size limit (413): the reader stopped at the limit. */
export class TooLarge extends VigieError {
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super('too_large', code, message, params);
  }
}

/** Exit code for anything that is not a VigieError (a bug or an environment failure). */
export const EXIT_UNEXPECTED = 1;
/** Invalid input, the command line's own included (a missing argument or an unknown option). */
export const EXIT_INVALID = EXIT.invalid;
