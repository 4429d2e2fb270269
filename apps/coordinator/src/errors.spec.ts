import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { toStatus } from './errors';

const named = (name: string, message: string, extra: object = {}) =>
  Object.assign(new Error(message), { name, ...extra });

describe('typed errors to gRPC status', () => {
  it.each([
    ['SweepValidationError', 'invalid sweep: grid.n[0]: expected', status.INVALID_ARGUMENT],
    ['MessageValidationError', 'metrics.test_loss: must be finite', status.INVALID_ARGUMENT],
    ['InvalidResultError', 'invalid metrics.x', status.INVALID_ARGUMENT],
    ['UnknownWorkerError', 'unknown worker', status.NOT_FOUND],
    ['UnknownAttemptError', 'attempt 3 (worker a): no such attempt', status.NOT_FOUND],
    [
      'UnknownAttemptError',
      'attempt 3 (worker a): leased to worker b, not to this one',
      status.PERMISSION_DENIED,
    ],
    ['AuthenticationError', 'invalid token', status.UNAUTHENTICATED],
    ['StoreBusyError', 'database busy', status.UNAVAILABLE],
  ])('%s (%s)', (name, message, code) => {
    const s = toStatus(named(name, message));
    expect(s.code).toBe(code);
    expect(s.details).toBe(message);
  });
  it('unknown errors are INTERNAL, unknown retryable ones UNAVAILABLE', () => {
    expect(toStatus(new TypeError('boom')).code).toBe(status.INTERNAL);
    expect(toStatus(named('SomethingTransient', 'later', { retryable: true })).code).toBe(
      status.UNAVAILABLE,
    );
  });
});
