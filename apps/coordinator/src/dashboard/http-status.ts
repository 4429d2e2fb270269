import { findThresherError } from '@thresher/sweep';

/** HTTP status of each stable error code the dashboard can meet (docs/errors.md). */
const HTTP_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  UNKNOWN_SWEEP: 404,
  UNKNOWN_ROUTE: 404,
  METHOD_NOT_ALLOWED: 405,
  BAD_REQUEST: 400,
  INVALID_INPUT: 400,
  REQUEST_TOO_LARGE: 414,
  DASHBOARD_BUSY: 503,
  STORE_BUSY: 503,
  STORE_UNREACHABLE: 503,
};

export interface HttpError {
  status: number;
  body: { error: { code: string; message: string } };
}

/** Typed errors -> HTTP status and a JSON body, by code; anything else is a 500 without details. */
export function toHttpError(err: unknown): HttpError {
  const typed = findThresherError(err);
  if (typed) {
    const status = HTTP_STATUS_BY_CODE[typed.code] ?? (typed.retryable ? 503 : 500);
    const message = status === 500 ? `internal error (${typed.code})` : typed.message;
    return { status, body: { error: { code: typed.code, message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } };
}
