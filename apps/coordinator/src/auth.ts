import type { Metadata } from '@grpc/grpc-js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AuthenticationError } from './errors';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Checks `authorization: Bearer <token>` in constant time; no token configured = open. */
export function createTokenCheck(token: string | undefined): (metadata: Metadata) => void {
  if (!token) return () => undefined;
  const expected = digest(token);
  return (metadata) => {
    const header = metadata.get('authorization')[0];
    if (header === undefined)
      throw new AuthenticationError('missing authorization metadata (Bearer token)');
    const match = /^Bearer (.+)$/.exec(String(header));
    if (!match || !timingSafeEqual(digest(match[1] as string), expected)) {
      throw new AuthenticationError('invalid token');
    }
  };
}
