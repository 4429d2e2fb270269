import { status } from '@grpc/grpc-js';
import { SweepTooLargeError, SweepValidationError } from '@thresher/sweep';
import {
  ForeignAttemptError,
  StoreBusyError,
  UnknownAttemptError,
  UnknownSweepError,
} from '@thresher/store';
import { MessageValidationError } from '@thresher/proto';
import { UnknownWorkerError } from '@thresher/scheduler';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, RequestTooLargeError, toStatus } from './errors';

describe('typed errors to gRPC status', () => {
  it.each([
    [
      new SweepValidationError([{ path: 'grid.n[0]', message: 'expected' }]),
      status.INVALID_ARGUMENT,
    ],
    [new SweepTooLargeError(2_000_000, 1_000_000), status.RESOURCE_EXHAUSTED],
    [new RequestTooLargeError('spec_json', 'bytes', 2, 1), status.RESOURCE_EXHAUSTED],
    [new MessageValidationError('metrics.test_loss', 'must be finite'), status.INVALID_ARGUMENT],
    [new UnknownWorkerError('w'), status.NOT_FOUND],
    [new UnknownSweepError('s'), status.NOT_FOUND],
    [new UnknownAttemptError(3, 'a', 'no such attempt'), status.NOT_FOUND],
    [new ForeignAttemptError(3, 'a'), status.PERMISSION_DENIED],
    [new AuthenticationError('invalid token'), status.UNAUTHENTICATED],
    [new StoreBusyError('database busy'), status.UNAVAILABLE],
  ])('%s', (err, code) => {
    const s = toStatus(err);
    expect(s.code).toBe(code);
    expect(s.details).toBe(err.message);
  });

  it('finds the typed error through cause', () => {
    const wrapped = new Error('while leasing', { cause: new StoreBusyError('locked') });
    expect(toStatus(wrapped).code).toBe(status.UNAVAILABLE);
  });

  it('does not classify by name or message: untyped errors are INTERNAL without details', () => {
    const lookalike = Object.assign(new Error('invalid token'), { name: 'AuthenticationError' });
    expect(toStatus(lookalike)).toMatchObject({ code: status.INTERNAL, details: 'internal error' });
    expect(toStatus(new TypeError('boom')).code).toBe(status.INTERNAL);
  });
});
