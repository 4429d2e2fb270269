// A registered symbol, so that two copies of this module (a test resolving sources beside a
// child process resolving builds) still recognise each other's errors.
const BRAND = Symbol.for('thresher.error');

/**
 * The base of every typed error in Thresher. `code` is stable (part of the contract:
 * classify by it, never by message text), `retryable` says whether the same call may
 * succeed if simply tried again, and `cause` keeps the error underneath.
 */
export abstract class ThresherError extends Error {
  abstract readonly code: string;
  abstract readonly retryable: boolean;
  readonly [BRAND] = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isThresherError(err: unknown): err is ThresherError {
  return typeof err === 'object' && err !== null && (err as { [BRAND]?: unknown })[BRAND] === true;
}

/** The first ThresherError in an error's `cause` chain (itself included), if any. */
export function findThresherError(err: unknown): ThresherError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (isThresherError(current)) return current;
    seen.add(current);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The stable code of an error (through `cause`), or undefined for untyped errors. */
export function errorCode(err: unknown): string | undefined {
  return findThresherError(err)?.code;
}
