// Errors that cross the API boundary keep a code, a message a person can act on, and the field
// they concern, so every host (window, browser, CLI) can show them the same way.

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'UNAUTHORISED',
  'FORBIDDEN',
  'NOT_FOUND',
  'READ_ONLY',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers and services for failures the user can understand and act on. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.field = field;
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** A schema's refusal as an API error naming the first field it concerns. */
export function invalidInput(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ApiFailure {
  const first = issues[0];
  const field = first === undefined ? '' : first.path.map(String).join('.');
  const message =
    first === undefined ? 'Invalid input.' : field === '' ? first.message : `${field}: ${first.message}`;
  return field === ''
    ? new ApiFailure('INVALID_INPUT', message)
    : new ApiFailure('INVALID_INPUT', message, field);
}
