import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { errorCode } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import { parseCoordinatorAddresses } from './addresses';
import { CoordinatorAddressError, CoordinatorRpcError, isCoordinatorUnreachable } from './errors';

const fails = (value: string) => {
  try {
    parseCoordinatorAddresses(value);
  } catch (err) {
    return err as CoordinatorAddressError;
  }
  throw new Error(`${value} was accepted`);
};

describe('coordinator address lists', () => {
  it('parse one address or a comma-separated list, in order', () => {
    expect(parseCoordinatorAddresses('h:7070')).toEqual(['h:7070']);
    expect(parseCoordinatorAddresses('10.0.0.1:7070, coord-b.example.org:7071,[::1]:7072')).toEqual(
      ['10.0.0.1:7070', 'coord-b.example.org:7071', '[::1]:7072'],
    );
  });

  it('name the bad entry', () => {
    for (const [value, bad] of [
      ['a:1,b', 'b'],
      ['a:1,,b:2', ''],
      ['a:1,b:0', 'b:0'],
      ['a:1,b:70000', 'b:70000'],
      ['a:1,b:x', 'b:x'],
      ['a:1,::1:7070', '::1:7070'],
      ['a:1,b c:2', 'b c:2'],
      ['a:1,a:1', 'a:1'],
      ['', ''],
    ] as const) {
      const err = fails(value);
      expect(err, value).toBeInstanceOf(CoordinatorAddressError);
      expect(errorCode(err)).toBe('INVALID_COORDINATOR_ADDRESS');
      expect(err.address, value).toBe(bad);
      expect(err.message).toContain(JSON.stringify(bad));
    }
  });

  it('classify unreachable coordinators by status code', () => {
    const rpc = (code: status) =>
      new CoordinatorRpcError('LeaseWork', {
        code,
        details: 'x',
        metadata: new Metadata(),
        name: 'Error',
        message: 'x',
      } as ServiceError);
    expect(isCoordinatorUnreachable(rpc(status.UNAVAILABLE))).toBe(true);
    expect(isCoordinatorUnreachable(rpc(status.DEADLINE_EXCEEDED))).toBe(true);
    for (const code of [status.NOT_FOUND, status.ABORTED, status.UNAUTHENTICATED])
      expect(isCoordinatorUnreachable(rpc(code))).toBe(false);
    expect(isCoordinatorUnreachable(new Error('UNAVAILABLE'))).toBe(false);
  });
});
